/**
 * Sharing: the dataset bundle, W3C Web Annotations, Hypothesis, FollowTheMoney, CSV and
 * the TimelineJS timeline.
 */
package org.crosscheck.exchange;
