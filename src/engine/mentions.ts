import { isSpeechVerb } from './cues.ts';
import { firstNameGender, isCommonWord, isRoleNoun, isStopCap, isTitle, lexTag } from './people.ts';
import type { Token } from './tokens.ts';

/** A stretch of tokens `[from, to]` (inclusive) that names a speaker. */
export interface MentionRange {
  from: number;
  to: number;
}

const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'who']);

const SKIPPABLE = new Set(
  `also later then previously recently repeatedly once again further has have had will would could might
  may reportedly publicly privately simply just often frequently never earlier ultimately finally quickly
  immediately subsequently flatly bluntly even still first initially last already has not since`.split(/\s+/),
);

/** Time words between a speaker and the cue (`Priebus later Thursday told`). */
const TIME_WORDS =
  /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|morning|night|afternoon|evening|tonight)$/;

const PREPOSITIONS = new Set([
  'in',
  'on',
  'at',
  'for',
  'with',
  'from',
  'during',
  'after',
  'before',
  'about',
  'over',
  'of',
  'to',
  'by',
  'into',
]);

const DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'his',
  'her',
  'its',
  'their',
  'our',
  'this',
  'that',
  'these',
  'those',
]);

/** Lower-case words that never end a noun phrase naming a speaker. */
const NOT_NOUNS = new Set(
  `is was are were be been being has have had do does did to of in on at by for with from as and or but that
  which who whom this these those it he she they we i you him her them us me not no what when where while than
  then there here if so also just only about into over after before because during since until against
  between among through without within would will could should might may must can a an the its his their our
  your my one some many much more most all any each every both such very too`.split(/\s+/),
);

export function isPunct(token: Token | undefined, chars: string): boolean {
  return token !== undefined && !token.word && chars.includes(token.text);
}

