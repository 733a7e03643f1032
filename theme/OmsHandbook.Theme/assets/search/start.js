// Search's start: gives each search form on the page its combobox or its results page.
import { SearchCombobox } from './combobox.js';
import { SearchPage } from './page.js';

// Our own code, no framework. The page works without it: the search box submits to /search/, which
// lists every glossary term and heading A to Z; the script adds results as you type, and fetches the
// index on the first focus of a search box, never before. The build joins these parts into one
// script, search.js (src/OmsHandbook/Site/ScriptModules.cs; docs/search.md says why).

function start() {
  for (const form of document.querySelectorAll('form[data-search-index]')) {
    if (!form.querySelector('input[type="search"]')) continue;
    if (form.dataset.searchMode === 'page') new SearchPage(form);
    else new SearchCombobox(form);
  }
}

if (typeof document !== 'undefined') start();
