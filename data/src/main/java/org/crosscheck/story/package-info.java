/**
 * Stories: the groups of a dataset's sources that report the same events, and a person's
 * corrections of them.
 */
package org.crosscheck.story;
