// Search's own page, /search/: every result under the form, for ?q= and as you type.
import { loadIndex } from './index.js';
import { runQuery } from './rank.js';
import {
  element, where, fillSnippets, countText, quoted,
} from './results.js';
import { messages, fill, parts } from './text.js';

const PAGE_RESULTS = 50;

export class SearchPage {
  constructor(form) {
    this.form = form;
    this.input = form.querySelector('input[type="search"]');
    this.status = form.querySelector('[data-search-status]');
    this.list = document.querySelector('[data-search-results]');
    this.sequence = 0;
    this.text = messages();
    this.input.addEventListener('input', () => this.update(true));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.update(true);
    });
    const query = new URLSearchParams(window.location.search).get('q');
    if (query) {
      this.input.value = query;
      this.update(false);
    }
  }

  async update(remember) {
    const query = this.input.value;
    const sequence = ++this.sequence;
    if (remember) {
      const url = new URL(window.location.href);
      if (query.trim()) url.searchParams.set('q', query.trim()); else url.searchParams.delete('q');
      window.history.replaceState(null, '', url);
    }
    if (!query.trim()) {
      this.list.replaceChildren();
      this.list.hidden = true;
      this.status.textContent = '';
      return;
    }
    let found;
    try {
      found = await runQuery(await loadIndex(this.form.dataset.searchIndex), query, PAGE_RESULTS, () => sequence === this.sequence);
    } catch {
      found = null;
    }
    if (sequence !== this.sequence) return;
    this.render(found, query);
    this.form.dispatchEvent(new CustomEvent('search-results', { detail: { query, count: found ? found.results.length : 0 } }));
  }

  render(found, query) {
    const items = [];
    const text = this.text;
    // The A to Z below the form always works: every answer but a list of results points to it.
    // Only its fragment: the query stays in the address, and the page is not loaded again.
    const browse = () => element('a', { href: new URL(this.form.dataset.searchBrowse, document.baseURI).hash }, text.theAtoZBelow);
    if (found === null) {
      this.status.replaceChildren(...parts(text.unavailableBrowse, browse()));
    } else if (found.results.length === 0) {
      this.status.textContent = fill(text.noResults, quoted(query, text));
      if (found.suggestions.length) {
        const links = found.suggestions.flatMap((name, i) => [
          i ? ', ' : '', element('a', { href: `${this.form.getAttribute('action')}?q=${encodeURIComponent(name)}` }, name),
        ]);
        const list = element('span', {}, ...links);
        this.status.append(...parts(text.didYouMean, list));
      }
      this.status.append(...parts(text.orBrowse, browse()));
    } else {
      this.status.textContent = fill(text.countFor, countText(found.results.length, text), quoted(query, text));
      const snippets = found.results.map(() => element('span', { class: 'search-result__snippet' }));
      found.results.forEach((result, i) => {
        items.push(element('li', { class: 'search-result' }, element('a', { href: result.href }, where(result, found)), element('p', {}, snippets[i])));
      });
      const sequence = this.sequence;
      fillSnippets(found, snippets, () => sequence === this.sequence);
    }
    this.list.replaceChildren(...items);
    this.list.hidden = items.length === 0;
  }
}
