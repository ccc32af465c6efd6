/**
 * Console commands for sharing: bundles, W3C Web Annotations, Hypothesis, FollowTheMoney,
 * CSV and the timeline.
 */
package org.crosscheck.shell.exchange;
