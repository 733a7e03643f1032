// OMS Handbook search: our own code, no framework. The page works without it: the search box
// submits to /search/, which lists every glossary term and heading A to Z. This script adds
// results as you type. The index is fetched on first focus of a search box, never before.
//
// The normaliser below is the twin of src/OmsHandbook/Search (C#): the same folding, spelling
// rules, stop words and Porter stemmer, so queries and the index meet on the same tokens.
// tests/search-vectors.json holds examples both sides must reproduce.

// ---- Normalising text -----------------------------------------------------------------------

const SPECIAL_LETTERS = {
  'ß': 'ss', 'æ': 'ae', 'œ': 'oe', 'ø': 'o', 'ð': 'd', 'þ': 'th', 'ł': 'l', 'đ': 'd', 'ı': 'i', 'ς': 'σ',
};
const SPECIAL_PATTERN = /[ßæœøðþłđıς]/g;
const MARKS = /\p{Mn}/gu;
const APOSTROPHES = /['\u2018\u2019\u02BC]/g;
const WORD = /[\p{L}\p{Nd}\p{Mc}\p{Me}]+/gu;
const ASCII_WORD = /^[a-z]+$/;

const STOP_WORDS = new Set([
  'a', 'about', 'after', 'all', 'also', 'an', 'and', 'any', 'are', 'as', 'at', 'be', 'been', 'but', 'by',
  'can', 'could', 'did', 'do', 'does', 'for', 'from', 'had', 'has', 'have', 'he', 'her', 'his', 'how',
  'i', 'if', 'in', 'into', 'is', 'it', 'its', 'may', 'me', 'more', 'most', 'my', 'no', 'not', 'of', 'on',
  'or', 'our', 'she', 'so', 'some', 'such', 'than', 'that', 'the', 'their', 'them', 'then', 'there',
  'these', 'they', 'this', 'those', 'to', 'too', 'very', 'was', 'we', 'were', 'what', 'when', 'where',
  'which', 'who', 'why', 'will', 'with', 'would', 'you', 'your',
]);

/** Lower-case, accents and special letters folded: "Café" -> "cafe". */
export function fold(text) {
  // Decompose first, so a capital with a mark ("İ", "É") lower-cases to its plain letter plus a mark we drop.
  return text.normalize('NFKD').toLowerCase().replace(MARKS, '').replace(SPECIAL_PATTERN, (c) => SPECIAL_LETTERS[c]);
}

/** The folded words of a text: runs of letters and digits; apostrophes vanish ("child's" -> "childs"). */
export function words(text) {
  return fold(text).replace(APOSTROPHES, '').match(WORD) || [];
}

/** One folded word as a token, or null for a stop word. */
export function token(word) {
  if (STOP_WORDS.has(word)) return null;
  return ASCII_WORD.test(word) ? stem(foldSpelling(word)) : word;
}

/** Text to search tokens, exactly as the index was built. */
export function tokens(text) {
  const result = [];
  for (const word of words(text)) {
    const t = token(word);
    if (t !== null) result.push(t);
  }
  return result;
}

// British spellings folded onto American ones: tumour -> tumor, paediatric -> pediatric.
const SPELLING_WORDS = {
  ageing: 'aging', judgement: 'judgment', programme: 'program', programmes: 'programs',
  grey: 'gray', mould: 'mold', aluminium: 'aluminum', licence: 'license',
  defence: 'defense', offence: 'offense', practise: 'practice', practised: 'practiced',
  practising: 'practicing', enrol: 'enroll', enrolment: 'enrollment', fulfil: 'fulfill',
  skilful: 'skillful', wilful: 'willful', artefact: 'artifact', sceptical: 'skeptical',
  pyjamas: 'pajamas', plough: 'plow',
};
const OUR_ENDINGS = ['', 's', 'ed', 'ing', 'ite', 'ites', 'ful', 'fully', 'able', 'ably', 'al', 'ally', 'ation', 'ism', 'ist', 'ists', 'er', 'ers', 'less'];
const forms = (ending, replacement, minStem, suffixes) => suffixes.map((s) => [ending + s, replacement + s, minStem]);
const ENDINGS = [
  ...forms('ise', 'ize', 3, ['', 'd', 's']), ...forms('is', 'iz', 3, ['ing', 'ation', 'ations', 'er', 'ers']),
  ...forms('yse', 'yze', 1, ['', 'd', 's', 'r']), ['ysing', 'yzing', 1],
  ...forms('tre', 'ter', 1, ['', 's']), ...forms('bre', 'ber', 1, ['', 's']),
  ...forms('logue', 'log', 0, ['', 's']),
];
const isVowel = (c) => c === 'a' || c === 'e' || c === 'i' || c === 'o' || c === 'u' || c === 'y';

/** Folds one lower-case a–z word from British to American spelling. */
export function foldSpelling(word) {
  if (Object.hasOwn(SPELLING_WORDS, word)) return SPELLING_WORDS[word];
  word = foldAe(word);
  word = foldOe(word);
  word = foldOur(word);
  word = foldEnding(word);
  return word.replaceAll('sulph', 'sulf');
}

function foldAe(word) {
  // A final "ae" is a Latin plural (algae) and stays.
  for (let i = word.indexOf('ae'); i >= 0 && i + 2 < word.length; i = word.indexOf('ae', i)) {
    word = word.slice(0, i) + word.slice(i + 1);
  }
  return word;
}

function foldOe(word) {
  // oedema, foetus, diarrhoea, coeliac fold; shoe, does, poem, whoever and poet do not.
  if (word.startsWith('poet')) return word;
  for (let i = word.indexOf('oe'); i >= 0 && i + 2 < word.length; i = word.indexOf('oe', i + 1)) {
    const next = word[i + 2];
    const folds = i === 0 ? !isVowel(next) : !isVowel(word[i - 1]) && 'ablotu'.includes(next);
    if (folds) word = word.slice(0, i) + word.slice(i + 1);
  }
  return word;
}

function foldOur(word) {
  // colour, behavioural, favourite fold; four, hour, your, tour, flour, journal and course do not.
  for (const ending of OUR_ENDINGS) {
    const suffix = 'our' + ending;
    if (word.endsWith(suffix)) {
      const before = word.slice(0, word.length - suffix.length);
      if (before.length >= 2 && [...before].some(isVowel)) return before + 'or' + ending;
    }
  }
  return word;
}

function foldEnding(word) {
  for (const [ending, replacement, minStem] of ENDINGS) {
    if (word.endsWith(ending) && word.length - ending.length >= minStem) {
      return word.slice(0, word.length - ending.length) + replacement;
    }
  }
  return word;
}

// The Porter (1980) stemmer as in Martin Porter's reference implementation ("bli" -> "ble", "logi" -> "log").
const STEP2 = [
  ['ational', 'ate'], ['tional', 'tion'], ['enci', 'ence'], ['anci', 'ance'], ['izer', 'ize'], ['bli', 'ble'],
  ['alli', 'al'], ['entli', 'ent'], ['eli', 'e'], ['ousli', 'ous'], ['ization', 'ize'], ['ation', 'ate'],
  ['ator', 'ate'], ['alism', 'al'], ['iveness', 'ive'], ['fulness', 'ful'], ['ousness', 'ous'], ['aliti', 'al'],
  ['iviti', 'ive'], ['biliti', 'ble'], ['logi', 'log'],
];
const STEP3 = [['icate', 'ic'], ['ative', ''], ['alize', 'al'], ['iciti', 'ic'], ['ical', 'ic'], ['ful', ''], ['ness', '']];
const STEP4 = ['al', 'ance', 'ence', 'er', 'ic', 'able', 'ible', 'ant', 'ement', 'ment', 'ent', 'ion', 'ou', 'ism', 'ate', 'iti', 'ous', 'ive', 'ize'];

/** Stems one lower-case a–z word; words of one or two letters are left alone. */
export function stem(word) {
  if (word.length <= 2) return word;
  const b = word.split('');
  let k = b.length - 1;
  let j = 0;

  const isConsonant = (i) => {
    const c = b[i];
    if (c === 'a' || c === 'e' || c === 'i' || c === 'o' || c === 'u') return false;
    if (c === 'y') return i === 0 || !isConsonant(i - 1);
    return true;
  };
  const measure = () => {
    let n = 0;
    let i = 0;
    while (i <= j && isConsonant(i)) i++;
    while (i <= j) {
      while (i <= j && !isConsonant(i)) i++;
      if (i > j) break;
      n++;
      while (i <= j && isConsonant(i)) i++;
    }
    return n;
  };
  const vowelInStem = () => {
    for (let i = 0; i <= j; i++) if (!isConsonant(i)) return true;
    return false;
  };
  const doubleConsonant = (i) => i >= 1 && b[i] === b[i - 1] && isConsonant(i);
  const cvc = (i) => i >= 2 && isConsonant(i) && !isConsonant(i - 1) && isConsonant(i - 2) && !'wxy'.includes(b[i]);
  const ends = (s) => {
    const start = k - s.length + 1;
    if (start < 0) return false;
    for (let i = 0; i < s.length; i++) if (b[start + i] !== s[i]) return false;
    j = k - s.length;
    return true;
  };
  const setTo = (s) => {
    for (let i = 0; i < s.length; i++) b[j + 1 + i] = s[i];
    k = j + s.length;
  };
  const replaceFirst = (rules) => {
    for (const [suffix, replacement] of rules) {
      if (ends(suffix)) {
        if (measure() > 0) setTo(replacement);
        return;
      }
    }
  };

  // Step 1ab: plurals, -ed and -ing.
  if (b[k] === 's') {
    if (ends('sses')) k -= 2;
    else if (ends('ies')) setTo('i');
    else if (b[k - 1] !== 's') k--;
  }
  if (ends('eed')) {
    if (measure() > 0) k--;
  } else if ((ends('ed') || ends('ing')) && vowelInStem()) {
    k = j;
    if (ends('at')) setTo('ate');
    else if (ends('bl')) setTo('ble');
    else if (ends('iz')) setTo('ize');
    else if (doubleConsonant(k)) {
      if (!'lsz'.includes(b[k])) k--;
    } else if (measure() === 1 && cvc(k)) setTo('e');
  }
  if (k > 0) {
    // Step 1c: y -> i after a vowel.
    if (ends('y') && vowelInStem()) b[k] = 'i';
    replaceFirst(STEP2);
    replaceFirst(STEP3);
    // Step 4: drop a suffix where the stem before it is long enough.
    for (const suffix of STEP4) {
      if (ends(suffix)) {
        const allowed = suffix !== 'ion' || (j >= 0 && (b[j] === 's' || b[j] === 't'));
        if (allowed && measure() > 1) k = j;
        break;
      }
    }
    // Step 5: a final -e, and -ll.
    j = k;
    if (b[k] === 'e') {
      const m = measure();
      if (m > 1 || (m === 1 && !cvc(k - 1))) k--;
    }
    if (b[k] === 'l' && doubleConsonant(k) && measure() > 1) k--;
  }
  return b.slice(0, k + 1).join('');
}

// ---- The index -------------------------------------------------------------------------------
// Format: docs/search.md. One file for a small site; past a size threshold a manifest with the term
// list, and postings shards and per-page files fetched only when a query needs them.

const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_';
const DIGIT = new Int8Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) DIGIT[ALPHABET.charCodeAt(i)] = i;
const IMPACT_LEVELS = 63;
const HASH_LENGTH = 8;
const GLOSSARY_TERM = '#';

