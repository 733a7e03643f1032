// Search's ranking: a query's words to the index's best entries, with near matches, synonyms and suggestions.
import { GLOSSARY_TERM } from './constants.js';
import { words } from './normalise.js';

const WEIGHT = { exact: 1, synonym: 0.9, prefix: 0.8, typo1: 0.6, typo2: 0.4 };
const MAX_PREFIX_TERMS = 12;
const MIN_PREFIX = 3;
const MAX_TYPO_TERMS = 8;

/** Edits allowed for a word of this many letters: none below 4, one for 4 to 7, two from 8. */
const allowedEdits = (length) => (length >= 8 ? 2 : length >= 4 ? 1 : 0);

/**
 * Optimal string alignment distance (a swap of neighbours is one edit), or max + 1 as soon as it must
 * exceed max. Rows are reused: this runs against every term on every keystroke.
 */
const rows = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];
function editDistance(a, b, max) {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (b.length >= rows[0].length) return max + 1;
  let [before, previous, current] = rows;
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      let value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2] + 1);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    [before, previous, current] = [previous, current, before];
  }
  return previous[b.length];
}

/** The query's words: folded, their tokens by the index's language, and whether the last one is still being typed. */
function analyse(index, query) {
  const typingLast = !/\s$/.test(query);
  const all = words(query);
  return all
    .map((word, i) => ({ word, token: index.normaliser.token(word), typing: typingLast && i === all.length - 1 }))
    .filter((q) => q.token !== null || (q.typing && q.word.length >= MIN_PREFIX));
}

/** The terms a query word may stand for, each with how much a match on it counts. */
function candidates(index, q) {
  const found = new Map();
  const offer = (term, weight) => {
    if (term >= 0 && !(found.get(term) >= weight)) found.set(term, weight);
  };
  if (q.token !== null) offer(index.find(q.token), WEIGHT.exact);
  // A word still being typed may be the start of a longer one, unless it is already a whole word
  // of the handbook: then rare completions ("oms" -> "omslife") would drown the word itself.
  if (q.typing && q.word.length >= MIN_PREFIX && found.size === 0) {
    const completions = [];
    for (const prefix of index.normaliser.prefixes(q.word)) {
      for (let i = index.lowerBound(prefix); i < index.terms.length && index.terms[i].startsWith(prefix); i++) completions.push(i);
    }
    completions.sort((x, y) => index.terms[x].length - index.terms[y].length || x - y);
    for (const term of completions.slice(0, MAX_PREFIX_TERMS)) {
      offer(term, WEIGHT.prefix * (0.75 + (0.25 * q.word.length) / index.terms[term].length));
    }
  }
  const edits = allowedEdits(q.word.length);
  if (q.token !== null && edits > 0 && found.size === 0) {
    // A word the handbook never uses: try the words a slip of the finger away.
    const near = [];
    for (let i = 0; i < index.terms.length; i++) {
      const term = index.terms[i];
      if (term[0] === GLOSSARY_TERM) continue;
      const d = editDistance(q.token, term, edits);
      if (d <= edits) near.push([d, i]);
    }
    near.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
    for (const [d, term] of near.slice(0, MAX_TYPO_TERMS)) offer(term, d === 1 ? WEIGHT.typo1 : WEIGHT.typo2);
  }
  return found;
}

/**
 * Words readers use for what the handbook says another way (search-synonyms.yml: "genetic" for
 * "inherited"): a word or phrase of a group in the query also looks for the group's one-word names.
 * A query word the handbook never uses had only near misses to offer; its synonyms replace them.
 */
function addWordGroups(index, analysed, sets) {
  const added = analysed.map(() => new Set());
  for (const group of index.wordGroups) {
    for (const name of group) {
      for (let start = 0; start + name.length <= analysed.length; start++) {
        if (!name.every((t, k) => analysed[start + k].token === t)) continue;
        for (const other of group) {
          const term = other.length === 1 && other !== name ? index.find(other[0]) : -1;
          if (term < 0) continue;
          for (let j = start; j < start + name.length; j++) added[j].add(term);
        }
      }
    }
  }
  added.forEach((terms, j) => {
    if (terms.size === 0) return;
    if (index.find(analysed[j].token) < 0) sets[j].clear();
    for (const term of terms) if (!(sets[j].get(term) >= WEIGHT.synonym)) sets[j].set(term, WEIGHT.synonym);
  });
}

/**
 * Glossary names the query contains, by any of their words' candidates ("dancing eyes", "IVIG",
 * "steroids"): each adds the glossary term itself to the words it covers, so entries that use the
 * term by another name are found too.
 */
function addSynonyms(index, analysed, sets) {
  const termNames = analysed.map((_, i) => new Map([...sets[i]].map(([term, weight]) => [index.terms[term], weight])));
  const matched = [];
  for (const entry of index.glossary) {
    if (entry.term < 0) continue;
    for (const name of entry.names) {
      const n = name.tokens.length;
      if (n === 0) continue;
      for (let start = 0; start + n <= analysed.length; start++) {
        let weight = 1;
        for (let k = 0; k < n && weight > 0; k++) weight = Math.min(weight, termNames[start + k].get(name.tokens[k]) ?? 0);
        if (weight <= 0) continue;
        matched.push(entry);
        weight *= WEIGHT.synonym;
        for (let k = 0; k < n; k++) {
          const set = sets[start + k];
          if (!(set.get(entry.term) >= weight)) set.set(entry.term, weight);
        }
      }
    }
  }
  return matched;
}

