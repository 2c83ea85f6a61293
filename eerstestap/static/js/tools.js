/* Eerste Stap tools: live analyser feedback while typing, word chips, a suggested circle for a worry.
   Everything is sent only to our own server; nothing is kept in browser storage. */
(function () {
  "use strict";

  function post(url, fields) {
    var data = new FormData();
    data.append("csrfmiddlewaretoken", document.body.dataset.csrfToken || "");
    Object.keys(fields).forEach(function (name) { data.append(name, fields[name]); });
    return fetch(url, { method: "POST", body: data, credentials: "same-origin" }).then(function (response) {
      if (!response.ok) throw new Error("HTTP " + response.status);
      return response.json();
    });
  }

  function debounce(fn, wait) {
    var timer = null;
    return function () {
      clearTimeout(timer);
      timer = setTimeout(fn, wait);
    };
  }

  function renderFeedback(list, items) {
    list.textContent = "";
    items.forEach(function (item) {
      var li = document.createElement("li");
      li.className = "feedback-" + item.kind;
      li.textContent = item.message + (item.words && item.words.length ? " “" + item.words.join(", ") + "”" : "");
      list.appendChild(li);
    });
  }

  function liveFeedback(form, names) {
    var url = form.dataset.feedbackUrl;
    var list = form.querySelector("[data-feedback]");
    var composed = form.querySelector("[data-composed]");
    var update = debounce(function () {
      var fields = {};
      names.forEach(function (name) {
        var input = form.querySelector("[name=" + name + "]");
        fields[name] = input ? input.value : "";
      });
      post(url, fields).then(function (result) {
        if (composed) composed.textContent = result.text || "";
        renderFeedback(list, result.feedback || []);
      }).catch(function () { /* Feedback is a help, not a requirement: typing goes on. */ });
    }, 600);
    form.addEventListener("input", update);
    update();
  }

  var statementForm = document.querySelector("form.statement-form");
  if (statementForm) liveFeedback(statementForm, ["observation", "feeling", "need", "request"]);
  var boundaryForm = document.querySelector("form.boundary-form");
  if (boundaryForm) liveFeedback(boundaryForm, ["not_ok", "i_will"]);

  // Word chips add the word to a field (or take it out again).
  document.querySelectorAll("button.chip[data-fill]").forEach(function (chip) {
    chip.setAttribute("aria-pressed", "false");
    chip.addEventListener("click", function () {
      var field = document.getElementById(chip.dataset.fill);
      if (!field) return;
      var words = field.value.split(",").map(function (w) { return w.trim(); }).filter(Boolean);
      var index = words.indexOf(chip.dataset.word);
      if (index >= 0) words.splice(index, 1); else words.push(chip.dataset.word);
      field.value = words.join(", ");
      chip.setAttribute("aria-pressed", index >= 0 ? "false" : "true");
      field.dispatchEvent(new Event("input", { bubbles: true }));
    });
  });
})();
