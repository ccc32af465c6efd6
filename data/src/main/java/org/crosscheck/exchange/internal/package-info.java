/**
 * The exchange feature's helpers: bundle files, format writers and readers, and the SQL
 * of import and export.
 */
package org.crosscheck.exchange.internal;