/** Per-entry scratch arrays, made once per index and left zeroed after each use. */
const scratch = new WeakMap();
function scratchFor(index) {
  if (!scratch.has(index)) {
    const n = index.entryCount;
    scratch.set(index, {
      literal: new Float64Array(n), concepts: new Float64Array(n), total: new Float64Array(n), words: new Uint8Array(n),
    });
  }
  return scratch.get(index);
}

/**
 * The best entries for the words' postings, in arrays as long as the index has entries: a common word
 * of a large handbook is in tens of thousands of them, and arrays score those several times faster than
 * maps. The arrays are kept between keystrokes and only the entries a query touched are reset: making
 * four arrays of 40,000 entries on every key cost a throttled phone more than the scoring.
 */
function rank(index, lists, limit) {
  const {
    literal, concepts, total, words,
  } = scratchFor(index);
  const found = [];
  for (const wordLists of lists) {
    // The best match on the words themselves, plus the best on a glossary term the words name: an
    // entry that says "steroids" and is about corticosteroids beats one that only says the word.
    const touched = [];
    for (const { postings: { entries, levels }, weight, concept } of wordLists) {
      const best = concept ? concepts : literal;
      for (let i = 0; i < entries.length; i++) {
        const entry = entries[i];
        const score = weight * index.impacts[levels[i]];
        if (literal[entry] === 0 && concepts[entry] === 0) touched.push(entry);
        if (score > best[entry]) best[entry] = score;
      }
    }
    for (const entry of touched) {
      if (words[entry] === 0) found.push(entry);
      total[entry] += literal[entry] + concepts[entry];
      words[entry] += 1;
      literal[entry] = 0;
      concepts[entry] = 0;
    }
  }
  // The top `limit` by score, ties to the earlier entry, kept sorted as the entries go by.
  const top = [];
  const better = (score, entry, y) => score > y.score || (score === y.score && entry < y.entry);
  for (const entry of found) {
    const score = total[entry] * (words[entry] / lists.length) ** 2;
    total[entry] = 0;
    words[entry] = 0;
    if (top.length === limit && !better(score, entry, top[top.length - 1])) continue;
    let at = top.length;
    while (at > 0 && better(score, entry, top[at - 1])) at--;
    top.splice(at, 0, { entry, score });
    if (top.length > limit) top.pop();
  }
  return top;
}

/**
 * Ranked results: each entry's best match per query word, summed, favouring entries that match every
 * word. Null when the query was overtaken (isCurrent() turned false) before its results were made:
 * a keystroke's work stops once the next one has come, and fetches no headings for a list never shown.
 */
export async function runQuery(index, query, limit, isCurrent = () => true) {
  const analysed = analyse(index, query);
  const sets = analysed.map((q) => candidates(index, q));
  addWordGroups(index, analysed, sets);
  const synonyms = addSynonyms(index, analysed, sets);
  const active = sets.filter((set) => set.size > 0);
  const lists = await Promise.all(active.map((set) => Promise.all([...set].map(async ([term, weight]) => (
    { postings: await index.postings(term), weight, concept: index.terms[term][0] === GLOSSARY_TERM })))));
  if (!isCurrent()) return null;
  const ranked = rank(index, lists, limit);
  const highlight = new Set();
  for (const set of sets) for (const term of set.keys()) if (index.terms[term][0] !== GLOSSARY_TERM) highlight.add(index.terms[term]);
  // Mark the term a synonym stands for too ("dancing eyes" marks "opsoclonus"), not all its other names.
  for (const entry of synonyms) for (const t of entry.names[0].tokens) highlight.add(t);
  const results = await Promise.all(ranked.map(async (r) => ({ ...(await index.entry(r.entry)), score: r.score })));
  return { index, results, highlight, suggestions: results.length ? [] : suggest(index, query) };
}

/** Glossary names close to a query that found nothing: "Did you mean opsoclonus?" */
function suggest(index, query) {
  const queryWords = words(query);
  const folded = queryWords.join(' ');
  if (folded.length < 3) return [];
  const scored = [];
  for (const entry of index.glossary) {
    let best = null;
    for (const name of entry.names) {
      const limit = Math.max(2, Math.floor(name.folded.length / 3));
      let d = editDistance(folded, name.folded, limit);
      for (const word of queryWords) {
        if (word.length >= 4 && !name.folded.includes(' ')) d = Math.min(d, editDistance(word, name.folded, limit));
      }
      if (d <= limit && (best === null || d < best[0])) best = [d, name.name];
    }
    if (best) scored.push(best);
  }
  scored.sort((x, y) => x[0] - y[0] || (x[1] < y[1] ? -1 : x[1] > y[1] ? 1 : 0));
  return scored.slice(0, 3).map(([, name]) => name);
}
