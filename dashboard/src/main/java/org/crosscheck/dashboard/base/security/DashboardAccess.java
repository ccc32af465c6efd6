package org.crosscheck.dashboard.base.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Whether the person looking may change things: anyone on a loopback dashboard, editors
 * behind a login.
 */
public class DashboardAccess {

	/** The role of those who may change discrepancy statuses. */
	public static final String EDITOR = "ROLE_EDITOR";

	private final boolean loginRequired;

	DashboardAccess(boolean loginRequired) {
		this.loginRequired = loginRequired;
	}

	public boolean loginRequired() {
		return this.loginRequired;
	}

	public boolean canEdit() {
		if (!this.loginRequired) {
			return true;
		}
		Authentication user = SecurityContextHolder.getContext().getAuthentication();
		return user != null && user.isAuthenticated()
				&& user.getAuthorities().stream().anyMatch(a -> EDITOR.equals(a.getAuthority()));
	}

}
