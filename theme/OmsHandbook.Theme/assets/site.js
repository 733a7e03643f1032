// OMS Handbook: small enhancements on top of pages that work without JavaScript.
// Loaded in <head> so a reader's chosen colour scheme applies before the first paint.
(function () {
  "use strict";

  var storageKey = "oms-theme";
  var root = document.documentElement;

  function storedTheme() {
    try { return window.localStorage.getItem(storageKey); } catch (e) { return null; }
  }

  function storeTheme(value) {
    try { window.localStorage.setItem(storageKey, value); } catch (e) { /* private mode: the choice lasts this page only */ }
  }

  var chosen = storedTheme();
  if (chosen === "dark" || chosen === "light") {
    root.setAttribute("data-theme", chosen);
  }

  function prefersDark() {
    return window.matchMedia && window.matchMedia("(prefers-color-scheme: dark)").matches;
  }

  function isDark() {
    var theme = root.getAttribute("data-theme");
    return theme ? theme === "dark" : prefersDark();
  }

  // A toggle button with aria-pressed: its name stays "Dark mode", its state says whether it is on.
  function setUpThemeToggle() {
    var button = document.querySelector(".theme-toggle");
    if (!button) { return; }
    button.hidden = false;
    button.setAttribute("aria-pressed", String(isDark()));
    button.addEventListener("click", function () {
      var next = isDark() ? "light" : "dark";
      root.setAttribute("data-theme", next);
      storeTheme(next);
      button.setAttribute("aria-pressed", String(next === "dark"));
    });
  }

  // The chapter list is a disclosure on small screens and always open on wide ones.
  function setUpChapterNav() {
    var details = document.querySelector("details.chapter-nav");
    if (!details || !window.matchMedia) { return; }
    var wide = window.matchMedia("(min-width: 60em)");
    function fit() { details.open = wide.matches; }
    fit();
    wide.addEventListener("change", fit);
  }

  // Glossary links become buttons that open a short definition (a toggletip) on click, Enter or
  // Space; Escape or a click elsewhere closes it. Never on hover or focus alone.
  function setUpGlossaryTips() {
    var template = document.getElementById("glossary-tips");
    if (!template || !("popover" in HTMLElement.prototype)) { return; }
    var links = document.querySelectorAll("main a.glossary-link[data-term]");
    for (var i = 0; i < links.length; i++) {
      var link = links[i];
      var source = template.content.querySelector('[data-term="' + link.getAttribute("data-term") + '"]');
      if (!source) { continue; }
      var tip = source.cloneNode(true);
      tip.id = "glossary-tip-" + i;
      tip.setAttribute("popover", "auto");
      var button = document.createElement("button");
      button.type = "button";
      button.className = "glossary-term";
      button.textContent = link.textContent;
      button.setAttribute("popovertarget", tip.id);
      link.replaceWith(button);
      button.after(tip);
      tip.addEventListener("toggle", placeNear(button, tip));
    }
  }

  function placeNear(button, tip) {
    return function (event) {
      if (event.newState !== "open") { return; }
      var rect = button.getBoundingClientRect();
      var width = tip.offsetWidth;
      var left = Math.min(Math.max(8, rect.left), document.documentElement.clientWidth - width - 8);
      tip.style.left = Math.max(8, left) + window.scrollX + "px";
      tip.style.top = rect.bottom + 6 + window.scrollY + "px";
    };
  }

  // The offline copy (offline-worker.js): kept after the first visit; a newer build is offered, never
  // forced; offline, a page says when its copy was saved, and a page past its review date says so.
  // The preview never registers it: a maintainer must see every save at once.
  function offlineText(name) {
    var template = document.getElementById("offline-text");
    var node = template && template.content.querySelector('[data-text="' + name + '"]');
    return node ? node.textContent : "";
  }

  function say(text, extra) {
    var status = document.querySelector(".offline-status");
    if (!status || !text) { return; }
    var line = document.createElement("p");
    line.textContent = text;
    if (extra) { line.append(" ", extra); }
    status.append(line);
  }

  function longDate(iso) {
    return new Date(iso).toLocaleDateString(root.lang, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
  }

  function sayIfOverdue() {
    var times = document.querySelectorAll(".review-date time");
    var due = times.length > 1 ? times[1].getAttribute("datetime") : null;
    if (due && due < new Date().toISOString().slice(0, 10)) {
      say(offlineText("overdue").replace("{0}", longDate(due)));
    }
  }

  function offerNewVersion(worker) {
    var button = document.createElement("button");
    button.type = "button";
    button.className = "offline-reload";
    button.textContent = offlineText("reload");
    button.addEventListener("click", function () {
      navigator.serviceWorker.addEventListener("controllerchange", function () { window.location.reload(); });
      worker.postMessage("take-over");
    });
    say(offlineText("ready"), button);
  }

  function setUpOfflineCopy() {
    // navigator.serviceWorker is missing where workers are not allowed (some private modes, a blocking policy).
    if (!navigator.serviceWorker || root.hasAttribute("data-preview")) { return; }
    sayIfOverdue();
    if (!navigator.onLine && window.caches) {
      caches.match("/__offline/saved").then(function (saved) { return saved && saved.json(); }).then(function (iso) {
        if (iso) { say(offlineText("saved").replace("{0}", longDate(iso))); }
      });
    }
    navigator.serviceWorker.register("/sw.js").then(function (registration) {
      // Where workers are blocked by policy, registering may give nothing rather than fail.
      if (!registration) { return; }
      if (registration.waiting && navigator.serviceWorker.controller) { offerNewVersion(registration.waiting); }
      registration.addEventListener("updatefound", function () {
        var worker = registration.installing;
        worker.addEventListener("statechange", function () {
          if (worker.state === "installed" && navigator.serviceWorker.controller) { offerNewVersion(worker); }
        });
      });
    }, function () { /* no offline copy: every page still works online */ });
    setUpOfflineControls();
  }

  // On the about page: how much the copy takes, and a button that removes it.
  function setUpOfflineControls() {
    var remove = document.querySelector('[data-offline="remove"]');
    if (!remove || !window.caches) { return; }
    caches.keys().then(function (keys) {
      var ours = keys.filter(function (key) { return key.indexOf("oms-handbook-") === 0; });
      if (ours.length === 0) { return; }
      remove.hidden = false;
      caches.open(ours[0]).then(function (cache) { return cache.match("/__offline/large"); }).then(function (large) {
        document.querySelector('[data-offline="large"]').hidden = !large;
      });
      if (navigator.storage && navigator.storage.estimate) {
        navigator.storage.estimate().then(function (estimate) {
          var size = document.querySelector('[data-offline="size"]');
          size.textContent = size.textContent.replace("{0}", (estimate.usage / 1e6).toFixed(1) + " MB");
          size.hidden = false;
        });
      }
      remove.addEventListener("click", function () {
        navigator.serviceWorker.getRegistrations()
          .then(function (registrations) { return Promise.all(registrations.map(function (r) { return r.unregister(); })); })
          .then(function () { return Promise.all(ours.map(function (key) { return caches.delete(key); })); })
          .then(function () {
            remove.hidden = true;
            document.querySelector('[data-offline="removed"]').textContent = document.querySelector('[data-offline="removed-text"]').content.textContent;
          });
      });
    });
  }

  function ready() {
    setUpThemeToggle();
    setUpChapterNav();
    setUpGlossaryTips();
    setUpOfflineCopy();
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", ready);
  } else {
    ready();
  }
})();
