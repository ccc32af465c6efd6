/**
 * Helpers of the ledger that the other features must not use: the short labels of events.
 */
package org.crosscheck.ledger.internal;
