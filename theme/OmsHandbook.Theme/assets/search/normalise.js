// Search's normaliser: text to the tokens the index was built from, the twin of src/OmsHandbook/Search.
import {
  STOP_WORDS, SPECIAL_LETTERS, SPELLING_WORDS, OUR_ENDINGS, ENDINGS, STEP2, STEP3, STEP4,
  ES_STOP_WORDS,
} from './constants.js';
import { stemSpanish } from './spanish.js';

// The tables come from the C# side (constants.js is written by the build); the rules that use them
// are written on both sides, and tests/search-vectors.json holds both to the same outputs.
const SPECIAL_PATTERN = new RegExp(`[${Object.keys(SPECIAL_LETTERS).join('')}]`, 'g');
const MARKS = /\p{Mn}/gu;
const APOSTROPHES = /['\u2018\u2019\u02BC]/g;
const WORD = /[\p{L}\p{Nd}\p{Mc}\p{Me}]+/gu;
export const ASCII_WORD = /^[a-z]+$/;

/** Lower-case, accents and special letters folded: "Café" -> "cafe". */
export function fold(text) {
  // Decompose first, so a capital with a mark ("İ", "É") lower-cases to its plain letter plus a mark we drop.
  return text.normalize('NFKD').toLowerCase().replace(MARKS, '').replace(SPECIAL_PATTERN, (c) => SPECIAL_LETTERS[c]);
}

/** The folded words of a text: runs of letters and digits; apostrophes vanish ("child's" -> "childs"). */
export function words(text) {
  return fold(text).replace(APOSTROPHES, '').match(WORD) || [];
}

/**
 * One language's rules (the twin of SearchLanguage and SearchNormaliser): its stop words, how it stems a
 * folded a–z word, and the spellings a word still being typed may begin an index term with.
 */
function languageRules(name, stopWords, stemWord, prefixes) {
  const tokenOf = (word) => {
    if (stopWords.has(word)) return null;
    return ASCII_WORD.test(word) ? stemWord(word) : word;
  };
  return {
    name,
    /** One folded word as a token, or null for a stop word. */
    token: tokenOf,
    /** Text to search tokens, exactly as the index was built. */
    tokens: (text) => {
      const result = [];
      for (const word of words(text)) {
        const t = tokenOf(word);
        if (t !== null) result.push(t);
      }
      return result;
    },
    prefixes,
  };
}

// Index terms are spelt the American way, so a British word being typed completes to them too: "paed" to "pediatr".
const ENGLISH = languageRules('en', STOP_WORDS, (word) => stem(foldSpelling(word)), (word) => [...new Set([word, ASCII_WORD.test(word) ? foldSpelling(word) : word])]);
const SPANISH = languageRules('es', ES_STOP_WORDS, (word) => stemSpanish(word), (word) => [word]);

/**
 * The rules for the language an index names ("language" in its first file), picked as SearchLanguage.For
 * picks them in C#: by the tag's primary subtag, English for none or any other.
 */
export function normaliser(language) {
  const primary = String(language ?? '').split(/[-_]/)[0].toLowerCase();
  return primary === SPANISH.name ? SPANISH : ENGLISH;
}

/** One folded word as an English token, or null for an English stop word. */
export function token(word) {
  return ENGLISH.token(word);
}

/** Text to English search tokens. */
export function tokens(text) {
  return ENGLISH.tokens(text);
}

// British spellings folded onto American ones: tumour -> tumor, paediatric -> pediatric.
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
