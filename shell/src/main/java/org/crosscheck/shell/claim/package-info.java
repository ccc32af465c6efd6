/**
 * Contract and event commands, the timeline and the terminal chart of contract values.
 */
package org.crosscheck.shell.claim;
