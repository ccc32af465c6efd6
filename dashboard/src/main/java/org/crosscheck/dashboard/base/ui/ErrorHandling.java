package org.crosscheck.dashboard.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.spring.annotation.SpringComponent;

import org.crosscheck.common.CrosscheckException;
import org.crosscheck.common.Remedy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The dashboard's one place that turns failures into what the user sees: the one-line
 * message of a {@link CrosscheckException}, or a short notice (and a logged stack trace)
 * for a bug.
 */
@SpringComponent
public class ErrorHandling implements VaadinServiceInitListener, ErrorHandler {

	private static final Logger log = LoggerFactory.getLogger(ErrorHandling.class);

	@Override
	public void serviceInit(ServiceInitEvent event) {
		event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this));
	}

	@Override
	public void error(ErrorEvent event) {
		String message = messageFor(event.getThrowable());
		UI ui = UI.getCurrent();
		if (ui != null) {
			ui.access(() -> {
				Notification notification = Notification.show(message, 6000, Notification.Position.BOTTOM_START);
				notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
			});
		}
	}

	/**
	 * The user's one-line message for {@code failure}; logs what is not the user's to
	 * fix.
	 */
	static String messageFor(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof CrosscheckException crosscheck) {
				return phrase(crosscheck.getMessage(), crosscheck.remedy());
			}
		}
		log.error("Unexpected error in the dashboard", failure);
		return "Something went wrong; the details are in the dashboard's log.";
	}

	/**
	 * The domain's plain words, with what a web user does instead where the dashboard
	 * differs.
	 */
	static String phrase(String message, Remedy remedy) {
		if (remedy == null) {
			return message;
		}
		return switch (remedy.action()) {
			case RELOAD_AND_EDIT ->
				message.replace(remedy.words(), "select it again to see the new version, then edit again");
			case RELOAD_AND_DECIDE ->
				message.replace(remedy.words(), "select it again to see the new version, then decide again");
			case LIST_IDS -> message.replace(remedy.words(), "it may have been removed; pick one from the list");
			default -> message;
		};
	}

}
