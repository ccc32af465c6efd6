/** Claims the dashboard charts: contracts (shaped like federal award records) and dated events, each with its evidence. */
package org.crosscheck.claim;
