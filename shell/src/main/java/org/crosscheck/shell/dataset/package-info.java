/** Dataset commands: list, create and switch datasets. */
package org.crosscheck.shell.dataset;
