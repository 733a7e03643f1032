// What search says, in the page's language: the form carries the messages (data-search-text), made
// from the site's own text table, so a Spanish page never shows an English word.

/** The messages of a search form. */
export function messagesOf(form) {
  return JSON.parse(form.dataset.searchText);
}

/** A template with its holes ({0}, {1}) filled, as text. */
export function fill(template, ...values) {
  return template.replace(/\{(\d)\}/g, (_, i) => String(values[Number(i)]));
}

/** A template with its holes filled by nodes or text, for append() or replaceChildren(). */
export function parts(template, ...values) {
  return template.split(/\{(\d)\}/).map((part, i) => (i % 2 ? values[Number(part)] : part)).filter((part) => part !== '');
}
