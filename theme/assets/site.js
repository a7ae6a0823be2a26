// Text size control (放大/缩小/默认) for articles. The site works without JavaScript; the control
// only appears when it can work, and the choice is remembered where the browser allows it.
(function () {
  "use strict";
  var KEY = "pages.textSize";
  var STEPS = [0.875, 1, 1.125, 1.25, 1.4, 1.6];
  var control = document.querySelector(".text-size");
  if (!control) return;

  function load() {
    try { var v = parseFloat(window.localStorage.getItem(KEY)); return STEPS.indexOf(v) >= 0 ? v : 1; }
    catch (e) { return 1; }
  }
  function apply(size) {
    document.documentElement.style.setProperty("--size", (1.0625 * size) + "rem");
    try { window.localStorage.setItem(KEY, String(size)); } catch (e) { /* file:// in some browsers */ }
  }

  var size = load();
  apply(size);
  control.hidden = false;
  control.addEventListener("click", function (event) {
    var button = event.target.closest("button[data-size]");
    if (!button) return;
    var at = STEPS.indexOf(size);
    if (button.dataset.size === "up") size = STEPS[Math.min(STEPS.length - 1, at + 1)];
    else if (button.dataset.size === "down") size = STEPS[Math.max(0, at - 1)];
    else size = 1;
    apply(size);
  });
})();
