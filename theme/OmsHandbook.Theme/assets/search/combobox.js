// Search's box in every page's header: an ARIA 1.2 combobox showing results as you type.
import { loadIndex } from './index.js';
import { runQuery } from './rank.js';
import {
  element, where, fillSnippets, countText, quoted,
} from './results.js';
import { messages, fill } from './text.js';

const COMBOBOX_RESULTS = 8;
const ANNOUNCE_DELAY = 500;

export class SearchCombobox {
  constructor(form) {
    this.form = form;
    this.input = form.querySelector('input[type="search"]');
    this.status = form.querySelector('[data-search-status]');
    this.options = [];
    this.active = -1;
    this.sequence = 0;
    this.text = messages();
    const id = this.input.id;
    this.message = element('p', { class: 'site-search__message', id: `${id}-message` });
    this.listbox = element('ul', { class: 'site-search__results', id: `${id}-listbox`, role: 'listbox', 'aria-label': this.text.resultsLabel });
    this.all = element('a', { class: 'site-search__all', href: form.getAttribute('action') });
    this.popup = element('div', { class: 'site-search__popup' }, this.message, this.listbox, this.all);
    this.popup.hidden = true;
    form.append(this.popup);
    for (const [name, value] of Object.entries({
      role: 'combobox', 'aria-autocomplete': 'list', 'aria-expanded': 'false', 'aria-controls': this.listbox.id, 'aria-describedby': this.message.id,
    })) this.input.setAttribute(name, value);

    this.input.addEventListener('focus', () => this.load(), { once: true });
    this.input.addEventListener('input', () => this.update());
    this.input.addEventListener('keydown', (event) => this.key(event));
    this.form.addEventListener('focusout', (event) => {
      if (!this.form.contains(event.relatedTarget)) this.close();
    });
    // Keep focus in the field while a result is chosen with the mouse.
    this.listbox.addEventListener('mousedown', (event) => event.preventDefault());
    this.listbox.addEventListener('click', (event) => {
      const option = event.target.closest('[role="option"]');
      if (option) this.choose(this.options.indexOf(option));
    });
  }

  load() {
    return loadIndex(this.form.dataset.searchIndex);
  }

  async update() {
    const query = this.input.value;
    const sequence = ++this.sequence;
    if (!query.trim()) {
      this.close();
      this.render(null, query);
      return;
    }
    let found;
    try {
      found = await runQuery(await this.load(), query, COMBOBOX_RESULTS, () => sequence === this.sequence);
    } catch {
      found = null;
    }
    if (sequence !== this.sequence) return;
    this.render(found, query);
    this.open();
    this.form.dispatchEvent(new CustomEvent('search-results', { detail: { query, count: found ? found.results.length : 0 } }));
  }

  render(found, query) {
    this.options = [];
    this.active = -1;
    this.input.removeAttribute('aria-activedescendant');
    this.listbox.replaceChildren();
    this.message.replaceChildren();
    // Below any answer, a way on: every result, or the A to Z when there is none to show.
    const some = found && found.results.length > 0;
    this.all.href = some ? `${this.form.getAttribute('action')}?q=${encodeURIComponent(query.trim())}` : this.form.dataset.searchBrowse;
    const text = this.text;
    this.all.textContent = some ? fill(text.seeAll, quoted(query, text)) : text.browseAtoZ;
    this.all.hidden = !query.trim();
    let announcement = '';
    if (found === null && query.trim()) {
      this.message.textContent = text.unavailable;
      announcement = this.message.textContent;
    } else if (found && found.results.length === 0) {
      this.message.textContent = fill(text.noResults, quoted(query, text));
      announcement = this.message.textContent;
      if (found.suggestions.length) {
        this.message.append(text.didYouMeanList);
        announcement += fill(text.didYouMean, found.suggestions.join(text.or));
        for (const name of found.suggestions) this.addOption({ text: name, query: name }, element('span', { class: 'search-result__where' }, name));
      }
      announcement += text.orBrowseAtoZ;
    } else if (found) {
      const snippets = found.results.map(() => element('span', { class: 'search-result__snippet' }));
      found.results.forEach((result, i) => this.addOption({ href: result.href }, where(result, found), snippets[i]));
      const sequence = this.sequence;
      fillSnippets(found, snippets, () => sequence === this.sequence);
      announcement = fill(text.chooseOne, countText(found.results.length, text));
    }
    this.announce(announcement);
  }

  addOption(target, ...content) {
    const option = element('li', { class: 'search-result', role: 'option', id: `${this.input.id}-option-${this.options.length}`, 'aria-selected': 'false' }, ...content);
    if (target.href) option.dataset.href = target.href;
    option.searchTarget = target;
    this.options.push(option);
    this.listbox.append(option);
  }

  announce(text) {
    // Wait for typing to pause, so a screen reader is not talking over every keystroke.
    clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(() => { this.status.textContent = text; }, ANNOUNCE_DELAY);
  }

  open() {
    this.popup.hidden = false;
    this.input.setAttribute('aria-expanded', 'true');
  }

  close() {
    this.popup.hidden = true;
    this.input.setAttribute('aria-expanded', 'false');
    this.select(-1);
  }

  select(index) {
    if (this.options[this.active]) this.options[this.active].setAttribute('aria-selected', 'false');
    this.active = index;
    const option = this.options[index];
    if (option) {
      option.setAttribute('aria-selected', 'true');
      this.input.setAttribute('aria-activedescendant', option.id);
      option.scrollIntoView({ block: 'nearest' });
    } else {
      this.input.removeAttribute('aria-activedescendant');
    }
  }

  choose(index) {
    const target = this.options[index]?.searchTarget;
    if (!target) return;
    if (target.href) {
      this.close();
      window.location.assign(target.href);
    } else {
      this.input.value = target.query;
      this.update();
    }
  }

  key(event) {
    const count = this.options.length;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp':
        if (!count) return;
        event.preventDefault();
        if (this.popup.hidden) this.open();
        if (event.altKey) return;
        this.select(event.key === 'ArrowDown' ? (this.active + 1) % count : (this.active <= 0 ? count : this.active) - 1);
        break;
      case 'Enter':
        // With nothing chosen, Enter submits the form and the search page shows every result.
        if (this.active >= 0 && !this.popup.hidden) {
          event.preventDefault();
          this.choose(this.active);
        }
        break;
      case 'Escape':
        event.preventDefault();
        if (!this.popup.hidden) this.close();
        else {
          this.input.value = '';
          this.render(null, '');
        }
        break;
      default:
    }
  }
}
