/**
 * The events of a dataset on a time axis, drawn at their precision, one row per source.
 */
package org.crosscheck.dashboard.timeline;
