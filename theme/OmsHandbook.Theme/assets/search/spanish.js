// The Spanish stemmer (Snowball's Spanish algorithm, on accent-folded words), the twin of
// src/OmsHandbook/Search/SpanishStemmer.cs. Only a Spanish edition's script carries it: an English
// edition's build puts a stand-in in its place (Pipeline/AssembleStage.cs), as its index is never Spanish.
import {
  ES_VOWELS, ES_PRONOUNS, ES_PRONOUN_HOSTS, ES_STEP1, ES_STEP2A, ES_STEP2B_AFTER_GU, ES_STEP2B, ES_STEP3,
} from './constants.js';

// The Snowball Spanish stemmer on a folded word, the twin of SpanishStemmer.cs: the endings the algorithm
// spells with an accent cannot occur once folded and are not in the tables (SpanishStemmer.cs says why).
const isSpanishVowel = (c) => ES_VOWELS.includes(c);

/** The position after the first letter from `start` that passes, or the word's length. */
function positionAfter(word, start, passes) {
  for (let i = start; i < word.length; i++) if (passes(word[i])) return i + 1;
  return word.length;
}

/** R1 from 0, or R2 from R1: after the first consonant that follows a vowel. */
function regionAfter(word, start) {
  const vowel = positionAfter(word, start, isSpanishVowel);
  return vowel >= word.length ? word.length : positionAfter(word, vowel, (c) => !isSpanishVowel(c));
}

/** RV: after the next vowel when the second letter is a consonant; after the next consonant when the first two are vowels; else after the third letter. */
function regionV(word) {
  if (word.length < 2) return word.length;
  if (!isSpanishVowel(word[1])) return positionAfter(word, 2, isSpanishVowel);
  return isSpanishVowel(word[0]) ? positionAfter(word, 2, (c) => !isSpanishVowel(c)) : Math.min(3, word.length);
}

/** The longest of the endings the word has that starts at or after `from`, or null. */
function longestEnding(word, endings, from) {
  let best = null;
  for (const ending of endings) {
    if (word.length - ending.length >= from && word.endsWith(ending) && (best === null || ending.length > best.length)) best = ending;
  }
  return best;
}

const withoutEnding = (word, ending) => word.slice(0, word.length - ending.length);

/** Step 0: a pronoun joined to a verb ending in RV; after "yendo" only when a "u" comes before. */
function attachedPronoun(word, rv) {
  const pronoun = longestEnding(word, ES_PRONOUNS, 0);
  if (pronoun === null) return word;
  const before = withoutEnding(word, pronoun);
  const host = longestEnding(before, ES_PRONOUN_HOSTS, 0);
  if (host === null || before.length - host.length < rv) return word;
  return host === 'yendo' && !before.endsWith('uyendo') ? word : before;
}

/** Step 1: the word with a standard suffix dealt with, or null when it removed nothing. */
function standardSuffix(word, r1, r2) {
  // The longest ending decides, even where its region rules it out: "amente" outside R1 is not tried as "mente".
  let suffix = '';
  let rule = null;
  for (const candidate of ES_STEP1) {
    const found = longestEnding(word, candidate[0], 0);
    if (found !== null && found.length > suffix.length) [suffix, rule] = [found, candidate];
  }
  if (rule === null) return null;
  const [, region, replacement, then] = rule;
  if (word.length - suffix.length < (region === 1 ? r1 : r2)) return null;
  let stem = withoutEnding(word, suffix);
  for (const chain of [...then].sort((x, y) => y[0].length - x[0].length)) {
    if (!stem.endsWith(chain[0])) continue;
    // A chain stops at its first ending that is missing or starts before R2 ("iv" then "at").
    for (const before of chain) {
      if (!stem.endsWith(before) || stem.length - before.length < r2) break;
      stem = withoutEnding(stem, before);
    }
    break;
  }
  return stem + replacement;
}

/** Step 2a: the word without a y-verb ending in RV after "u", or null. */
function yVerbSuffix(word, rv) {
  const suffix = longestEnding(word, ES_STEP2A, rv);
  return suffix !== null && withoutEnding(word, suffix).endsWith('u') ? withoutEnding(word, suffix) : null;
}

/** Step 2b: the word without its verb ending in RV (and the "u" of a "gu" before "en", "es", "emos"), or null. */
function verbSuffix(word, rv) {
  const afterGu = longestEnding(word, ES_STEP2B_AFTER_GU, rv);
  const other = longestEnding(word, ES_STEP2B, rv);
  if (afterGu === null && other === null) return null;
  if (other === null || (afterGu !== null && afterGu.length > other.length)) {
    const stem = withoutEnding(word, afterGu);
    return stem.endsWith('gu') ? stem.slice(0, -1) : stem;
  }
  return withoutEnding(word, other);
}

/** Step 3: a residual ending in RV; after "e", also the "u" of a "gu" when that u is in RV. */
function residualSuffix(word, rv) {
  const suffix = longestEnding(word, ES_STEP3, 0);
  if (suffix === null || word.length - suffix.length < rv) return word;
  const stem = withoutEnding(word, suffix);
  return suffix === 'e' && stem.endsWith('gu') && stem.length - 1 >= rv ? stem.slice(0, -1) : stem;
}

/** Stems one lower-case a–z Spanish word. */
export function stemSpanish(word) {
  const rv = regionV(word);
  const r1 = regionAfter(word, 0);
  const r2 = regionAfter(word, r1);
  let stem = attachedPronoun(word, rv);
  stem = standardSuffix(stem, r1, r2) ?? yVerbSuffix(stem, rv) ?? verbSuffix(stem, rv) ?? stem;
  return residualSuffix(stem, rv);
}
