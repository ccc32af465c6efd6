package org.crosscheck.dashboard;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.theme.lumo.Lumo;

import org.crosscheck.dashboard.base.security.DashboardSecurity;
import org.crosscheck.home.CrosscheckHome;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The web dashboard: charts, timeline, discrepancies and each source's text, always
 * showing what the console has just written to the same database.
 */
@SpringBootApplication(scanBasePackages = "org.crosscheck")
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet(Lumo.UTILITY_STYLESHEET)
@StyleSheet("styles.css")
@Meta(name = "color-scheme", content = "light")
public class DashboardApplication implements AppShellConfigurator {

	public static void main(String[] args) {
		CrosscheckHome.loopbackOnlyDatabaseServer();
		try {
			SpringApplication.run(DashboardApplication.class, args);
		}
		catch (RuntimeException ex) {
			for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
				if (cause instanceof DashboardSecurity.DashboardRefusal refusal) {
					System.err.println("error: " + refusal.getMessage());
					System.exit(2);
				}
			}
			throw ex;
		}
	}

}
