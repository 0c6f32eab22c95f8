// Online forms: each chosen file is checked at once against the limits the server applies (size, and type by its
// extension from the input's accept list), with the page's own translated messages from data- attributes; a file
// refused here is taken off the input so it is never uploaded. The server checks everything again, and the form works
// without this script. A form marked data-submit-once is sent once, however often its button is pressed.
(function () {
  "use strict";

  function messageList(input) {
    var list = input.parentNode.querySelector("[data-upload-errors]");
    if (!list) {
      list = document.createElement("ul");
      list.className = "field__error";
      list.setAttribute("data-upload-errors", "");
      list.setAttribute("role", "alert");
      input.insertAdjacentElement("afterend", list);
    }
    return list;
  }

  function problems(input) {
    var maxBytes = Number(input.dataset.maxBytes);
    var accepted = (input.getAttribute("accept") || "").toLowerCase().split(",").filter(Boolean);
    var found = [];
    Array.prototype.forEach.call(input.files, function (file) {
      var dot = file.name.lastIndexOf(".");
      var extension = dot >= 0 ? file.name.slice(dot).toLowerCase() : "";
      if (accepted.length && accepted.indexOf(extension) < 0) {
        found.push(input.dataset.messageType.replace("%(name)s", file.name));
      } else if (maxBytes && file.size > maxBytes) {
        found.push(input.dataset.messageSize.replace("%(name)s", file.name));
      }
    });
    return found;
  }

  document.addEventListener("change", function (event) {
    var input = event.target;
    if (!(input instanceof HTMLInputElement) || input.type !== "file" || !input.dataset.maxBytes) {
      return;
    }
    var list = messageList(input);
    list.textContent = "";
    var found = problems(input);
    found.forEach(function (text) {
      var item = document.createElement("li");
      item.textContent = text;
      list.appendChild(item);
    });
    if (found.length) {
      input.value = "";
      input.setAttribute("aria-invalid", "true");
    } else {
      input.removeAttribute("aria-invalid");
    }
  });

  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (!form.hasAttribute("data-submit-once")) {
      return;
    }
    if (form.dataset.sent) {
      event.preventDefault();
      return;
    }
    form.dataset.sent = "1";
  });
})();
