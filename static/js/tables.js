// On narrow screens table rows stack into cards (see app.css); each cell then shows its
// column's header as a label, taken from the table head unless the template set one.
(function () {
  "use strict";
  function label(table) {
    const headers = Array.from(table.querySelectorAll("thead th")).map((th) => th.textContent.trim());
    table.querySelectorAll("tbody tr").forEach((row) => {
      Array.from(row.children).forEach((cell, i) => {
        if (cell.tagName === "TD" && !cell.dataset.label && headers[i] && cell.colSpan === 1) {
          cell.dataset.label = headers[i];
        }
      });
    });
  }
  // Progress bars take their width from data-percent (no inline styles: see the CSP).
  function bars() {
    document.querySelectorAll(".bar span[data-percent]").forEach((bar) => {
      const percent = Math.max(0, Math.min(100, parseFloat(bar.dataset.percent) || 0));
      bar.style.width = percent + "%";
    });
  }
  function init() { document.querySelectorAll("table.grid").forEach(label); bars(); }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
  document.addEventListener("htmx:afterSwap", init);
})();
