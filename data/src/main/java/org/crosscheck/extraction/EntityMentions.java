package org.crosscheck.extraction;

import java.util.List;

/**
 * An entity suggestion: the entity with its aliases and every place one source mentions
 * it ([start, end] pairs), reviewed once and annotated everywhere when accepted.
 */
public record EntityMentions(EntityValue entity, List<int[]> mentions) {
}
