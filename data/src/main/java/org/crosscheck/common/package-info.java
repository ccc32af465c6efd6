/** What every feature shares: the user-facing error type and small value types. */
package org.crosscheck.common;
