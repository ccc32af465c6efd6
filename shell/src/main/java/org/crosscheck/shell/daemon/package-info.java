/**
 * The console daemon: a console process per home that later one-shot commands
 * ({@code crosscheck COMMAND ...}) talk to over a loopback socket, so that a scripted
 * command answers without starting a JVM and a Spring context.
 */
package org.crosscheck.shell.daemon;
