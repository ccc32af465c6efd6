/**
 * The dataset's notebook, read-only: the user's prose as sanitised Markdown and the
 * commands with their output.
 */
package org.crosscheck.dashboard.notebook;
