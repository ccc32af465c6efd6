/**
 * Notebook commands: reading, re-running, exporting and replaying the dataset's cells;
 * the demo dataset.
 */
package org.crosscheck.shell.notebook;
