// The online form's conditional fields and repeating groups, for browsers that run scripts; without it the server
// does the same (every field shown with its "Chỉ điền nếu …" line; "Thêm"/"Bỏ" submit the form and it comes back).
(() => {
  const form = document.querySelector(".online-form form");
  if (!form) {
    return;
  }
  form.classList.add("online-form--live");

  // A field shown only when another answer has a given value: checked boxes and radios count, like the server.
  const answers = (name) =>
    Array.from(form.elements)
      .filter((input) => input.name === name && (!/^(checkbox|radio)$/.test(input.type) || input.checked))
      .map((input) => input.value);

  const updateConditions = () => {
    form.querySelectorAll("[data-show-when]").forEach((entry) => {
      entry.hidden = !answers(entry.dataset.showWhen).includes(entry.dataset.showValue);
    });
  };

  // Items of a group are named <prefix>-<index>-<field>; after a removal the later ones move up one.
  const renumber = (group) => {
    const prefix = group.dataset.group;
    const items = group.querySelectorAll(".online-form__items > li");
    const pattern = new RegExp(`^(id_)?${prefix}-\\d+-`);
    items.forEach((item, index) => {
      item.querySelectorAll("[name], [id], [for], [data-show-when], [aria-describedby]").forEach((element) => {
        ["name", "id", "for", "data-show-when"].forEach((attribute) => {
          const value = element.getAttribute(attribute);
          if (value) {
            element.setAttribute(attribute, value.replace(pattern, (_m, id) => `${id || ""}${prefix}-${index}-`));
          }
        });
        const described = element.getAttribute("aria-describedby");
        if (described) {
          element.setAttribute(
            "aria-describedby",
            described.replace(new RegExp(`id_${prefix}-\\d+-`, "g"), `id_${prefix}-${index}-`),
          );
        }
      });
      item.querySelector("[data-number]").textContent = index + 1;
      const remove = item.querySelector("[data-remove]");
      remove.value = remove.value.replace(/:\d+$|:__prefix__$/, `:${index}`);
    });
    group.querySelectorAll(".online-form__items [data-remove]").forEach((remove) => {
      remove.hidden = items.length <= Number(group.dataset.min);
    });
    group.querySelector(`[name="${prefix}-TOTAL_FORMS"]`).value = items.length;
    const add = group.querySelector("[data-add]");
    if (add) {
      add.hidden = items.length >= Number(group.dataset.max);
    }
  };

  form.addEventListener("click", (event) => {
    const button = event.target.closest("[data-add], [data-remove]");
    const group = button && button.closest("[data-group]");
    if (!group) {
      return;
    }
    event.preventDefault();
    const list = group.querySelector(".online-form__items");
    if (button.hasAttribute("data-add")) {
      const index = list.children.length;
      const html = group.querySelector("template[data-empty-item]").innerHTML.replace(/__prefix__/g, index);
      list.insertAdjacentHTML("beforeend", html);
      renumber(group);
      updateConditions();
      const first = list.lastElementChild.querySelector("input, select, textarea");
      if (first) {
        first.focus();
      }
    } else {
      const item = button.closest("li");
      const previous = item.previousElementSibling;
      item.remove();
      renumber(group);
      const next = previous ? previous.querySelector("[data-remove]") : group.querySelector("[data-add]");
      if (next && !next.hidden) {
        next.focus();
      }
    }
  });

  form.addEventListener("change", updateConditions);
  form.addEventListener("input", updateConditions);
  updateConditions();
})();
