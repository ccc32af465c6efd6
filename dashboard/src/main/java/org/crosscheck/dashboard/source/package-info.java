/** The sources of a dataset and a reader for their text. */
package org.crosscheck.dashboard.source;
