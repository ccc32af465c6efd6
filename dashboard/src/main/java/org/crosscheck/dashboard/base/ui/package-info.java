/**
 * What every view shares: the main layout, the dataset the user looks at, charts and
 * error handling.
 */
package org.crosscheck.dashboard.base.ui;
