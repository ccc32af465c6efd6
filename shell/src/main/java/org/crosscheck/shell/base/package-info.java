/**
 * What every console command shares: parsing, running as notebook cells, output formats,
 * errors.
 */
package org.crosscheck.shell.base;
