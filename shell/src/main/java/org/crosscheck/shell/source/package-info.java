/**
 * Source commands: import, list, show and correct the articles of the current dataset.
 */
package org.crosscheck.shell.source;
