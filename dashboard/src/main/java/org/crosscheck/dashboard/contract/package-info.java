/**
 * The contracts of a dataset: obligated values and ceilings charted per vendor, a grid
 * and its CSV.
 */
package org.crosscheck.dashboard.contract;
