package org.crosscheck.dashboard.base.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Base64;
import java.util.List;

import org.crosscheck.dashboard.DashboardApplication;
import org.crosscheck.dashboard.TestData;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A dashboard with users configured: everyone signs in, viewers change nothing. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DashboardSecurityTests {

	@DynamicPropertySource
	static void usersAndHome(DynamicPropertyRegistry registry) {
		TestData.registerHome(registry);
		BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(4);
		String editor = "editor:{bcrypt}" + bcrypt.encode("editor-secret");
		String viewer = "viewer:{bcrypt}" + bcrypt.encode("viewer-secret");
		registry.add("crosscheck.dashboard.user.erin", () -> editor);
		registry.add("crosscheck.dashboard.user.victor", () -> viewer);
	}

	@LocalServerPort
	int port;

	@Autowired
	DashboardAccess access;

	@Test
	void withoutCredentialsNothingIsShown() throws Exception {
		HttpResponse<String> response = get(null);

		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.body()).doesNotContain("Crosscheck");
	}

	@Test
	void aSignedInViewerSeesTheDashboardWithSecurityHeaders() throws Exception {
		HttpResponse<String> response = get("victor:viewer-secret");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
		assertThat(response.headers().firstValue("X-Frame-Options")).contains("DENY");
		assertThat(response.headers().firstValue("Content-Security-Policy"))
			.hasValueSatisfying(csp -> assertThat(csp).contains("frame-ancestors 'none'"));
		assertThat(get("victor:wrong").statusCode()).isEqualTo(401);
	}

	@Test
	void viewersCannotChangeAnythingEditorsCan() {
		try {
			SecurityContextHolder.getContext()
				.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("victor", null,
						List.of(new SimpleGrantedAuthority("ROLE_VIEWER"))));
			assertThat(this.access.canEdit()).isFalse();
			SecurityContextHolder.getContext()
				.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("erin", null,
						List.of(new SimpleGrantedAuthority(DashboardAccess.EDITOR))));
			assertThat(this.access.canEdit()).isTrue();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	@Test
	void listeningBeyondLoopbackWithoutUsersIsRefusedWithAReason() throws Exception {
		String home = Files.createTempDirectory("crosscheck-refused-").toString();

		assertThatThrownBy(
				() -> new SpringApplicationBuilder(DashboardApplication.class).web(WebApplicationType.SERVLET)
					.run("--server.address=0.0.0.0", "--server.port=0", "--crosscheck.home=" + home)
					.close())
			.rootCause()
			.isInstanceOf(DashboardSecurity.DashboardRefusal.class)
			.hasMessageContaining("without a login; add users");
	}

	@Test
	void plainPasswordsInConfigurationAreRefused() throws Exception {
		String home = Files.createTempDirectory("crosscheck-refused-").toString();

		assertThatThrownBy(() -> new SpringApplicationBuilder(DashboardApplication.class)
			.web(WebApplicationType.SERVLET)
			.properties("crosscheck.dashboard.user.mallory=editor:secret", "server.port=0", "crosscheck.home=" + home)
			.run()
			.close()).rootCause().hasMessageContaining("a hashed password, never a plain one");
	}

	private HttpResponse<String> get(String credentials) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/"));
		if (credentials != null) {
			request.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
		}
		try (HttpClient client = HttpClient.newHttpClient()) {
			return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
	}

}
