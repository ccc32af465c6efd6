package org.crosscheck.shell.dashboard;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.sun.net.httpserver.HttpServer;

/**
 * Stands in for the dashboard jar in {@link DashboardCommandsTests}: answers HTTP on the
 * {@code --server.port} it is given, on loopback, until it is stopped.
 */
public final class FakeDashboard {

	private FakeDashboard() {
	}

	public static void main(String[] args) throws IOException {
		int port = 8080;
		for (String arg : args) {
			if (arg.startsWith("--server.port=")) {
				port = Integer.parseInt(arg.substring("--server.port=".length()));
			}
		}
		HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
		// What it was started with: the JVM's options, then the program's arguments.
		List<String> started = new ArrayList<>(ManagementFactory.getRuntimeMXBean().getInputArguments());
		started.addAll(List.of(args));
		byte[] body = String.join(" ", started).getBytes(StandardCharsets.UTF_8);
		server.createContext("/", exchange -> {
			exchange.sendResponseHeaders(200, body.length);
			exchange.getResponseBody().write(body);
			exchange.close();
		});
		server.start();
		System.out.println("fake dashboard on " + port);
	}

}
