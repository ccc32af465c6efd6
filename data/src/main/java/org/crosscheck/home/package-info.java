/**
 * Where a user's data lives: the home directory, its database and the change counters.
 */
package org.crosscheck.home;
