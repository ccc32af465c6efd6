package org.crosscheck.dashboard.base.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.spring.annotation.UIScope;

import org.crosscheck.dataset.DatasetService;

/**
 * The dataset one browser tab looks at, and its live revision: views subscribe and reload
 * when the user picks another dataset or when the data changed (for example the console wrote).
 */
@SpringComponent
@UIScope
public class DatasetSelection {

	private final DatasetService datasets;

	private final List<Consumer<String>> listeners = new ArrayList<>();

	private String dataset;

	private long revision = Long.MIN_VALUE;

	public DatasetSelection(DatasetService datasets) {
		this.datasets = datasets;
	}

	/** The selected dataset; until the user picks one, the home's current dataset. */
	public String dataset() {
		if (this.dataset == null) {
			this.dataset = this.datasets.currentDataset();
			this.revision = this.datasets.revision(this.dataset);
		}
		return this.dataset;
	}

	/** Selects another dataset and tells the subscribers. */
	public void select(String dataset) {
		if (dataset == null || Objects.equals(dataset, this.dataset)) {
			return;
		}
		this.dataset = dataset;
		this.revision = this.datasets.revision(dataset);
		fire();
	}

	/**
	 * Re-reads the selected dataset's revision (a cheap counter) and tells the subscribers when
	 * it moved. Called by the UI poll.
	 * @return whether it changed
	 */
	public boolean checkForChanges() {
		String current = dataset();
		long latest = this.datasets.revision(current);
		if (latest == this.revision) {
			return false;
		}
		this.revision = latest;
		fire();
		return true;
	}

	/** Calls {@code listener} with the dataset name whenever the selection or its data changes. */
	public Registration addChangeListener(Consumer<String> listener) {
		this.listeners.add(listener);
		return () -> this.listeners.remove(listener);
	}

	private void fire() {
		for (Consumer<String> listener : List.copyOf(this.listeners)) {
			listener.accept(this.dataset);
		}
	}

}
