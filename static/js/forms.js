// A form sent back with an error: open the page on the first field at fault, its message in
// view. On a phone the form is often a screen or more below the top, where nothing would show
// that the save failed. A field the page focuses itself (autofocus) is left as it is.
(function () {
  "use strict";
  function showFirstError() {
    const active = document.activeElement;
    if (active && active !== document.body) return;
    const field = document.querySelector('main form [aria-invalid="true"]');
    const message = document.querySelector("main form .errorlist");
    if (field) {
      field.focus({ preventScroll: true });
      // the field's wrapper holds its label and message as well as the field
      (field.closest(".field, div, p") || field).scrollIntoView({ block: "center" });
    } else if (message) {
      message.scrollIntoView({ block: "center" });
    }
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", showFirstError);
  } else {
    showFirstError();
  }
})();
