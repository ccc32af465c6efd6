package org.crosscheck.dashboard.base.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.spring.annotation.UIScope;

import org.crosscheck.common.CrosscheckException;
import org.crosscheck.dataset.DatasetService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The dataset one browser tab looks at, and its live revision: views subscribe and reload
 * when the user picks another dataset or when the data changed (for example the console
 * wrote).
 */
@SpringComponent
@UIScope
public class DatasetSelection {

	private static final Logger log = LoggerFactory.getLogger(DatasetSelection.class);

	/**
	 * The revision of a dataset that does not exist (yet): a new home before the console
	 * made the demo.
	 */
	private static final long MISSING = -1;

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
			this.revision = readRevision(this.dataset);
		}
		return this.dataset;
	}

	/** Selects another dataset and tells the subscribers. */
	public void select(String dataset) {
		if (dataset == null || Objects.equals(dataset, this.dataset)) {
			return;
		}
		this.dataset = dataset;
		this.revision = readRevision(dataset);
		fire();
	}

	/**
	 * Re-reads the selected dataset's revision (a cheap counter) and tells the
	 * subscribers when it moved. Called by the UI poll.
	 * @return whether it changed
	 */
	public boolean checkForChanges() {
		String current = dataset();
		long latest;
		try {
			latest = readRevision(current);
		}
		catch (RuntimeException ex) {
			// A poll that fails (the database is busy or changing hands) is tried again
			// in a moment.
			log.warn("Could not check dataset {} for changes: {}", current, ex.toString());
			return false;
		}
		if (latest == this.revision) {
			return false;
		}
		this.revision = latest;
		fire();
		return true;
	}

	/**
	 * Whether the selected dataset exists; a new home has none until the console creates
	 * the demo.
	 */
	public boolean exists() {
		dataset();
		return this.revision != MISSING;
	}

	/**
	 * Calls {@code listener} with the dataset name whenever the selection or its data
	 * changes.
	 */
	public Registration addChangeListener(Consumer<String> listener) {
		this.listeners.add(listener);
		return () -> this.listeners.remove(listener);
	}

	private long readRevision(String name) {
		try {
			return this.datasets.revision(name);
		}
		catch (CrosscheckException ex) {
			if (ex.kind() == CrosscheckException.Kind.NOT_FOUND) {
				return MISSING;
			}
			throw ex;
		}
	}

	private void fire() {
		for (Consumer<String> listener : List.copyOf(this.listeners)) {
			listener.accept(this.dataset);
		}
	}

}
