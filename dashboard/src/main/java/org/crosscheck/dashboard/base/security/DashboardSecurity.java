package org.crosscheck.dashboard.base.security;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Access to the dashboard. On 127.0.0.1 it is the user's own tool and opens without a
 * login. Listening beyond loopback requires users from configuration
 * ({@code crosscheck.dashboard.user.NAME=editor|viewer:{bcrypt}HASH}), each signing in;
 * viewers see everything and change nothing. Without users it refuses to start rather
 * than expose the data. Vaadin keeps its own CSRF protection; Spring Security adds the
 * security headers.
 */
@Configuration(proxyBeanMethods = false)
public class DashboardSecurity {

	private static final String PREFIX = "crosscheck.dashboard.user";

	@Bean
	DashboardAccess dashboardAccess(Environment environment, @Value("${server.address:127.0.0.1}") String address) {
		List<UserDetails> users = users(environment);
		if (!isLoopback(address) && users.isEmpty()) {
			throw new DashboardRefusal("the dashboard would listen on " + address
					+ " without a login; add users (crosscheck.dashboard.user.NAME=editor:{bcrypt}HASH in the home's"
					+ " dashboard.properties) or listen on 127.0.0.1");
		}
		return new DashboardAccess(!users.isEmpty());
	}

	@Bean
	SecurityFilterChain dashboardFilterChain(HttpSecurity http, DashboardAccess access) throws Exception {
		boolean loginRequired = access.loginRequired();
		// Vaadin protects its own requests against CSRF with its per-UI token.
		http.csrf(csrf -> csrf.disable());
		if (loginRequired) {
			http.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
				.httpBasic(Customizer.withDefaults());
		}
		else {
			http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll());
		}
		return http.build();
	}

	/**
	 * The security headers, set before the request reaches Vaadin: Vaadin writes its
	 * pages itself, and headers added on the way out would come too late.
	 */
	@Bean
	FilterRegistrationBean<OncePerRequestFilter> securityHeaders() {
		OncePerRequestFilter filter = new OncePerRequestFilter() {
			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				response.setHeader("X-Content-Type-Options", "nosniff");
				response.setHeader("X-Frame-Options", "DENY");
				response.setHeader("Referrer-Policy", "same-origin");
				response.setHeader("Content-Security-Policy",
						"frame-ancestors 'none'; object-src 'none'; base-uri 'self'");
				chain.doFilter(request, response);
			}
		};
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(filter);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	/** Keeps Spring Boot from making a default user with a generated password. */
	@Bean
	UserDetailsService noDefaultUser(Environment environment) {
		List<UserDetails> users = users(environment);
		return new InMemoryUserDetailsManager(users);
	}

	static List<UserDetails> users(Environment environment) {
		Map<String, String> configured = Binder.get(environment)
			.bind(PREFIX, Bindable.mapOf(String.class, String.class))
			.orElse(Map.of());
		List<UserDetails> users = new ArrayList<>();
		configured.forEach((name, value) -> {
			int colon = value.indexOf(':');
			String role = colon < 0 ? "" : value.substring(0, colon).strip().toLowerCase(Locale.ROOT);
			if (colon < 0 || !(role.equals("editor") || role.equals("viewer"))
					|| !value.substring(colon + 1).startsWith("{")) {
				throw new DashboardRefusal(PREFIX + "." + name
						+ " must be editor:{bcrypt}HASH or viewer:{bcrypt}HASH (a hashed password, never a plain one)");
			}
			users.add(User.withUsername(name)
				.password(value.substring(colon + 1))
				.roles(role.toUpperCase(Locale.ROOT))
				.build());
		});
		return users;
	}

	static boolean isLoopback(String address) {
		try {
			return address == null || address.isBlank() ? false : InetAddress.getByName(address).isLoopbackAddress();
		}
		catch (UnknownHostException ex) {
			return false;
		}
	}

	/** A configuration that must not start: the message says what to change. */
	public static class DashboardRefusal extends RuntimeException {

		public DashboardRefusal(String message) {
			super(message);
		}

	}

}
