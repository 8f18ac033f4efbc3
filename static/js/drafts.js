// Drafting a plan from its source document: the progress of a drafting job, the passage a
// draft's item came from, and the line of the YAML a problem is on. Every page works without
// this file; it only makes them quicker to use.
(function () {
  "use strict";

  function pollProgress(box) {
    var bar = document.getElementById("draft-bar");
    var text = document.getElementById("draft-status");
    function ask() {
      fetch(box.dataset.statusUrl, { headers: { Accept: "application/json" }, credentials: "same-origin" })
        .then(function (response) { return response.ok ? response.json() : null; })
        .then(function (state) {
          if (!state) { return; }
          bar.value = state.progress;
          bar.textContent = state.progress + "%";
          var label = state.status_label + " · " + state.progress + "%";
          // only a change of step is announced (the live region), not every passing second
          if (text.textContent !== label) { text.textContent = label; }
          document.getElementById("draft-elapsed").textContent = state.elapsed_text;
          if (state.status === "ready" || state.status === "failed" ||
              (state.stale && !document.getElementById("redraft"))) {
            window.location.reload();
            return;
          }
          window.setTimeout(ask, 1500);
        })
        .catch(function () { window.setTimeout(ask, 5000); });
    }
    window.setTimeout(ask, 1000);
  }

  // Follow a link to a passage: scroll it into view inside its own column and focus it, so
  // the keyboard continues from there and a screen reader reads it.
  function showPassage(id) {
    var target = document.getElementById(id);
    if (!target) { return; }
    document.querySelectorAll(".is-current").forEach(function (el) { el.classList.remove("is-current"); });
    target.classList.add("is-current");
    target.scrollIntoView({ block: "center" });
    target.focus({ preventScroll: true });
  }

  function passageLinks() {
    document.addEventListener("click", function (event) {
      var link = event.target.closest && event.target.closest('a[href^="#src-"], a[href^="#d-"]');
      if (!link) { return; }
      event.preventDefault();
      var id = link.getAttribute("href").slice(1);
      history.replaceState(null, "", "#" + id);
      showPassage(id);
    });
    if (location.hash.length > 1) { showPassage(location.hash.slice(1)); }
  }

  function lineStart(text, line) {
    var at = 0;
    for (var n = 1; n < line && at >= 0; n++) { at = text.indexOf("\n", at) + 1 || -1; }
    return at < 0 ? text.length : at;
  }

  function goToLine(editor, line) {
    var start = lineStart(editor.value, line);
    var end = editor.value.indexOf("\n", start);
    editor.focus();
    editor.setSelectionRange(start, end < 0 ? editor.value.length : end);
    var lineHeight = parseFloat(getComputedStyle(editor).lineHeight) || 20;
    editor.scrollTop = Math.max(0, (line - 5) * lineHeight);
  }

  function yamlEditor(editor) {
    var caret = document.getElementById("caret-line");
    function showCaret() {
      var line = editor.value.slice(0, editor.selectionStart).split("\n").length;
      caret.textContent = (document.documentElement.lang === "en" ? "Line " : "第 ") + line +
        (document.documentElement.lang === "en" ? "" : " 行");
    }
    ["keyup", "click", "focus"].forEach(function (name) { editor.addEventListener(name, showCaret); });
    document.addEventListener("click", function (event) {
      var link = event.target.closest && event.target.closest("a[data-line]");
      if (!link) { return; }
      event.preventDefault();
      goToLine(editor, parseInt(link.dataset.line, 10));
    });
    var wanted = /^#L(\d+)$/.exec(location.hash);
    if (wanted) { goToLine(editor, parseInt(wanted[1], 10)); }
  }

  document.addEventListener("DOMContentLoaded", function () {
    var box = document.getElementById("draft-progress");
    if (box) { pollProgress(box); }
    if (document.getElementById("source-text")) { passageLinks(); }
    var editor = document.querySelector("textarea.yaml-editor");
    if (editor) { yamlEditor(editor); }
  });
})();
