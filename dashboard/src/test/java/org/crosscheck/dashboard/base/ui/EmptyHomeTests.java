package org.crosscheck.dashboard.base.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.Test;

import org.crosscheck.dashboard.TestData;
import org.crosscheck.dashboard.source.SourcesView;
import org.crosscheck.dataset.DatasetService;
import org.crosscheck.source.SourceService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A new home has no dataset until the console creates the demo; the dashboard waits for
 * it.
 */
@SpringBootTest
@ViewPackages(packages = "org.crosscheck.dashboard")
class EmptyHomeTests extends SpringBrowserlessTest {

	@DynamicPropertySource
	static void home(DynamicPropertyRegistry registry) {
		TestData.registerHome(registry);
	}

	@Autowired
	DatasetService datasets;

	@Autowired
	SourceService sources;

	@Test
	void newHomeShowsWhatToDoAndThenTheDatasetOnceTheConsoleCreatedIt() {
		navigate(SourcesView.class);
		Grid<?> grid = $(Grid.class).withTestId("sources-grid").single();
		assertThat(test(grid).size()).isZero();
		assertThat(grid.getEmptyStateText()).contains("Start the console");

		TestData.seedDemo(this.datasets, this.sources);
		UI ui = UI.getCurrent();
		ComponentUtil.fireEvent(ui, new PollEvent(ui, true));

		assertThat(test($(Grid.class).withTestId("sources-grid").single()).size()).isEqualTo(3);
	}

}
