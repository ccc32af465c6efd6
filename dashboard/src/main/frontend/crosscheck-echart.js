import * as echarts from 'echarts';

// <crosscheck-echart>: an ECharts chart whose `option` property is JSON text (see EChart.java).
class CrosscheckEChart extends HTMLElement {
  connectedCallback() {
    // A property set by the server before this element was defined shadows the setter.
    if (Object.prototype.hasOwnProperty.call(this, 'option')) {
      const value = this.option;
      delete this.option;
      this.option = value;
    }
    this.chart = echarts.init(this, null, { renderer: 'canvas' });
    this.chart.on('click', (params) => {
      const id = params.data && params.data.id != null ? params.data.id : params.name;
      this.dispatchEvent(new CustomEvent('item-click', { detail: { id: id == null ? null : String(id) } }));
    });
    this.resizeObserver = new ResizeObserver(() => this.chart && this.chart.resize());
    this.resizeObserver.observe(this);
    this.render();
  }

  disconnectedCallback() {
    this.resizeObserver.disconnect();
    this.chart.dispose();
    this.chart = null;
  }

  set option(json) { this._option = json; this.render(); }
  get option() { return this._option; }

  render() {
    if (!this.chart || !this._option) return;
    const option = JSON.parse(this._option);
    // Source text is data: keep tooltips on the canvas, never in innerHTML.
    const richText = (tooltip) => ({ ...tooltip, renderMode: 'richText' });
    if (Array.isArray(option.tooltip)) option.tooltip = option.tooltip.map(richText);
    else if (option.tooltip) option.tooltip = richText(option.tooltip);
    this.chart.setOption(option, true);
  }
}

customElements.define('crosscheck-echart', CrosscheckEChart);
