/**
 * The notebook-style console: a thin Spring Shell adapter over the data module's
 * services.
 */
package org.crosscheck.shell;
