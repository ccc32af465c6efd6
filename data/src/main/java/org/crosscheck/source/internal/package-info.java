/** Reading and cleaning of input documents; other features use SourceService instead. */
package org.crosscheck.source.internal;
