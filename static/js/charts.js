// Draws every Plotly figure embedded on the page (json_script beside a .chart element) and
// wires its "download CSV" button to the data table rendered under it.
(function () {
  "use strict";

  function csvCell(value) {
    const text = String(value == null ? "" : value);
    return /[",\n]/.test(text) ? '"' + text.replace(/"/g, '""') + '"' : text;
  }

  function tableToCsv(table) {
    const rows = Array.from(table.querySelectorAll("tr"));
    return rows
      .map((row) => Array.from(row.querySelectorAll("th,td")).map((c) => csvCell(c.textContent.trim())).join(","))
      .join("\r\n");
  }

  // Only buttons that work offline: the PNG download and the view controls. Plotly's cloud
  // "share" (and any link to its servers) is switched off and given nowhere to send to.
  const WIDE_BUTTONS = [["toImage"], ["zoom2d", "pan2d", "zoomIn2d", "zoomOut2d", "autoScale2d", "resetScale2d"]];
  const NARROW_BUTTONS = [["toImage", "resetScale2d"]];

  function plotLocale() {
    // Plotly's own texts (button titles, dates) follow the page's language; the zh-CN
    // dictionary is loaded (from our own server) on Chinese pages only.
    return document.documentElement.lang.toLowerCase().startsWith("zh") ? "zh-CN" : "en";
  }

  function plotConfig(container) {
    const filename = container.dataset.filename || "chart";
    const narrow = container.clientWidth < 520;
    return {
      responsive: true,
      displaylogo: false,
      showSendToCloud: false,
      plotlyServerURL: "",
      showTips: false,
      locale: plotLocale(),
      modeBarButtons: narrow ? NARROW_BUTTONS : WIDE_BUTTONS,
      toImageButtonOptions: { format: "png", filename: filename, scale: 2 },
    };
  }

  function draw(container) {
    const spec = document.getElementById(container.dataset.figure);
    if (!spec || container.dataset.drawn) return;
    const figure = JSON.parse(spec.textContent);
    // Every figure shares Plotly's default template, loaded once (vendor/plotly-template.js).
    if (!figure.layout.template && window.PLOTLY_TEMPLATE) figure.layout.template = window.PLOTLY_TEMPLATE;
    window.Plotly.newPlot(container, figure.data, figure.layout, plotConfig(container)).then(function () {
      // The drawing's text (ticks, labels) read out of order tells nothing; the chart's name and
      // its data table below say it all. The mode bar's buttons stay reachable.
      container.querySelectorAll(".svg-container > svg").forEach(function (svg) {
        svg.setAttribute("aria-hidden", "true");
      });
    });
    container.dataset.drawn = "1";
  }

  function wireCsv(button) {
    button.addEventListener("click", function () {
      const table = document.getElementById(button.dataset.table);
      // A byte-order mark so Excel opens the Chinese text as UTF-8.
      const blob = new Blob(["\ufeff" + tableToCsv(table)], { type: "text/csv;charset=utf-8" });
      const link = document.createElement("a");
      link.href = URL.createObjectURL(blob);
      link.download = button.dataset.filename;
      document.body.appendChild(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(link.href), 1000);
    });
  }

  function init() {
    const charts = Array.from(document.querySelectorAll(".chart[data-figure]"));
    // Each chart's box keeps its figure's height before it is drawn (no inline styles: CSP).
    charts.forEach((c) => { if (c.dataset.height) c.style.minHeight = parseInt(c.dataset.height, 10) + "px"; });
    if ("IntersectionObserver" in window) {
      // Below-the-fold charts are drawn when they come into view.
      const observer = new IntersectionObserver((entries) => {
        entries.forEach((entry) => {
          if (entry.isIntersecting) {
            draw(entry.target);
            observer.unobserve(entry.target);
          }
        });
      }, { rootMargin: "200px" });
      charts.forEach((c) => observer.observe(c));
    } else {
      charts.forEach(draw);
    }
    // A page printed (or saved as PDF) before it was scrolled through shows every chart.
    window.addEventListener("beforeprint", function () { charts.forEach(draw); });
    document.querySelectorAll("button[data-csv]").forEach(wireCsv);
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
