package org.crosscheck.dashboard.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.shared.Registration;

/**
 * An Apache ECharts chart. The option is ECharts' own JSON (see echarts.apache.org,
 * "option"); a data item with an {@code id} reports it back to the server when the user
 * clicks it. Tooltips render as rich text on the canvas, never as HTML, so source text
 * stays text.
 */
@Tag("crosscheck-echart")
@NpmPackage(value = "echarts", version = "6.1.0")
@JsModule("./crosscheck-echart.js")
public class EChart extends Component implements HasSize, HasStyle {

	private String option;

	public EChart() {
		setWidthFull();
		setHeight("300px");
	}

	/** Replaces the chart's option (JSON text, not merged with the previous one). */
	public void setOption(String json) {
		if (java.util.Objects.equals(json, this.option)) {
			// Unchanged: no round trip, and no re-animation in the browser.
			return;
		}
		this.option = json;
		getElement().setProperty("option", json);
	}

	/** The option last set, or null. */
	public String getOption() {
		return this.option;
	}

	/** Calls {@code listener} when the user clicks a data item of the chart. */
	public Registration addItemClickListener(ComponentEventListener<ItemClickEvent> listener) {
		return addListener(ItemClickEvent.class, listener);
	}

	/** A click on a data item: its {@code id}, or its name when the item has no id. */
	@DomEvent("item-click")
	public static class ItemClickEvent extends ComponentEvent<EChart> {

		private final String id;

		public ItemClickEvent(EChart source, boolean fromClient, @EventData("event.detail.id") String id) {
			super(source, fromClient);
			this.id = id;
		}

		public String getId() {
			return this.id;
		}

	}

}
