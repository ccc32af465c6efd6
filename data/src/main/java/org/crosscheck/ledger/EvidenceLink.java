package org.crosscheck.ledger;

/**
 * One link from a contract, event or discrepancy to an annotation it rests on, by
 * database keys.
 *
 * @param ownerKind contract, event or discrepancy
 */
public record EvidenceLink(String ownerKind, long ownerKey, long annotationKey, String role) {
}
