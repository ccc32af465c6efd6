/**
 * Console commands that start, stop and report the web dashboard as a background process.
 */
package org.crosscheck.shell.dashboard;
