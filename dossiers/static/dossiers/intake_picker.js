// Counter intake's procedure picker: filters the list as staff type, with or without diacritics, as the server's
// search (portal.text.fold) does when the form is sent without JavaScript.
(function () {
  "use strict";
  function fold(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d").replace(/Đ/g, "D").toLowerCase();
  }
  function filter(input, list) {
    var words = fold(input.value).split(/\s+/).filter(Boolean);
    var shown = 0;
    list.querySelectorAll("[data-intake-group]").forEach(function (group) {
      var visible = 0;
      group.querySelectorAll("[data-intake-item]").forEach(function (item) {
        var text = item.getAttribute("data-intake-item");
        var match = words.every(function (word) { return text.indexOf(word) !== -1; });
        item.hidden = !match;
        if (match) visible += 1;
      });
      group.hidden = visible === 0;
      shown += visible;
    });
    list.querySelector("[data-intake-empty]").hidden = shown > 0;
  }
  document.addEventListener("DOMContentLoaded", function () {
    var input = document.querySelector("[data-intake-filter]");
    var list = document.querySelector("[data-intake-list]");
    if (!input || !list) return;
    input.addEventListener("input", function () { filter(input, list); });
  });
})();
