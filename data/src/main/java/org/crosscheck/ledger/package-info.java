/**
 * The investigation's ledger: contracts (shaped like federal award records) and dated
 * events, each with the annotations it rests on (evidence), as the dashboard charts them.
 */
package org.crosscheck.ledger;
