/**
 * The notebook: every command and its output as a numbered cell, prose cells, staleness
 * and export.
 */
package org.crosscheck.notebook;
