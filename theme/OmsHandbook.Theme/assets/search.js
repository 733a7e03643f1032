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
