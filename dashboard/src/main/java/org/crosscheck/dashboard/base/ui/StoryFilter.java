package org.crosscheck.dashboard.base.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.combobox.ComboBox;

import org.crosscheck.story.StoryService;
import org.crosscheck.story.StorySummary;

/**
 * A choice of one of the dataset's stories, each shown as "#id label"; empty means every
 * story.
 */
public class StoryFilter extends ComboBox<Integer> {

	private Map<Integer, String> labels = Map.of();

	public StoryFilter() {
		super("Story");
		setTestId("story-filter");
		setItemLabelGenerator(id -> "#" + id + " " + this.labels.getOrDefault(id, ""));
		setClearButtonVisible(true);
		setPlaceholder("all");
	}

	/**
	 * Offers the stories of {@code dataset} (none when it does not exist); a chosen story
	 * that is gone is let go.
	 */
	public void offer(StoryService stories, String dataset, boolean exists) {
		Map<Integer, String> latest = new LinkedHashMap<>();
		if (exists) {
			for (StorySummary story : stories.listStories(dataset)) {
				latest.put(story.id(), story.label());
			}
		}
		if (!latest.equals(this.labels)) {
			this.labels = latest;
			Integer chosen = getValue();
			setItems(List.copyOf(latest.keySet()));
			setValue(latest.containsKey(chosen) ? chosen : null);
		}
	}

}
