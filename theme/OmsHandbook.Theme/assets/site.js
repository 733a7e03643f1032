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

  function ready() {
    setUpThemeToggle();
    setUpChapterNav();
    setUpGlossaryTips();
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", ready);
  } else {
    ready();
  }
})();
