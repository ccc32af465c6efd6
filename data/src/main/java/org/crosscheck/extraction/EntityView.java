package org.crosscheck.extraction;

import java.util.List;

/** An entity of the dataset with the names it goes by and how often it is annotated. */
public record EntityView(int id, String uid, String kind, String name, List<String> aliases, int mentions) {
}
