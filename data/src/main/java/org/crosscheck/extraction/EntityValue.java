package org.crosscheck.extraction;

import java.util.List;

/**
 * A named entity: its canonical (longest) name, kind and the other names it goes by in
 * the text ("Department of Homeland Security" with alias "DHS").
 */
public record EntityValue(String name, EntityKind kind, List<String> aliases) {
}
