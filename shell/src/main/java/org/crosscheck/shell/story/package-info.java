/**
 * The console's story commands: list, show and correct how the check grouped the sources.
 */
package org.crosscheck.shell.story;
