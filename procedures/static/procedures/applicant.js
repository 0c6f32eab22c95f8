// The applicant block (online form and counter intake): only the chosen kind of applicant is shown, and the issuing
// country only for a passport or a foreign document. Without JavaScript everything shows; the server decides anyway.
(function () {
  "use strict";
  const block = document.querySelector("[data-applicant]");
  if (!block) return;
  const WITH_COUNTRY = ["passport", "foreign_id"];

  function chosen(name) {
    const input = block.querySelector('input[name$="' + name + '"]:checked');
    return input ? input.value : "";
  }

  function update() {
    const kind = chosen("applicant_kind");
    block.querySelectorAll("[data-kind]").forEach(function (part) {
      part.hidden = kind !== "" && part.dataset.kind !== kind;
    });
    ["applicant", "representative"].forEach(function (prefix) {
      const country = block.querySelector('[name$="' + prefix + '_id_country"]');
      const wrapper = country && country.closest(".field, .w-field__wrapper");
      if (wrapper) wrapper.hidden = WITH_COUNTRY.indexOf(chosen(prefix + "_id_type")) === -1;
    });
  }

  block.addEventListener("change", update);
  update();
})();
