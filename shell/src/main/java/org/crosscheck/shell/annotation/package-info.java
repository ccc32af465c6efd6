/** Annotation commands: annotate by quoting, list, show, edit and remove. */
package org.crosscheck.shell.annotation;