const indexes = new Map();

/** The index at this address, fetched once however many boxes ask for it. */
function loadIndex(url) {
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

const INDEX_VERSION = 2;

class SearchIndex {
  constructor(url, data) {
    if (data.version !== INDEX_VERSION) throw new Error(`${url}: index version ${data.version}, expected ${INDEX_VERSION}`);
    this.terms = decodeTerms(data.terms);
    this.impacts = Array.from({ length: IMPACT_LEVELS + 1 }, (_, q) => Math.exp((q / IMPACT_LEVELS) * data.scale) - 1);
    this.postingsCache = new Map();
    this.shards = new Map();
    this.pageFiles = new Map();
    this.textFiles = new Map();
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
      const loading = fetchJson(new URL(`t${shard}.${hash}.json`, this.folder));
      loading.catch(() => this.shards.delete(shard));
      this.shards.set(shard, loading);
    }
    return (await this.shards.get(shard))[term - this.shardFirsts[shard]];
  }

  /** What a result shows of an entry, but its text: page title, heading and link. */
  async entry(entry) {
    const page = this.pageOf(entry);
    const [title, url, entries] = this.inlinePages ? this.inlinePages[page] : await this.file(this.pageFiles, 'p', page);
    const [heading, anchor] = entries[entry - this.pageStarts[page]];
    return { entry, title, heading, href: anchor ? `${url}#${anchor}` : url };
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

// ---- Querying --------------------------------------------------------------------------------

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

/** The query's words: folded, their tokens, and whether the last one is still being typed. */
function analyse(query) {
  const typingLast = !/\s$/.test(query);
  const all = words(query);
  return all
    .map((word, i) => ({ word, token: token(word), typing: typingLast && i === all.length - 1 }))
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
    // Stems are spelt the American way: "paed" completes to "pediatr".
    const prefixes = new Set([q.word, ASCII_WORD.test(q.word) ? foldSpelling(q.word) : q.word]);
    const completions = [];
    for (const prefix of prefixes) {
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

/**
 * The best entries for the words' postings, in arrays as long as the index has entries: a common word
 * of a large handbook is in tens of thousands of them, and arrays score those several times faster than maps.
 */
function rank(index, lists, limit) {
  const n = index.entryCount;
  const literal = new Float64Array(n);
  const concepts = new Float64Array(n);
  const total = new Float64Array(n);
  const words = new Uint8Array(n);
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
  const better = (x, y) => x.score > y.score || (x.score === y.score && x.entry < y.entry);
  for (const entry of found) {
    const r = { entry, score: total[entry] * (words[entry] / lists.length) ** 2 };
    if (top.length === limit && !better(r, top[top.length - 1])) continue;
    let at = top.length;
    while (at > 0 && better(r, top[at - 1])) at--;
    top.splice(at, 0, r);
    if (top.length > limit) top.pop();
  }
  return top;
}

/**
 * Ranked results: each entry's best match per query word, summed, favouring entries that match every
 * word. Null when the query was overtaken (isCurrent() turned false) before its results were made:
 * a keystroke's work stops once the next one has come, and fetches no headings for a list never shown.
 */
async function runQuery(index, query, limit, isCurrent = () => true) {
  const analysed = analyse(query);
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

// ---- Showing results -------------------------------------------------------------------------
// Everything shown is built with textContent: index text never becomes markup.

const SNIPPET_WORDS = 24;
const SNIPPET_DELAY = 250;
const SPAN = /[\p{L}\p{Nd}\p{Mc}\p{Me}\p{Mn}'\u2018\u2019\u02BC]+/gu;

function element(name, attributes = {}, ...children) {
  const node = document.createElement(name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, value);
  node.append(...children);
  return node;
}

function isMatch(span, highlight) {
  return tokens(span).some((t) => highlight.has(t));
}

/** The text with matched words in <mark>, cut to the stretch with the most matches. */
function marked(text, highlight, limit) {
  const spans = [...text.matchAll(SPAN)].map((m) => ({ start: m.index, end: m.index + m[0].length, hit: isMatch(m[0], highlight) }));
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
function where(result, found) {
  const node = element('span', { class: 'search-result__where' });
  if (result.heading) {
    node.append(element('span', { class: 'search-result__page' }, result.title), ' › ', ...marked(result.heading, found.highlight));
  } else {
    node.append(...marked(result.title, found.highlight));
  }
  return node;
}

/**
 * Fills each result's snippet: at once when the text is at hand; otherwise once typing pauses, so
 * the texts of results that a next keystroke replaces are never fetched.
 */
async function fillSnippets(found, snippets, isCurrent) {
  const { index, results } = found;
  const fill = () => results.forEach((result, i) => {
    const text = index.textNow(result.entry);
    if (text !== null) snippets[i].replaceChildren(...marked(text, found.highlight, SNIPPET_WORDS));
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

function countText(n) {
  return n === 1 ? '1 result' : `${n} results`;
}

function quoted(query) {
  return `“${query.trim()}”`;
}

const BROWSE_TEXT = 'Browse the handbook A to Z';

// ---- The search box in the header: an ARIA 1.2 combobox ----------------------------------------

const COMBOBOX_RESULTS = 8;
const PAGE_RESULTS = 50;
const ANNOUNCE_DELAY = 500;

class SearchCombobox {
  constructor(form) {
    this.form = form;
    this.input = form.querySelector('input[type="search"]');
    this.status = form.querySelector('[data-search-status]');
    this.options = [];
    this.active = -1;
    this.sequence = 0;
    const id = this.input.id;
    this.message = element('p', { class: 'site-search__message', id: `${id}-message` });
    this.listbox = element('ul', { class: 'site-search__results', id: `${id}-listbox`, role: 'listbox', 'aria-label': 'Search results' });
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
    this.all.textContent = some ? `See all results for ${quoted(query)}` : BROWSE_TEXT;
    this.all.hidden = !query.trim();
    let announcement = '';
    if (found === null && query.trim()) {
      this.message.textContent = 'Search is not available just now. Try the A to Z of the handbook instead.';
      announcement = this.message.textContent;
    } else if (found && found.results.length === 0) {
      this.message.textContent = `No results for ${quoted(query)}.`;
      announcement = this.message.textContent;
      if (found.suggestions.length) {
        this.message.append(' Did you mean:');
        announcement += ` Did you mean ${found.suggestions.join(' or ')}?`;
        for (const name of found.suggestions) this.addOption({ text: name, query: name }, element('span', { class: 'search-result__where' }, name));
      }
      announcement += ' Or browse the handbook A to Z.';
    } else if (found) {
      const snippets = found.results.map(() => element('span', { class: 'search-result__snippet' }));
      found.results.forEach((result, i) => this.addOption({ href: result.href }, where(result, found), snippets[i]));
      const sequence = this.sequence;
      fillSnippets(found, snippets, () => sequence === this.sequence);
      announcement = `${countText(found.results.length)}. Use the up and down arrows to choose one.`;
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

// ---- The /search/ page: full results under the form, for ?q= and as you type --------------------

class SearchPage {
  constructor(form) {
    this.form = form;
    this.input = form.querySelector('input[type="search"]');
    this.status = form.querySelector('[data-search-status]');
    this.list = document.querySelector('[data-search-results]');
    this.sequence = 0;
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
    // The A to Z below the form always works: every answer but a list of results points to it.
    // Only its fragment: the query stays in the address, and the page is not loaded again.
    const browse = () => element('a', { href: new URL(this.form.dataset.searchBrowse, document.baseURI).hash }, 'the A to Z below');
    if (found === null) {
      this.status.replaceChildren('Search is not available just now. Browse ', browse(), ' instead.');
    } else if (found.results.length === 0) {
      this.status.textContent = `No results for ${quoted(query)}.`;
      if (found.suggestions.length) {
        const links = found.suggestions.flatMap((name, i) => [
          i ? ', ' : '', element('a', { href: `${this.form.getAttribute('action')}?q=${encodeURIComponent(name)}` }, name),
        ]);
        this.status.append(' Did you mean ', ...links, '?');
      }
      this.status.append(' Or browse ', browse(), '.');
    } else {
      this.status.textContent = `${countText(found.results.length)} for ${quoted(query)}`;
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

// ---- Start ----------------------------------------------------------------------------------

function start() {
  for (const form of document.querySelectorAll('form[data-search-index]')) {
    if (!form.querySelector('input[type="search"]')) continue;
    if (form.dataset.searchMode === 'page') new SearchPage(form);
    else new SearchCombobox(form);
  }
}

if (typeof document !== 'undefined') start();