/** A name-like token: capitalised word, not a hashtag or handle. */
export function isCapWord(token: Token | undefined): boolean {
  return token?.word === true && token.cap && !/^[#@]/.test(token.text);
}

/** Lower-case words inside names (`Bill de Blasio`, `Ludwig van Beethoven`). */
export const PARTICLES = new Set([
  'de',
  'da',
  'van',
  'von',
  'bin',
  'al',
  'del',
  'la',
  'le',
  'di',
  'der',
  'den',
  'ibn',
  'el',
]);

/** Extends a run of capitalised tokens backwards from `end`, through `of`/particles between names. */
/** Company suffixes: a name ending in one may contain `'s` and `and` (`Standard and Poor's Corp`). */
export const CORPORATE_SUFFIX = /^(inc|corp|co|ltd|plc|llc|ag|company|stores|group|holdings|industries)\.?$/;

function capRunBack(tokens: Token[], end: number, lo: number): number {
  let start = end;
  const corporate = CORPORATE_SUFFIX.test((tokens[end] as Token).lower);
  while (start - 1 >= lo) {
    const prev = tokens[start - 1];
    if (isCapWord(prev)) start--;
    else if (
      corporate &&
      prev &&
      (prev.lower === "'s" || prev.lower === 'and' || prev.text === '&') &&
      isCapWord(tokens[start - 2]) &&
      start - 2 >= lo
    )
      start -= 2;
    else if (
      prev &&
      (prev.lower === 'of' || PARTICLES.has(prev.lower)) &&
      isCapWord(tokens[start - 2]) &&
      start - 2 >= lo
    )
      start -= 2;
    else break;
  }
  // Sentence-initial words such as `But` or `The` are not part of the name; `The` stays in the mention.
  while (start < end && isStopCap((tokens[start] as Token).lower)) start++;
  if (start === end && isStopCap((tokens[start] as Token).lower)) return end + 1;
  if (start > lo && (tokens[start - 1] as Token).lower === 'the') start--;
  return start;
}

/** `Ohio State University professor Paul Beck`: a run, role words, and the name they lead to. */
function extendOverRole(tokens: Token[], end: number, hi: number): number {
  // `Carroll McEntee and McGinley analyst Brian Singer`: a firm named with "and", then its person.
  const joined = tokens[end + 1];
  if (
    joined &&
    (joined.lower === 'and' || joined.text === '&') &&
    isCapWord(tokens[end + 2]) &&
    end + 2 <= hi
  ) {
    const firm = capRunForward(tokens, end + 2, hi);
    const person = extendOverRole(tokens, firm, hi);
    if (person > firm) return person;
  }
  let k = end + 1;
  // `Clinton's top foreign policy aide Jake Sullivan`, `Cruz constituent Dan Golvach`.
  while (k <= hi && k - end <= 5) {
    const w = tokens[k] as Token;
    const modifier =
      w.lower === "'s" ||
      (w.word &&
        !w.cap &&
        !NOT_NOUNS.has(w.lower) &&
        !isSpeechVerb(w.lower) &&
        !/PastTense|PresentTense/.test(lexTag(w.lower)));
    if (!modifier) break;
    k++;
  }
  const lastModifier = tokens[k - 1] as Token;
  if (k > end + 1 && k <= hi && isCapWord(tokens[k]) && lastModifier.lower !== "'s")
    return capRunForward(tokens, k, hi);
  // `NBC's Dante Chinni`: an owner, then a person's full name (two capitalised words, the first no common word).
  if (k === end + 2 && lastModifier.lower === "'s" && isCapWord(tokens[k]) && isCapWord(tokens[k + 1])) {
    const first = tokens[k] as Token;
    const runEnd = capRunForward(tokens, k, hi);
    if (
      runEnd - k === 1 &&
      (firstNameGender(first.lower) !== undefined ||
        (!isCommonWord(first.lower) && !isTitle(first.lower) && !isStopCap(first.lower)))
    )
      return runEnd;
  }
  return end;
}

function capRunForward(tokens: Token[], start: number, hi: number): number {
  let end = start;
  while (end + 1 <= hi) {
    const next = tokens[end + 1];
    if (isCapWord(next)) end++;
    else if (
      next &&
      (next.lower === 'of' || PARTICLES.has(next.lower)) &&
      isCapWord(tokens[end + 2]) &&
      end + 2 <= hi
    )
      end += 2;
    else break;
  }
  return end;
}

/** The speaker named just before a cue at `cue` (`Jen Paski said`, `the senator said`, `X, a spokesman, said`). */
export function mentionBefore(tokens: Token[], cue: number, lo: number): MentionRange | null {
  let j = cue - 1;
  while (
    j >= lo &&
    (SKIPPABLE.has((tokens[j] as Token).lower) ||
      /^[a-z]+ly$/.test((tokens[j] as Token).text) ||
      TIME_WORDS.test((tokens[j] as Token).lower))
  )
    j--;
  j = skipParenthesis(tokens, j, lo);
  if (j < lo) return null;
  const t = tokens[j] as Token;
  if (PRONOUNS.has(t.lower)) {
    // `Smith, who said …`: the speaker is the name before the relative pronoun.
    if (t.lower === 'who' && isPunct(tokens[j - 1], ',') && j - 2 >= lo) {
      const named = mentionBefore(tokens, j - 1, lo);
      return named ?? { from: j, to: j };
    }
    return { from: j, to: j };
  }
  if (isPunct(t, ',') && isPunct(tokens[j - 1], ')')) {
    const at = skipParenthesis(tokens, j - 1, lo);
    if (at >= lo && isCapWord(tokens[at])) return { from: capRunBack(tokens, at, lo), to: at };
  }
  if (isPunct(t, ',')) {
    // Apposition between the name and the cue: `Jen Paski, a State Department spokeswoman, said`.
    for (let k = skipParenthesis(tokens, j - 1, lo); k >= Math.max(lo, j - 30); k--) {
      const tk = tokens[k] as Token;
      if (!tk.word && !",.-'’".includes(tk.text)) return null;
      if (isPunct(tk, ',')) {
        const at = skipParenthesis(tokens, k - 1, lo);
        const before = tokens[at];
        if (at !== k - 1 && before && isCapWord(before)) return { from: capRunBack(tokens, at, lo), to: at };
        if (k - 1 >= lo && before && (isCapWord(before) || PRONOUNS.has(before.lower))) {
          if (PRONOUNS.has(before.lower)) return { from: k - 1, to: k - 1 };
          const from = capRunBack(tokens, k - 1, lo);
          // `Dean Johnson, a salesman from Sumter, South Carolina, says`: a place inside the apposition
          // (after `from`, `of`, `the`) is not the speaker; look further back.
          const lead = tokens[from - 1]?.lower ?? '';
          if (
            from - 1 >= lo &&
            (PREPOSITIONS.has(lead) || DETERMINERS.has(lead) || isPunct(tokens[from - 1], ','))
          ) {
            const further = tokens.slice(Math.max(lo, j - 30), from).some((w) => isPunct(w, ','));
            if (further) continue;
          }
          return { from, to: k - 1 };
        }
        // `Another critic, Laurence H. Tribe, likened`: the name is the apposition itself.
        const inner = tokens.slice(k + 1, j);
        if (inner.length > 0 && inner.every((w) => isCapWord(w) || isPunct(w, '.')))
          return { from: k + 1, to: j - 1 };
        // `Marley Anderson, 21, a junior from Las Vegas, said`: an age between commas; keep looking back.
        if (before && /^\d+$/.test(before.text) && isPunct(tokens[k - 2], ',')) continue;
        return null;
      }
    }
    return null;
  }
  if (isCapWord(t)) {
    const from = capRunBack(tokens, j, lo);
    if (from > j) return null;
    return { from, to: j };
  }
  if (t.word && !NOT_NOUNS.has(t.lower) && /^[a-z]|^\d+-[a-z]/.test(t.text)) {
    // A common-noun phrase: `the spokeswoman`, `a senior official`, `officials`, `the State Department`.
    let k = j;
    while (k - 1 >= lo && j - k < 5) {
      const prev = tokens[k - 1] as Token;
      if (DETERMINERS.has(prev.lower)) {
        // `Beck, who has in the past described`: a prepositional phrase, not the subject.
        if (PREPOSITIONS.has(tokens[k - 2]?.lower ?? '') && k - 2 > lo)
          return mentionBefore(tokens, k - 2, lo);
        return { from: k - 1, to: j };
      }
      if (prev.lower === "'s" && isCapWord(tokens[k - 2]) && k - 2 >= lo)
        return { from: capRunBack(tokens, k - 2, lo), to: j };
      if (!prev.word || (NOT_NOUNS.has(prev.lower) && prev.lower !== 'of') || /^[#@]/.test(prev.text)) break;
      // `the 34-year-old mother of three`: `of` inside a noun phrase that a determiner opens further back.
      if (
        prev.lower === 'of' &&
        (k - 2 < lo || !tokens[k - 2]?.word || NOT_NOUNS.has(tokens[k - 2]?.lower ?? ''))
      )
        break;
      k--;
    }
    if (t.lower.endsWith('s') || isTitle(t.lower) || isRoleNoun(t.lower)) return { from: k, to: j };
    // `one P&G Amiens employee told`: a noun phrase with a name in it.
    if (k < j && tokens.slice(k, j).some((w) => isCapWord(w))) {
      const before = tokens[k - 1];
      return { from: before && (before.lower === 'one' || before.lower === 'another') ? k - 1 : k, to: j };
    }
    return null;
  }
  return null;
}

/** Steps back over a parenthesis ending at `j` (`Gov. John Kasich (R-OH)`), returning the token before it. */
function skipParenthesis(tokens: Token[], j: number, lo: number): number {
  // `(R-Ohio)`, and the wire's ticker symbols: `Amoco Corp <AN> said`.
  const open = isPunct(tokens[j], ')') ? '(' : isPunct(tokens[j], '>') ? '<' : null;
  if (!open) return j;
  for (let k = j - 1; k >= Math.max(lo, j - 12); k--) if (isPunct(tokens[k], open)) return k - 1;
  return j;
}

/** The speaker named just after an inverted cue (`said Jen Paski`, `said the spokeswoman`). */
export function mentionAfter(tokens: Token[], at: number, hi: number): MentionRange | null {
  const t = tokens[at];
  if (!t || at > hi) return null;
  if (t.lower === 'he' || t.lower === 'she' || t.lower === 'they') return { from: at, to: at };
  if (isCapWord(t) && !isStopCap(t.lower))
    return { from: at, to: extendOverRole(tokens, capRunForward(tokens, at, hi), hi) };
  // `said panel Chairman Jason Chaffetz`, `said former senator Jim Webb`: role words, then the name.
  for (let k = at; k <= hi && k - at < 6; k++) {
    const w = tokens[k] as Token;
    if (isCapWord(w) && k > at) return { from: at, to: capRunForward(tokens, k, hi) };
    const modifier = w.word ? /^[a-z0-9]/.test(w.text) && !NOT_NOUNS.has(w.lower) : /^[/-]$/.test(w.text);
    if (!modifier) break;
  }
  if (
    (DETERMINERS.has(t.lower) || t.lower === 'one' || t.lower === 'another') &&
    t.lower !== 'that' &&
    t.lower !== 'this'
  ) {
    let end = at;
    while (end + 1 <= hi && end - at < 5) {
      const next = tokens[end + 1] as Token;
      if (!next.word || NOT_NOUNS.has(next.lower)) break;
      end++;
    }
    // A capitalised run after `the` goes on as a whole: `the State Department`.
    if (end > at && isCapWord(tokens[end])) end = capRunForward(tokens, end, hi);
    return end > at ? { from: at, to: end } : null;
  }
  return null;
}

const INTRO_WORDS = new Set(
  `on in at after before during for with despite as while when since by under over although though if in
  speaking asked earlier later meanwhile however still yet but and so monday tuesday wednesday thursday
  friday saturday sunday last`.split(/\s+/),
);

/** The subject at the start of a sentence (`The United States on Monday ruled …`), skipping an opening phrase. */
export function sentenceSubject(
  tokens: Token[],
  from: number,
  to: number,
  quoted: (index: number) => boolean = () => false,
): MentionRange | null {
  let i = from;
  while (i <= to && (!(tokens[i] as Token).word || quoted(i))) i++;
  if (i > to) return null;
  const opener = tokens[i] as Token;
  // `Continuing to explain …, Carson said`: an opening participle phrase is not the subject.
  const participial =
    /^[A-Z][a-z]+(ing|ed)$/.test(opener.text) && isCommonWord(opener.lower) && !tokens[i + 1]?.cap;
  // `Recently, Herman Cain …`: an opening adverb and its comma.
  const adverb =
    /^[a-z]{3,}ly$/.test(opener.lower) && lexTag(opener.lower) === '' && isPunct(tokens[i + 1], ',');
  // `And North Carolina's Ada Fisher, one of …, said`: a conjunction alone opens nothing.
  if (
    /^(and|but|so|yet|or)$/.test(opener.lower) &&
    isCapWord(tokens[i + 1]) &&
    !INTRO_WORDS.has((tokens[i + 1] as Token).lower)
  )
    return sentenceSubject(tokens, i + 1, to, quoted);
  if (INTRO_WORDS.has(opener.lower) || participial || adverb) {
    let k = i;
    while (k <= to && k - i < 24 && !isPunct(tokens[k], ',')) k++;
    if (k <= to && isPunct(tokens[k], ',')) i = k + 1;
    else if (/^(and|but|so|yet|or)$/.test(opener.lower)) i++;
    while (i <= to && !(tokens[i] as Token).word) i++;
    // `Speaking in Salem, New Hampshire, Trump …`: a place after the comma still belongs to the opening.
    let run = i;
    while (run <= to && isCapWord(tokens[run])) run++;
    if (run > i && isPunct(tokens[run], ',') && isCapWord(tokens[run + 1])) i = run + 1;
  }
  const t = tokens[i];
  if (!t || i > to || quoted(i)) return null;
  // `Eight years later, Obama is …`: an opening phrase the word lists do not know ends at its comma.
  if (i === from || !isPunct(tokens[i - 1], ',')) {
    for (let k = i + 1; k <= to && k - i <= 10; k++) {
      const w = tokens[k] as Token;
      if (isPunct(w, ',')) {
        const namesInside = tokens.slice(i + 1, k).some((n) => isCapWord(n));
        const startsPlainly =
          namesInside ||
          PRONOUNS.has(t.lower) ||
          DETERMINERS.has(t.lower) ||
          (isCapWord(t) && !isCommonWord(t.lower));
        if (!startsPlainly) return sentenceSubject(tokens, k + 1, to, quoted);
        break;
      }
      if (!w.word) break;
    }
  }
  if (PRONOUNS.has(t.lower) && t.lower !== 'who' && t.lower !== 'you') return { from: i, to: i };
  if (DETERMINERS.has(t.lower) && tokens[i + 1]?.word && !tokens[i + 1]?.cap) {
    // `The retired neurosurgeon has …`, `The council voted …`: words up to the verb.
    let end = i;
    while (end + 1 <= to && end - i < 5) {
      const next = tokens[end + 1] as Token;
      if (!next.word || next.cap || NOT_NOUNS.has(next.lower) || quoted(end + 1)) break;
      if (
        end > i &&
        (isSpeechVerb(next.lower) ||
          /PastTense|PresentTense/.test(lexTag(next.lower)) ||
          /(ed|ly)$/.test(next.lower))
      )
        break;
      end++;
    }
    return end > i ? { from: i, to: end } : null;
  }
  let start = i;
  if (t.lower === 'the' && isCapWord(tokens[i + 1])) start = i + 1;
  if (!isCapWord(tokens[start])) return null;
  while (start <= to && isStopCap((tokens[start] as Token).lower) && (tokens[start] as Token).lower !== 'the')
    start++;
  // A capitalised first word that is an ordinary word (`Following`, `Once`) is not a name; after `The` it may be.
  if (start === i)
    while (start <= to && isCapWord(tokens[start]) && isCommonWord((tokens[start] as Token).lower)) start++;
  if (!isCapWord(tokens[start]) || isStopCap((tokens[start] as Token).lower) || start > to) return null;
  let end = extendOverRole(tokens, capRunForward(tokens, start, to), to);
  if (end > to) return null;
  // `The Republican nominee said`: after `The`, the capitals may be modifiers of a common noun.
  if (t.lower === 'the') {
    let k = end;
    while (k + 1 <= to && k - end < 3) {
      const next = tokens[k + 1] as Token;
      if (!next.word || next.cap || NOT_NOUNS.has(next.lower) || isSpeechVerb(next.lower)) break;
      if (/PastTense|PresentTense|Adverb/.test(lexTag(next.lower)) || /(ed|ly)$/.test(next.lower)) break;
      k++;
    }
    end = k;
  }
  // A title or possessive run (`Iran's Supreme Leader`) is still the subject phrase.
  return { from: i, to: end };
}
