// The date slider of the dashboards: each step is a date of the plan's life; moving it (mouse or
// arrow keys) fills the date field, which "查看" applies.
(function () {
  "use strict";
  document.querySelectorAll("input.as-of-slider").forEach(function (slider) {
    var dates = (slider.dataset.dates || "").split(",");
    var field = document.getElementById(slider.dataset.target);
    var output = document.getElementById(slider.getAttribute("aria-describedby"));
    var current = field.value;
    var index = dates.length - 1;
    for (var i = 0; i < dates.length; i++) {
      if (dates[i] >= current) { index = i; break; }
    }
    slider.value = String(index);
    function show() {
      var day = dates[Number(slider.value)];
      field.value = day;
      output.textContent = day;
      slider.setAttribute("aria-valuetext", day);
    }
    slider.setAttribute("aria-valuetext", dates[index]);
    slider.addEventListener("input", show);
  });
})();
