// Search's results as the box and the page show them: where each is, and a snippet with the matched words marked.
import { fill } from './text.js';

// Everything shown is built with textContent: index text never becomes markup.
const SNIPPET_WORDS = 24;
const SNIPPET_DELAY = 250;
const SPAN = /[\p{L}\p{Nd}\p{Mc}\p{Me}\p{Mn}'\u2018\u2019\u02BC]+/gu;

export function element(name, attributes = {}, ...children) {
  const node = document.createElement(name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, value);
  node.append(...children);
  return node;
}

function isMatch(span, found) {
  return found.index.normaliser.tokens(span).some((t) => found.highlight.has(t));
}

/** The text with the words the query found in <mark>, cut to the stretch with the most of them. */
function marked(text, found, limit) {
  const spans = [...text.matchAll(SPAN)].map((m) => ({ start: m.index, end: m.index + m[0].length, hit: isMatch(m[0], found) }));
  let from = 0;
  let to = spans.length;
  if (limit && spans.length > limit) {
    // The stretch of `limit` words with the most matches, starting a few words before its first match.
    let best = -1;
    let hits = 0;
    for (let i = 0; i < spans.length; i++) {
      hits += spans[i].hit ? 1 : 0;
      if (i >= limit) hits -= spans[i - limit].hit ? 1 : 0;
      if (i >= limit - 1 && hits > best) [best, from] = [hits, i - limit + 1];
    }
    const firstHit = spans.findIndex((span, i) => i >= from && span.hit);
    if (firstHit >= 0) from = Math.max(0, Math.min(from, firstHit - 3));
    to = Math.min(spans.length, from + limit);
  }
  const start = limit && from > 0 ? spans[from].start : 0;
  const end = limit && to < spans.length ? spans[to - 1].end : text.length;
  const parts = [];
  if (start > 0) parts.push('… ');
  let at = start;
  for (const span of spans.slice(from, to)) {
    if (!span.hit) continue;
    parts.push(text.slice(at, span.start), element('mark', {}, text.slice(span.start, span.end)));
    at = span.end;
  }
  parts.push(text.slice(at, end));
  if (end < text.length) parts.push(' …');
  return parts;
}

/** Where a result is: "page › section", matched words marked. */
export function where(result, found) {
  const node = element('span', { class: 'search-result__where' });
  if (result.heading) {
    node.append(element('span', { class: 'search-result__page' }, result.title), ' › ', ...marked(result.heading, found));
  } else {
    node.append(...marked(result.title, found));
  }
  return node;
}

/**
 * Fills each result's snippet: at once when the text is at hand; otherwise once typing pauses, so
 * the texts of results that a next keystroke replaces are never fetched.
 */
export async function fillSnippets(found, snippets, isCurrent) {
  const { index, results } = found;
  const fill = () => results.forEach((result, i) => {
    const text = index.textNow(result.entry);
    if (text !== null) snippets[i].replaceChildren(...marked(text, found, SNIPPET_WORDS));
  });
  fill();
  if (results.every((r) => index.textNow(r.entry) !== null)) return;
  await new Promise((resolve) => { setTimeout(resolve, SNIPPET_DELAY); });
  if (!isCurrent()) return;
  try {
    await Promise.all(results.map((r) => index.text(r.entry)));
  } catch {
    return;
  }
  if (isCurrent()) fill();
}

export function countText(n, text) {
  return n === 1 ? text.one : fill(text.many, n);
}

export function quoted(query, text) {
  return fill(text.quoted, query.trim());
}
