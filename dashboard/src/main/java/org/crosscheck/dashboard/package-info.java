/**
 * The web dashboard's entry point: a Vaadin Flow application over the data module's
 * services.
 */
package org.crosscheck.dashboard;
