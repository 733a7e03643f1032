// Search's index reader: the first file, then postings shards and page files as queries need them.
import {
  ALPHABET, IMPACT_LEVELS, HASH_LENGTH, GLOSSARY_TERM, INDEX_VERSION,
} from './constants.js';
import { words, normaliser } from './normalise.js';

// Format: docs/search.md. One file for a small site; past a size threshold a manifest with the term
// list, and postings shards and per-page files fetched only when a query needs them.

const DIGIT = new Int8Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) DIGIT[ALPHABET.charCodeAt(i)] = i;

const indexes = new Map();

/** The index at this address, fetched once however many boxes ask for it. */
export function loadIndex(url) {
  if (!indexes.has(url)) {
    const loading = fetchJson(url).then((data) => new SearchIndex(url, data));
    loading.catch(() => indexes.delete(url));
    indexes.set(url, loading);
  }
  return indexes.get(url);
}

async function fetchJson(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return response.json();
}

function decodeTerms(text) {
  const terms = [];
  let previous = '';
  for (const part of text.length ? text.split(' ') : []) {
    previous = previous.slice(0, DIGIT[part.charCodeAt(0)]) + part.slice(1);
    terms.push(previous);
  }
  return terms;
}

function decodePostings(text) {
  const entries = [];
  const levels = [];
  let entry = 0;
  for (let i = 0; i < text.length;) {
    let gap = 0;
    let shift = 0;
    let digit;
    do {
      digit = DIGIT[text.charCodeAt(i++)];
      gap += (digit & 31) * 2 ** shift;
      shift += 5;
    } while (digit & 32);
    entry += gap;
    entries.push(entry);
    levels.push(DIGIT[text.charCodeAt(i++)]);
  }
  return { entries, levels };
}

class SearchIndex {
  constructor(url, data) {
    if (data.version !== INDEX_VERSION) throw new Error(`${url}: index version ${data.version}, expected ${INDEX_VERSION}`);
    this.terms = decodeTerms(data.terms);
    this.impacts = Array.from({ length: IMPACT_LEVELS + 1 }, (_, q) => Math.exp((q / IMPACT_LEVELS) * data.scale) - 1);
    this.postingsCache = new Map();
    this.shards = new Map();
    this.pageFiles = new Map();
    this.textFiles = new Map();
    // What entries show, from the shards that carried it (their terms' best entries): no page file needed.
    this.shown = new Map();
    this.texts = new Map();
    if (data.postings) {
      this.inlinePostings = data.postings;
      this.inlinePages = data.pages;
      this.pageStarts = starts(data.pages.map((p) => p[2].length));
    } else {
      // The manifest says where its files are: they live apart from it, under /assets/, cached for good.
      this.folder = new URL(data.files, new URL(url, document.baseURI));
      this.shardFirsts = data.postingsShards.firstTerm;
      this.shardHashes = data.postingsShards.hashes;
      this.pageHashes = data.pageFiles.hashes;
      this.pageStarts = starts(data.pageFiles.entries);
    }
    const counts = data.postings ? data.pages.map((p) => p[2].length) : data.pageFiles.entries;
    this.entryCount = counts.reduce((sum, n) => sum + n, 0);
    // The rules the terms were made with: a query must become tokens by the same ones.
    this.normaliser = normaliser(data.language);
    const { tokens } = this.normaliser;
    this.glossary = data.glossary.map(([slug, term, aliases]) => ({
      term: this.find(GLOSSARY_TERM + slug),
      names: [term, ...aliases].map((name) => ({ name, folded: words(name).join(' '), tokens: tokens(name) })),
    }));
    this.wordGroups = (data.synonyms ?? []).map((group) => group.map((name) => tokens(name)).filter((t) => t.length > 0));
  }

  /** The number of a term, or -1. */
  find(term) {
    const i = this.lowerBound(term);
    return i < this.terms.length && this.terms[i] === term ? i : -1;
  }

  /** The first term not before the given text (JavaScript compares strings as the C# builder sorted them). */
  lowerBound(text) {
    let low = 0;
    let high = this.terms.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.terms[mid] < text) low = mid + 1; else high = mid;
    }
    return low;
  }

  /** A term's postings, decoded: the entries it occurs in and its impact in each. */
  async postings(term) {
    if (!this.postingsCache.has(term)) {
      const text = this.inlinePostings ? this.inlinePostings[term] : await this.fromShard(term);
      this.postingsCache.set(term, decodePostings(text));
    }
    return this.postingsCache.get(term);
  }

  async fromShard(term) {
    let shard = upperBound(this.shardFirsts, term) - 1;
    if (!this.shards.has(shard)) {
      const hash = this.shardHashes.substr(shard * HASH_LENGTH, HASH_LENGTH);
      const loading = fetchJson(new URL(`t${shard}.${hash}.json`, this.folder)).then((data) => {
        for (const [entry, title, url, heading, anchor] of data.shown) this.shown.set(entry, { title, url, heading, anchor });
        return data.postings;
      });
      loading.catch(() => this.shards.delete(shard));
      this.shards.set(shard, loading);
    }
    return (await this.shards.get(shard))[term - this.shardFirsts[shard]];
  }

  /** What a result shows of an entry, but its text: page title, heading and link. */
  async entry(entry) {
    const { title, url, heading, anchor } = this.shown.get(entry) ?? await this.fromPage(entry);
    return { entry, title, heading, href: anchor ? `${url}#${anchor}` : url };
  }

  /** What the page's heading file says of an entry the shards did not show. */
  async fromPage(entry) {
    const page = this.pageOf(entry);
    const [title, url, entries] = this.inlinePages ? this.inlinePages[page] : await this.file(this.pageFiles, 'p', page);
    const [heading, anchor] = entries[entry - this.pageStarts[page]];
    return { title, url, heading, anchor };
  }

  /** An entry's text if it is at hand (always, for a one-file index), else null. */
  textNow(entry) {
    const page = this.pageOf(entry);
    if (this.inlinePages) return this.inlinePages[page][2][entry - this.pageStarts[page]][2];
    const texts = this.texts.get(page);
    return texts ? texts[entry - this.pageStarts[page]] : null;
  }

  /** An entry's text, fetching its page's texts if need be (they are only needed for snippets). */
  async text(entry) {
    const page = this.pageOf(entry);
    if (!this.inlinePages && !this.texts.has(page)) this.texts.set(page, await this.file(this.textFiles, 's', page));
    return this.textNow(entry);
  }

  pageOf(entry) {
    return upperBound(this.pageStarts, entry) - 1;
  }

  file(cache, kind, page) {
    if (!cache.has(page)) {
      const hash = this.pageHashes.substr(page * HASH_LENGTH, HASH_LENGTH);
      const loading = fetchJson(new URL(`${kind}${page}.${hash}.json`, this.folder));
      loading.catch(() => cache.delete(page));
      cache.set(page, loading);
    }
    return cache.get(page);
  }
}

function starts(counts) {
  const result = [];
  let total = 0;
  for (const count of counts) {
    result.push(total);
    total += count;
  }
  return result;
}

/** The number of sorted values not after the given one. */
function upperBound(values, value) {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (values[mid] <= value) low = mid + 1; else high = mid;
  }
  return low;
}
