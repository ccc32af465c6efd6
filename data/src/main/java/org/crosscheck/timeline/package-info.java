/**
 * The timeline: a dataset's events in time order, where one event that several sources of
 * a story report is one item with all its sources, marked when their dates cannot both be
 * true.
 */
package org.crosscheck.timeline;
