/**
 * Who may open the dashboard and who may change anything: open on loopback, a login
 * beyond it.
 */
package org.crosscheck.dashboard.base.security;
