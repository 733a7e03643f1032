// What search says, in the page's language: the build writes the edition's messages into its
// script (MESSAGES) from the site's own text table, so a Spanish page never shows an English word.
import { MESSAGES } from './constants.js';

/** The messages of this edition. */
export function messages() {
  return MESSAGES;
}

/** A template with its holes ({0}, {1}) filled, as text. */
export function fill(template, ...values) {
  return template.replace(/\{(\d)\}/g, (_, i) => String(values[Number(i)]));
}

/** A template with its holes filled by nodes or text, for append() or replaceChildren(). */
export function parts(template, ...values) {
  return template.split(/\{(\d)\}/).map((part, i) => (i % 2 ? values[Number(part)] : part)).filter((part) => part !== '');
}
