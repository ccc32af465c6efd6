/**
 * Suggestion commands: run the suggesters, review, accept or reject what they found; list
 * entities.
 */
package org.crosscheck.shell.extraction;
