/** How the timeline finds the events of different sources that report one happening. */
package org.crosscheck.timeline.internal;
