package org.crosscheck.dashboard.base.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.theme.lumo.LumoUtility;

/**
 * A view of the selected dataset that re-reads its data whenever the user picks another
 * dataset or the dataset's revision moves (the console wrote), so open pages stay
 * current.
 */
public abstract class LiveView extends VerticalLayout implements AfterNavigationObserver {

	protected final DatasetSelection selection;

	private Registration selectionRegistration;

	protected LiveView(DatasetSelection selection) {
		this.selection = selection;
		setSizeFull();
		addClassNames(LumoUtility.Padding.MEDIUM);
	}

	/**
	 * Re-reads what the view shows from the services. Called on every change of the
	 * dataset, which is every console command (each one records a notebook cell), so it
	 * must keep what the user selected and avoid re-sending unchanged data.
	 */
	protected abstract void refresh();

	@Override
	protected void onAttach(AttachEvent attachEvent) {
		super.onAttach(attachEvent);
		this.selectionRegistration = this.selection.addChangeListener(dataset -> refresh());
	}

	@Override
	protected void onDetach(DetachEvent detachEvent) {
		if (this.selectionRegistration != null) {
			this.selectionRegistration.remove();
			this.selectionRegistration = null;
		}
		super.onDetach(detachEvent);
	}

	@Override
	public void afterNavigation(AfterNavigationEvent event) {
		// The data may have moved since the last poll: a change refreshes through the
		// listener.
		if (!this.selection.checkForChanges()) {
			refresh();
		}
	}

	/** What a view says when the selected dataset does not exist yet (a new home). */
	protected String missingDatasetText() {
		return "There is no dataset " + this.selection.dataset()
				+ " yet. Start the console (./crosscheck): it creates the demo dataset, and this page shows it.";
	}

}
