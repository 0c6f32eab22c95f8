// After counter intake the dossier's page opens its receipt in a new tab, ready to print; a browser that blocks
// the new tab leaves the prominent link at the top of the page, focused.
(function () {
  "use strict";
  document.addEventListener("DOMContentLoaded", function () {
    var link = document.querySelector("[data-open-on-load]");
    if (!link) return;
    var opened = window.open(link.href, "_blank");
    if (!opened) link.focus();
  });
})();
