// Live reload for `serve`. The preview server adds this script to the pages it serves; a built site
// never contains it. It listens to the server's events: "reload" after a good build (with the
// addresses of the pages that changed), and "failure" with the problems after a failed one, drawn
// over the page (the last good version) until fixed.
(() => {
  'use strict';

  const pageBuild = document.currentScript ? document.currentScript.dataset.build : undefined;
  const overlayId = 'oms-preview-overlay';
  const events = new EventSource('/_preview/events');

  // The preview never keeps an offline copy: site.js registers none on a page marked as the preview's,
  // and a worker left by a visit to a built site on this address would answer with old pages, so it goes.
  document.documentElement.setAttribute('data-preview', '');
  if (navigator.serviceWorker) {
    navigator.serviceWorker.getRegistrations().then((registrations) => registrations.forEach((r) => r.unregister()));
  }

  events.addEventListener('hello', (event) => {
    const state = JSON.parse(event.data);
    if (String(state.build) !== pageBuild) {
      // A build finished while this page was loading (or the server restarted).
      window.location.reload();
    } else if (state.failure) {
      showFailure(state.failure);
    }
  });
  events.addEventListener('reload', (event) => {
    // The server names the pages that changed, or none when every page should reload.
    const paths = JSON.parse(event.data).paths;
    if (!paths || paths.includes(window.location.pathname)) {
      window.location.reload();
    }
  });
  events.addEventListener('failure', (event) => showFailure(JSON.parse(event.data).failure));

  function showFailure(failure) {
    addStylesheet();
    hideFailure();

    const overlay = element('div', 'oms-preview-overlay');
    overlay.id = overlayId;
    overlay.setAttribute('role', 'alert');
    const box = element('div', 'oms-preview-box');
    box.append(
      element('h2', '', 'The handbook did not build'),
      element('p', '', 'This page is the last version that built. Fix these problems and save; the page reloads by itself.'));

    const list = element('ul', 'oms-preview-list');
    for (const problem of failure.diagnostics) {
      const item = element('li', 'oms-preview-' + problem.severity);
      item.append(
        element('span', 'oms-preview-where', `${problem.file}(${problem.line},${problem.column})`),
        ' ',
        element('span', 'oms-preview-code', `${problem.severity} ${problem.code}`),
        ': ' + problem.message);
      list.append(item);
    }

    const hide = element('button', '', 'Hide');
    hide.type = 'button';
    hide.addEventListener('click', hideFailure);
    box.append(list, hide);
    overlay.append(box);
    document.body.append(overlay);
  }

  function hideFailure() {
    const overlay = document.getElementById(overlayId);
    if (overlay) {
      overlay.remove();
    }
  }

  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      hideFailure();
    }
  });

  // A stylesheet from the server, not style attributes: the site's Content-Security-Policy allows no inline styles.
  function addStylesheet() {
    if (!document.querySelector('link[href="/_preview/overlay.css"]')) {
      const link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = '/_preview/overlay.css';
      document.head.append(link);
    }
  }

  function element(name, className, text) {
    const node = document.createElement(name);
    if (className) {
      node.className = className;
    }

    if (text) {
      node.textContent = text;
    }

    return node;
  }
})();
