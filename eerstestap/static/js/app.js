/* Eerste Stap: quick exit, draft autosave and small helpers. No dependencies, no browser storage:
   a partner on the same device must not find journal text in localStorage or IndexedDB. */
(function () {
  "use strict";

  var page = document.body;
  var csrfToken = page.dataset.csrfToken || "";
  var autosaveForm = document.querySelector("form[data-autosave]");
  var draft = null;

  function setCsrfToken(token) {
    csrfToken = token;
    page.dataset.csrfToken = token;
    document.querySelectorAll("input[name=csrfmiddlewaretoken]").forEach(function (input) {
      input.value = token;
    });
  }

  /* ---------- Quick exit ---------- */

  function quickExit(event) {
    if (event) event.preventDefault();
    // Blank the page first, so nothing stays visible while the rest happens.
    document.documentElement.classList.add("exiting");
    try {
      var data = new FormData();
      data.append("csrfmiddlewaretoken", csrfToken);
      if (draft && draft.hasUnsavedText()) draft.appendTo(data, true);
      navigator.sendBeacon(page.dataset.exitEndpoint, data);
    } catch (error) {
      /* Leaving matters more than saving. */
    }
    // replace(): the journal page is not kept as a history entry to go Back to.
    window.location.replace(page.dataset.quickExitUrl);
  }

  document.querySelectorAll("form[data-quick-exit]").forEach(function (form) {
    form.addEventListener("submit", quickExit);
  });

  var shiftPresses = [];
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Shift") {
      shiftPresses = [];
      return;
    }
    if (event.repeat) return;
    var now = Date.now();
    shiftPresses = shiftPresses.filter(function (time) { return now - time < 1200; });
    shiftPresses.push(now);
    if (shiftPresses.length >= 3) quickExit();
  });

  // A page restored from the back-forward cache could show text after logging out: load it fresh instead.
  window.addEventListener("pageshow", function (event) {
    if (event.persisted) window.location.reload();
  });

  /* ---------- Time zone on sign-up ---------- */

  document.querySelectorAll("input[data-detect-time-zone]").forEach(function (input) {
    try {
      input.value = Intl.DateTimeFormat().resolvedOptions().timeZone || "";
    } catch (error) {
      input.value = "";
    }
  });

  /* ---------- Draft autosave ---------- */

  function message(name, values) {
    var template = document.querySelector("template[data-messages]");
    var node = template && template.content.querySelector('[data-msg="' + name + '"]');
    var text = node ? node.textContent : "";
    Object.keys(values || {}).forEach(function (key) {
      text = text.replace("%(" + key + ")s", values[key]);
    });
    return text;
  }

  function formatNumber(value) {
    return value.toLocaleString(document.documentElement.lang === "en" ? "en-GB" : "nl-NL");
  }

  function Draft(form) {
    var self = this;
    var field = function (name) { return form.querySelector("[name=" + name + "]"); };
    var status = form.querySelector("[data-save-status]");
    var counter = form.querySelector("[data-char-count]");
    var maxChars = parseInt(form.dataset.maxChars, 10) || 50000;
    var reloginBox = document.querySelector("[data-relogin]");
    var reloginForm = document.querySelector("[data-relogin-form]");
    // The sequence orders saves; it starts past anything this draft stored before (clocks may differ).
    var sequence = Math.max(Date.now() * 1000, (parseInt(form.dataset.sequence, 10) || 0) + 1);
    var changesSinceSave = 0;
    var inFlight = false;
    var loggedOut = false;
    var retryDelay = 5000;
    var timer = null;
    var lastTyped = 0;
    var firstUnsavedChange = 0;

    function bodyText() { return field("body").value; }
    function moodValue() {
      var checked = form.querySelector("[name=mood]:checked");
      return checked ? checked.value : "";
    }

    function show(text) { if (status) status.textContent = text; }

    self.hasUnsavedText = function () { return changesSinceSave > 0; };

    self.appendTo = function (data, forExit) {
      sequence += 1;
      data.append("body", bodyText());
      data.append("mood", moodValue());
      data.append("tags", field("tags") ? field("tags").value : "");
      data.append("sequence", String(sequence));
      if (forExit && form.dataset.draftEntry) data.append("draft_entry", form.dataset.draftEntry);
    };

    function updateCounter() {
      if (!counter) return;
      var length = bodyText().length;
      if (length > maxChars) {
        counter.textContent = message("toolong", { count: formatNumber(length), max: formatNumber(maxChars) });
        counter.classList.add("over");
      } else if (length > maxChars * 0.8) {
        counter.textContent = message("count", { count: formatNumber(length), max: formatNumber(maxChars) });
        counter.classList.remove("over");
      } else {
        counter.textContent = "";
      }
    }

    function schedule(delay) {
      clearTimeout(timer);
      timer = setTimeout(self.save, delay);
    }

    function changed() {
      changesSinceSave += 1;
      lastTyped = Date.now();
      if (!firstUnsavedChange) firstUnsavedChange = lastTyped;
      updateCounter();
      if (loggedOut) return;
      // Save two seconds after typing pauses, and at least every five seconds while typing goes on.
      var waited = Date.now() - firstUnsavedChange;
      schedule(waited > 5000 ? 0 : 2000);
    }

    self.save = function () {
      if (inFlight || loggedOut || !self.hasUnsavedText()) return Promise.resolve(!self.hasUnsavedText());
      inFlight = true;
      var savedChanges = changesSinceSave;
      var data = new FormData();
      data.append("csrfmiddlewaretoken", csrfToken);
      self.appendTo(data, false);
      show(message("saving"));
      return fetch(form.dataset.autosaveUrl, {
        method: "POST",
        body: data,
        credentials: "same-origin",
        headers: { "X-Requested-With": "fetch" },
      }).then(function (response) {
        inFlight = false;
        if (response.status === 401 || response.status === 403) {
          loggedOut = true;
          show(message("login"));
          openRelogin();
          return false;
        }
        if (!response.ok) throw new Error("HTTP " + response.status);
        return response.json().then(function (result) {
          changesSinceSave -= savedChanges;
          if (changesSinceSave <= 0) {
            changesSinceSave = 0;
            firstUnsavedChange = 0;
          } else {
            schedule(2000);
          }
          retryDelay = 5000;
          show(message("saved", { time: result.saved_at }));
          return changesSinceSave === 0;
        });
      }).catch(function () {
        inFlight = false;
        show(message("offline"));
        schedule(retryDelay);
        retryDelay = Math.min(retryDelay * 2, 30000);
        return false;
      });
    };

    function openRelogin() {
      if (!reloginBox) return;
      reloginBox.hidden = false;
      var email = reloginForm.querySelector("[name=username]");
      if (!email.value) email.value = form.dataset.userEmail || "";
      reloginForm.querySelector("[name=password]").focus();
    }

    if (reloginForm) {
      reloginForm.addEventListener("submit", function (event) {
        event.preventDefault();
        var data = new FormData(reloginForm);
        data.append("csrfmiddlewaretoken", csrfToken);
        var error = reloginForm.querySelector("[data-relogin-error]");
        error.textContent = "";
        fetch(form.dataset.reloginUrl, { method: "POST", body: data, credentials: "same-origin" })
          .then(function (response) { return response.json(); })
          .then(function (result) {
            if (!result.ok) {
              error.textContent = result.error;
              return;
            }
            setCsrfToken(result.csrf_token);
            reloginForm.reset();
            reloginBox.hidden = true;
            loggedOut = false;
            self.save();
          })
          .catch(function () { error.textContent = message("offline"); });
      });
    }

    form.addEventListener("input", changed);
    form.addEventListener("change", changed);
    window.addEventListener("online", function () { schedule(0); });

    // Leaving the page or switching apps: hand the latest text to the server even if the page dies.
    document.addEventListener("visibilitychange", function () {
      if (document.visibilityState !== "hidden" || !self.hasUnsavedText() || loggedOut) return;
      var data = new FormData();
      data.append("csrfmiddlewaretoken", csrfToken);
      self.appendTo(data, false);
      navigator.sendBeacon(form.dataset.autosaveUrl, data);
    });

    window.addEventListener("beforeunload", function (event) {
      if (submitting || !self.hasUnsavedText()) return;
      event.preventDefault();
      event.returnValue = message("unsaved");
    });

    // Before the real submit, make sure the text is on the server as a draft: if the session ended,
    // a plain submit would lose it on the way to the log-in page.
    var submitting = false;
    form.addEventListener("submit", function (event) {
      if (submitting) return;
      event.preventDefault();
      if (!self.hasUnsavedText()) changesSinceSave = 1;
      self.save().then(function (ok) {
        if (ok) {
          submitting = true;
          form.submit();
        }
      });
    });

    updateCounter();
  }

  if (autosaveForm) draft = new Draft(autosaveForm);

  /* ---------- Idle lock ---------- */

  // After the time the person chose without activity: keep the text, end the session, show the log-in page.
  var idleSeconds = parseInt(page.dataset.idleLockSeconds, 10);
  if (idleSeconds > 0) {
    var idleTimer = null;
    var lockNow = function () {
      document.documentElement.classList.add("exiting");
      var data = new FormData();
      data.append("csrfmiddlewaretoken", csrfToken);
      if (draft && draft.hasUnsavedText()) draft.appendTo(data, true);
      navigator.sendBeacon(page.dataset.lockEndpoint, data);
      window.location.replace(page.dataset.loginUrl);
    };
    var resetIdle = function () {
      clearTimeout(idleTimer);
      idleTimer = setTimeout(lockNow, idleSeconds * 1000);
    };
    ["keydown", "pointerdown", "input", "scroll", "touchstart"].forEach(function (name) {
      document.addEventListener(name, resetIdle, { passive: true });
    });
    resetIdle();
  }
})();
