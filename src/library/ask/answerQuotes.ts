/**
 * Quotes questions: "what did X say (about Y)", "quotes from X in <month>", and "who said '…'" (the
 * quote is found by its words; the answer names its speaker).
 */

import { countryByDemonym, countryByName } from '../../engine/countries.ts';
import { relatedRoots } from '../../engine/related.ts';
import type { Quote, Story } from '../../engine/types.ts';
import { isStopword, root } from '../../engine/words.ts';
import type { DateRange } from '../dateRange.ts';
import { findQuotes, paragraphOf, quoteWithFrame } from '../queries/quotes.ts';
import type { AskResult, QuotesResult, StoryRef } from '../results.ts';
import type { StorySnapshot } from '../snapshot.ts';
import { resolveSpeaker } from '../speakers.ts';
import { normalizeName, terms } from '../text.ts';
import { queryTermIds, searchText } from '../textIndex.ts';
import { findPerson, nameNear } from './answerFact.ts';
import { findAnswerSentences, questionTerms } from './findAnswer.ts';
import type { ParsedQuestion } from './parseQuestion.ts';
import { perQuestionBy } from './perQuestion.ts';
import { chooseAmong, quickSpeaker, quoteCountOf } from './resolveNames.ts';
import { sentencesOf } from './sentences.ts';
import {
  blockQuote,
  citation,
  clip,
  clipToTopic,
  fitLines,
  groupByStory,
  groupedLines,
  listWords,
  readableRange,
  refOf,
  SUGGESTIONS,
  storyLabel,
} from './wording.ts';

/** Speaker's quotes answers saying none of them is on the topic asked (known by identity, not wording). */
const offTopicAnswers = new WeakSet<AskResult>();
/** Speaker's quotes answers asking which of several speakers of the name is meant. */
const whichSpeakerAnswers = new WeakSet<AskResult>();

function marked(set: WeakSet<AskResult>, result: AskResult): AskResult {
  set.add(result);
  return result;
}

/** Whether a speaker's quotes answer says none of the speaker's quotes is on the topic asked. */
export function saysNoQuotesOnTopic(result: AskResult): boolean {
  return offTopicAnswers.has(result);
}

/** Quotes shown in one answer: a few, newest or most on-topic first. */
const SHOWN = 5;
/** Quotes on a topic looked at to pick the closest few. */
const TOPIC_POOL = 40;
/** Stories whose quotes are searched for a phrase (phrases of common words rank stories poorly). */
const PHRASE_STORIES = 200;
/** Stories whose sentences are searched for the phrase when no quote holds it. */
const SENTENCE_STORIES = 30;

/** A person's role as some story gives it ("U.S. State Department spokeswoman"), newest story first. */
function roleOf(snapshot: StorySnapshot, name: string, storyIndexes: Iterable<number>): string | null {
  const key = normalizeName(name);
  let checked = 0;
  for (const s of storyIndexes) {
    if (++checked > 40) break;
    // The people alone, read from the story's columns: decoding the whole story costs its text.
    if (!Number.isInteger(s) || s < 0 || s >= snapshot.stories.length) continue;
    for (const person of snapshot.stories.peopleAt(s))
      if (person.role && normalizeName(person.name) === key) return person.role;
  }
  return null;
}

/** How a quote reads in an answer: direct words in their quotation marks, reported speech after "said". */
function quoteLine(
  quote: Pick<Quote, 'kind' | 'text'> & { cue?: string | null },
  max = 260,
  about: string | null = null,
): string {
  if (quote.kind !== 'indirect') return clipToTopic(quote.text, max, about);
  // Reported speech continues the answer's sentence: "said that a split …", not "said that A split …".
  const text = clipToTopic(quote.text, max, about).replace(
    /^(A|An|The|But|And|It|Its|There|This|That|These|Those|We|They|He|She|Our|Their)\b/,
    (word) => word.toLowerCase(),
  );
  // Reported speech reads with its own verb ("denies that charge", "acknowledged …"), else "said that".
  const cue = quote.cue?.trim().toLowerCase();
  if (cue && /^[a-z]+$/.test(cue) && cue !== 'said') return `${cue} ${text}`;
  return `said ${/^that\b/i.test(text) ? '' : 'that '}${text}`;
}

/** The cue of a quote found by the library (its result rows carry no cue): looked up by its span. */
function cueOf(snapshot: StorySnapshot, id: string, span: readonly [number, number]): string | null {
  const story = snapshot.stories.at(snapshot.byId.get(id) ?? -1);
  return story?.quotes.find((q) => q.span[0] === span[0] && q.span[1] === span[1])?.cue ?? null;
}

function speakerStories(snapshot: StorySnapshot, name: string): number[] {
  const match = resolveSpeaker(snapshot.speakers, name);
  if (match.kind !== 'found') return [];
  const out: number[] = [];
  for (let i = 0; i < match.entry.quotes.length && out.length < 40; i += 2) out.push(match.entry.quotes[i]!);
  return out;
}

// Short names of the United States that the index drops as a stopword ("us") or writes otherwise.
const US = /^(?:the\s+)?(?:us|u\.s\.?|usa|u\.s\.a\.?|america|united states)$/i;

/** The United States as quotes name it. */
const US_IN_TEXT = /\b(?:U\.S\.?(?=\W|$)|US\b|USA\b|America|United States|Washington)/;

/** The topic as the index can search it, or null when none of its words are searchable. */
function searchableAbout(snapshot: StorySnapshot, about: string | null): string | null {
  if (!about) return null;
  const text = US.test(about.trim()) ? 'United States American America Washington' : about;
  return queryTermIds(snapshot.text, text).ids.length > 0 ? text : null;
}

const flatQuotes = new WeakMap<Quote, string>();

/** A quote's words in comparable form, computed once per quote. */
function flatQuote(quote: Quote): string {
  let text = flatQuotes.get(quote);
  if (text === undefined) {
    text = flat(quote.text);
    flatQuotes.set(quote, text);
  }
  return text;
}

/** One line per quote text: a story filed twice, or the same words in two stories, show once. */
function distinctQuotes<T extends { id: string; text: string }>(quotes: T[]): T[] {
  const seen = new Set<string>();
  return quotes.filter((quote) => {
    const key = flat(quote.text);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * A quote found, read with the sentence framing it when it is a fragment (`quoteWithFrame`): once per
 * question, as the quotes are ranked, kept on the topic and shown by it.
 */
const framedText = perQuestionBy((snapshot: StorySnapshot, quote: { id: string; text: string }): string => {
  const at = snapshot.byId.get(quote.id);
  const paragraph = at === undefined ? null : paragraphOf(snapshot.stories.paragraphsAt(at), quote.text);
  return paragraph ? quoteWithFrame(paragraph, quote.text) : quote.text;
});

/**
 * Quotes on a topic re-ranked by the rarity of the topic words each holds, a fragment's with its frame
 * (the story's words count less).
 */
function onTopicFirst(snapshot: StorySnapshot, result: QuotesResult, about: string | null): QuotesResult {
  if (!about || result.results.length < 2) return result;
  const weights = questionTerms(snapshot, about);
  const scored = result.results.map((quote, order) => {
    let score = 0;
    for (const term of new Set(terms(framedText(snapshot, quote)))) score += weights.get(term) ?? 0;
    return { quote, order, score };
  });
  scored.sort((a, b) => b.score - a.score || a.order - b.order);
  return { ...result, results: scored.map((s) => s.quote) };
}

/** The most topic words any one of the results holds. */
function topicFit(result: QuotesResult, about: string): number {
  const wanted = new Set(terms(about));
  let best = 0;
  for (const quote of result.results.slice(0, SHOWN))
    best = Math.max(best, new Set(terms(quote.text).filter((term) => wanted.has(term))).size);
  return best;
}

/** Quotes attributed to a bare surname that several people share, on the topic, best first. */
function bareSurnameQuotes(
  snapshot: StorySnapshot,
  typed: string,
  range: DateRange | null,
  about: string,
): QuotesResult | null {
  const key = normalizeName(typed);
  const directory = snapshot.speakers;
  const entry = (directory.byKey.get(key) ?? [])
    .map((i) => directory.entries[i]!)
    .find((e) => normalizeName(e.name) === key && e.ambiguousWith.length > 0);
  if (!entry) return null;
  const weights = questionTerms(snapshot, about);
  const scored: Array<{ quote: QuotesResult['results'][number]; score: number }> = [];
  for (let i = 0; i < entry.quotes.length; i += 2) {
    const story = snapshot.stories.at(entry.quotes[i]!)!;
    if (range && (!story.date || story.date < range.from || story.date > range.to)) continue;
    const quote = story.quotes[entry.quotes[i + 1]!]!;
    let score = 0;
    for (const term of new Set(terms(quote.text))) score += weights.get(term) ?? 0;
    if (score === 0) continue;
    scored.push({
      quote: { ...refOf(story), kind: quote.kind, text: quote.text, span: quote.span, speaker: entry.name },
      score,
    });
  }
  if (scored.length === 0) return null;
  scored.sort((a, b) => b.score - a.score);
  return {
    speaker: { name: entry.name, aliases: entry.aliases },
    candidates: [],
    total: scored.length,
    results: scored.slice(0, TOPIC_POOL).map((s) => s.quote),
  };
}

export function answerSpeakerQuotes(
  snapshot: StorySnapshot,
  parsed: ParsedQuestion,
  range: DateRange | null,
  now: Date,
): AskResult | null {
  const typed = parsed.speaker!;
  const query = { from: range?.from, to: range?.to, limit: SHOWN };
  const about = searchableAbout(snapshot, parsed.about);
  const exclude = new Set((parsed.exclude ?? []).map(flat));
  const unseen = (result: QuotesResult): QuotesResult =>
    exclude.size === 0
      ? result
      : { ...result, results: result.results.filter((q) => !shownBefore(exclude, flat(q.text))) };
  const lookup = (speaker: string) =>
    unseen(
      onTopicFirst(
        snapshot,
        findQuotes(
          snapshot,
          {
            ...query,
            speaker,
            limit: (about ? TOPIC_POOL : SHOWN * 2) + exclude.size,
            about: about ?? undefined,
          },
          now,
        ),
        about,
      ),
    );
  const match = quickSpeaker(snapshot, typed);
  if (match.kind === 'none') return null;
  let chosen = match.kind === 'found' ? match.entry.name : null;
  let assumed = '';
  if (match.kind === 'ambiguous') {
    // A surname several people share: the question itself may settle it (topic, or one far more quoted).
    chosen = chooseAmong(snapshot, match.candidates, about);
    // Only others quoted more than once are worth naming: single stray attributions are noise.
    const others = match.candidates
      .filter((name) => name !== chosen && quoteCountOf(snapshot, name) > 1)
      .slice(0, 3);
    if (chosen && others.length > 0)
      assumed = `Taking "${typed}" to mean ${chosen}; also quoted: ${listWords(others)}.`;
  }
  let found = chosen ? lookup(chosen) : null;
  if (match.kind === 'ambiguous' && about) {
    // Stories that name the speaker only by the shared surname: their quotes may fit the topic best.
    const bare = bareSurnameQuotes(snapshot, typed, range, about);
    if (bare && topicFit(bare, about) > (found ? topicFit(found, about) : 0)) {
      found = bare;
      assumed = `These quotes name the speaker only as "${typed}", who could be ${listWords(match.candidates.slice(0, 3))}.`;
    }
  }
  if (!found?.speaker) {
    const fallbackNames = match.kind === 'ambiguous' ? match.candidates : [];
    const names = (found?.candidates.length ? found.candidates : fallbackNames).slice(0, 6);
    if (names.length === 0) return null;
    const ask = `Ask e.g. "what did ${names[0]} say?"`;
    // Each person's latest quotes, grouped by person, rather than nothing.
    const each = findQuotes(snapshot, { ...query, speaker: typed, limit: SHOWN }, now);
    if (each.results.length === 0)
      return marked(whichSpeakerAnswers, {
        intent: 'quotes',
        answer: `"${typed}" could be ${listWords(names)}. Which one do you mean? ${ask}`,
        citations: [],
      });
    const byPerson = new Map<string, QuotesResult['results']>();
    for (const quote of distinctQuotes(each.results))
      byPerson.set(quote.speaker, [...(byPerson.get(quote.speaker) ?? []), quote]);
    const lines = [...byPerson].map(
      ([person, quotes]) =>
        `${person}:\n${quotes.map((quote) => `• ${quoteLine(quote)} — ${storyLabel(quote, 60)}`).join('\n')}`,
    );
    return marked(whichSpeakerAnswers, {
      intent: 'quotes',
      answer: fitLines(`"${typed}" could be ${listWords(names)}; the latest quotes of each:`, lines, ask),
      citations: [...byPerson.values()].flat().map((quote) => citation(quote, quote.text)),
    });
  }
  let result: QuotesResult = found;
  // Quotes whose own words hold the topic are the ones "about" it; the rest only come from stories
  // that mention it. The count says which of the two it counts.
  let fromStoriesAbout = false;
  if (about && result.total > 0) {
    const wanted = new Set(terms(about));
    // "US" is a stopword to the index: the quotes naming the country are found by its written forms.
    const namesUs = US.test(parsed.about?.trim() ?? '');
    const onTopic = result.results.filter(
      (quote) =>
        terms(framedText(snapshot, quote)).some((term) => wanted.has(term)) ||
        (namesUs && US_IN_TEXT.test(quote.text)),
    );
    const seenAll = result.total <= result.results.length;
    if (onTopic.length > 0 && (onTopic.length < result.results.length || seenAll))
      result = { ...result, results: onTopic, total: onTopic.length };
    else if (onTopic.length === 0) fromStoriesAbout = true;
  }
  const name = found.speaker.name;
  const role = roleOf(snapshot, name, speakerStories(snapshot, name));
  const who = role ? `${name} (${role})` : name;
  const when = range ? ` ${readableRange(range.from, range.to)}` : '';
  let head: string;
  let offTopic = false;
  if (result.total === 0 && parsed.about) {
    offTopic = true;
    // Nothing on the topic: say so, and show the latest quotes instead, clearly labelled.
    const fallback = findQuotes(snapshot, { ...query, speaker: name, limit: SHOWN * 2 }, now);
    if (fallback.total === 0) {
      return marked(offTopicAnswers, {
        intent: 'quotes',
        answer: `I found no quotes from ${who}${when}. ${SUGGESTIONS}`,
        citations: [],
      });
    }
    head = `I found no quotes from ${who} about ${parsed.about}${when}. The latest of ${name}'s ${fallback.total} quote${fallback.total === 1 ? '' : 's'}:`;
    result = fallback;
  } else if (result.total === 0) {
    return { intent: 'quotes', answer: `I found no quotes from ${who}${when}.`, citations: [] };
  } else if (exclude.size > 0) {
    // "what else did she say?": the quotes not shown yet, or a plain word that there are none.
    const more = distinctQuotes(result.results).length;
    if (more === 0)
      return {
        intent: 'quotes',
        answer: `That was all: I have no other quotes from ${who}${parsed.about ? ` about ${parsed.about}` : ''}${when}.`,
        citations: [],
      };
    head = `More from ${who}${parsed.about ? ` about ${parsed.about}` : ''}${when} (${exclude.size} of ${result.total} quote${result.total === 1 ? '' : 's'} shown before):`;
  } else {
    const aboutText = parsed.about
      ? ` ${fromStoriesAbout ? 'in stories about' : 'about'} ${parsed.about}`
      : '';
    const count = `${result.total} quote${result.total === 1 ? '' : 's'}`;
    const many = Math.min(SHOWN, distinctQuotes(result.results).length);
    head = `${who}: ${count}${aboutText}${when}${many < result.total ? `; the ${many} ${parsed.about ? 'closest' : 'latest'}` : ''}:`;
  }
  const shown = distinctQuotes(result.results).slice(0, SHOWN);
  const grouped = groupByStory(shown, (quote) => quote);
  // A fragment is shown in the sentence framing it: "unfair and autocratic" says nothing of what it is.
  const framed = new Map(shown.map((quote) => [quote, framedText(snapshot, quote)]));
  const lines = groupedLines(grouped, (quote) => {
    const frame = framed.get(quote)!;
    return frame !== quote.text
      ? `• ${clip(frame, 260)}`
      : `• ${quoteLine({ ...quote, cue: cueOf(snapshot, quote.id, quote.span) }, undefined, offTopic ? null : (parsed.about ?? null))}`;
  });
  const answer: AskResult = {
    intent: 'quotes',
    answer: fitLines(inStory(head, grouped.only, shown.length), lines, assumed),
    citations: shown.map((quote) => citation(quote, framed.get(quote)!)),
  };
  return offTopic ? marked(offTopicAnswers, answer) : answer;
}

/** A head ending in ':' that also names the one story every item shown comes from. */
function inStory(head: string, only: StoryRef | null, shown: number): string {
  if (!only) return head;
  return `${head.replace(/:$/, '')}, ${shown > 1 ? 'all ' : ''}in ${storyLabel(only)}:`;
}

/** Whether a quote was shown before: cited as itself, or as a fragment within its sentence. */
const shownBefore = (shown: ReadonlySet<string>, quote: string) =>
  shown.has(quote) || (quote.length > 0 && [...shown].some((text) => text.includes(quote)));

const flat = (text: string) =>
  text
    .toLowerCase()
    .replace(/[\u2018\u2019\u201c\u201d"']/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** Every word of `wanted` (a root with its related roots) is held by one of its forms. */
const holdsEvery = (held: ReadonlySet<string>, wanted: ReadonlyArray<readonly string[]>) =>
  wanted.every((forms) => forms.some((form) => held.has(form)));

/** "who said 'serious threat'?": the quotes holding the words, and who said them. */
export function answerWhoSaid(snapshot: StorySnapshot, phrase: string, range: DateRange | null): AskResult {
  const wanted = flat(phrase);
  const wantedTerms = new Set(terms(phrase));
  // A paraphrase is compared by root, each word also held by a related one ("continue" by "continuing",
  // "hurt" by "injured").
  const wantedRoots = [...new Set(terms(phrase).map(root))].map((key) => [key, ...relatedRoots(key)]);
  const { ids } = queryTermIds(snapshot.text, phrase);
  const notFound: AskResult = {
    intent: 'quotes',
    answer: `I found no one quoted saying "${clip(phrase, 120)}". Check the wording, or try \`/quotes speaker:<name>\`.`,
    citations: [],
  };
  if (ids.length === 0 || !wanted) return notFound;
  // One word may be missing from the index's view of a story ("isn’t" is split where "isn't" is not).
  const hits = searchText(snapshot.text, ids, ids.length >= 3 ? ids.length - 1 : ids.length);
  // How many of the words a quote holds in their own form ("continuing" for "continue": the same
  // first five letters), not only by a related word.
  const heldOwn = (text: string) => {
    const held = new Set(terms(text).flatMap((term) => [root(term), term.slice(0, 5)]));
    return wantedRoots.filter(([own]) => held.has(own!) || (own!.length >= 5 && held.has(own!.slice(0, 5))));
  };
  const ownHeld = (quote: Quote) => heldOwn(quote.text).length;
  // The words a quote holds in no form are held by its story in their own form: a quote of another
  // story on other news may hold every word but the one that says what the news is. A word of the quote
  // that is one asked word stands for no other by relation ("continue" is no "talks").
  const storyHoldsRest = ({ story, quote }: { story: Story; quote: Quote }) => {
    const asked = new Set(wantedRoots.map(([own]) => own!));
    const inQuote = new Set(terms(quote.text).map(root));
    const rest = wantedRoots.filter(
      ([own, ...related]) =>
        !inQuote.has(own!) && !related.some((key) => inQuote.has(key) && !asked.has(key)),
    );
    if (rest.length === 0) return true;
    const inStory = new Set(heldOwn([story.headline, ...(story.paragraphs ?? [])].join(' ')));
    return rest.every((wanted) => inStory.has(wanted));
  };
  const matches: Array<{ story: Story; quote: Quote; exact: boolean; own: number }> = [];
  let sentenceMatch: { story: Story; text: string } | null = null;
  for (let i = 0; i < Math.min(hits.docs.length, PHRASE_STORIES); i++) {
    const story = snapshot.stories.at(hits.docs[i]!)!;
    if (range && (!story.date || story.date < range.from || story.date > range.to)) continue;
    for (const quote of story.quotes) {
      const text = flatQuote(quote);
      const exact = ` ${text} `.includes(` ${wanted} `);
      // Without the exact words, every word of a phrase of three or more words will do, shown as "closest".
      const all =
        !exact &&
        i < SENTENCE_STORIES &&
        // A long paraphrase may hold only two words worth matching ("the US was a serious threat").
        (wantedTerms.size >= 3 || (wantedTerms.size === 2 && wanted.split(' ').length >= 4)) &&
        holdsEvery(new Set(terms(quote.text).map(root)), wantedRoots);
      if (exact || all)
        matches.push({ story, quote, exact, own: exact ? wantedRoots.length : ownHeld(quote) });
    }
    if (!sentenceMatch && i < SENTENCE_STORIES)
      for (const sentence of sentencesOf(story))
        if (` ${flat(sentence.text)} `.includes(` ${wanted} `)) {
          sentenceMatch = { story, text: sentence.text };
          break;
        }
  }
  // Exact wording first, then the most words in their own form, named speakers before unnamed ones,
  // shorter quotes (the phrase itself) first.
  matches.sort(
    (a, b) =>
      Number(b.exact) - Number(a.exact) ||
      b.own - a.own ||
      Number(b.quote.speaker !== null) - Number(a.quote.speaker !== null) ||
      a.quote.text.length - b.quote.text.length,
  );
  // Quotes that are exactly the words, else quoted words, before reported speech that happens to hold them.
  const exactAll = matches.filter((m) => m.exact);
  const verbatim = exactAll.filter((m) => flatQuote(m.quote) === wanted);
  const quoted = exactAll.filter((m) => m.quote.kind !== 'indirect');
  const exactOnes = verbatim.length > 0 ? verbatim : quoted.length > 0 ? quoted : exactAll;
  const shown = distinctQuotes(
    (exactOnes.length > 0 ? exactOnes : []).map((m) => ({ ...m, id: m.story.id, text: m.quote.text })),
  ).slice(0, SHOWN);
  const closest = exactOnes.length === 0 ? (matches.find((m) => storyHoldsRest(m)) ?? matches[0]) : undefined;
  if (shown.length === 0 && !sentenceMatch && closest) {
    // A quote holding all the words but one in their own form says the same: its speaker is the answer.
    const speaker = closest.quote.speaker;
    const mention =
      speaker && closest.own >= wantedRoots.length - 1 && storyHoldsRest(closest) && closest.quote.span
        ? nameNear(closest.story, speaker, closest.quote.span[0])
        : null;
    if (speaker && mention)
      return {
        intent: 'quotes',
        answer: `**${speaker}**, in other words, in ${storyLabel(refOf(closest.story))}: ${quoteLine(closest.quote, 400)}`,
        citations: [citation(refOf(closest.story), closest.quote.text)],
        extract: { text: mention.text, id: closest.story.id, span: mention.span },
      };
    const who = closest.quote.speaker ? `${closest.quote.speaker}'s` : 'an unattributed one';
    return {
      intent: 'quotes',
      answer: `No one is quoted with exactly "${clip(phrase, 120)}". The closest quote is ${who}, in ${storyLabel(refOf(closest.story))}: ${quoteLine(closest.quote, 400)}`,
      citations: [citation(refOf(closest.story), closest.quote.text)],
    };
  }
  if (shown.length === 0) {
    if (!sentenceMatch) {
      const framed = quoteInSentence(snapshot, hits.docs, wantedTerms, range);
      if (!framed) return notFound;
      const who = framed.quote.speaker ?? 'someone the story does not name';
      return {
        intent: 'quotes',
        answer: `No one is quoted with exactly those words; the closest is ${who}, in ${storyLabel(refOf(framed.story))}: ${clip(framed.sentence, 400)}`,
        citations: [citation(refOf(framed.story), framed.quote.text)],
      };
    }
    return {
      intent: 'quotes',
      answer: `No one is quoted saying "${clip(phrase, 120)}", but the words appear in ${storyLabel(refOf(sentenceMatch.story))}: ${clip(sentenceMatch.text, 400)}`,
      citations: [citation(refOf(sentenceMatch.story), sentenceMatch.text)],
    };
  }
  const speakers = [...new Set(shown.map((m) => m.quote.speaker).filter((s): s is string => s !== null))];
  const grouped = groupByStory(shown, (m) => refOf(m.story));
  const where = grouped.only ? storyLabel(grouped.only) : `${grouped.groups.length} stories`;
  const said = `"${clip(phrase, 120)}"`;
  const head =
    speakers.length === 0
      ? `${said} is quoted in ${where}, ${grouped.only ? 'but the story does not say' : 'but none of them says'} who said it.`
      : speakers.length === 1
        ? `${speakers[0]} said ${said}, in ${where}:`
        : `${said} was said by ${listWords(speakers)}${grouped.only ? `, in ${where}` : ''}:`;
  // The speaker is named in the head when there is one; a bullet names its own only among several.
  const lines = groupedLines(grouped, (m) => {
    const named = speakers.length === 1 && m.quote.speaker === speakers[0];
    return `• ${speakers.length === 0 || named ? '' : `${m.quote.speaker ?? 'unnamed'}: `}${quoteLine(m.quote)}`;
  });
  return {
    intent: 'quotes',
    answer: shown.length === 1 && speakers.length === 1 ? head.replace(/:$/, '.') : fitLines(head, lines),
    citations: shown.map((m) => citation(refOf(m.story), m.quote.text)),
  };
}

/**
 * "who called the jihadists a serious threat?": the words are split between a short quote ("serious
 * threat") and the sentence framing it. A quote whose sentence holds every word of the question.
 */
function quoteInSentence(
  snapshot: StorySnapshot,
  docs: Uint32Array,
  wanted: ReadonlySet<string>,
  range: DateRange | null,
): { story: Story; quote: Quote; sentence: string } | null {
  if (wanted.size < 2) return null;
  for (let i = 0; i < Math.min(docs.length, SENTENCE_STORIES); i++) {
    const story = snapshot.stories.at(docs[i]!)!;
    if (range && (!story.date || story.date < range.from || story.date > range.to)) continue;
    if (story.quotes.length === 0) continue;
    for (const sentence of sentencesOf(story)) {
      const held = new Set(sentence.terms);
      if (![...wanted].every((term) => held.has(term))) continue;
      const flatSentence = ` ${flat(sentence.text)} `;
      const quote = story.quotes.find((q) => {
        const text = flatQuote(q);
        return text.length > 0 && flatSentence.includes(` ${text} `);
      });
      if (quote) return { story, quote, sentence: sentence.text };
    }
  }
  return null;
}

/** "did Hollande say anything about Iraq?" when Hollande is named but never quoted: say so, citing where he is named. */
export function answerNotQuoted(snapshot: StorySnapshot, parsed: ParsedQuestion): AskResult | null {
  const found = parsed.speaker ? findPerson(snapshot, parsed.speaker) : null;
  // Someone found by role may well be quoted under their name: only a name found unquoted is said so.
  if (!found || found.byRole) return null;
  const { person } = found;
  const names = [person.name, ...person.aliases].filter((name) => name.length > 2);
  // Prefer a sentence naming them that is also about the topic asked.
  let story = found.story;
  let sentence = found.sentence;
  if (parsed.about) {
    const fitting = findAnswerSentences(snapshot, `${person.name} ${parsed.about}`, 'who', 5).find((hit) =>
      names.some((name) => hit.sentence.text.includes(name)),
    );
    if (fitting) ({ story, sentence } = { story: fitting.story, sentence: fitting.sentence.text });
  }
  const who = person.role ? `${person.name} (${person.role})` : person.name;
  return {
    intent: 'quotes',
    answer: `${who} is not quoted in the stories, but is named in ${storyLabel(refOf(story))}:\n${blockQuote(sentence, 500)}`,
    citations: [citation(refOf(story), sentence)],
  };
}

/** Stories whose quotes are read for a topic asked without a speaker. */
const TOPIC_STORIES = 100;

/** "what was said about Iran?": quotes holding the topic's words, with their speakers, newest first. */
export function answerQuotesAbout(
  snapshot: StorySnapshot,
  topic: string,
  range: DateRange | null,
): AskResult {
  const wanted = new Set(terms(topic));
  const { ids } = queryTermIds(snapshot.text, topic);
  const when = range ? ` ${readableRange(range.from, range.to)}` : '';
  const none: AskResult = {
    intent: 'quotes',
    answer: `I found no quotes about ${clip(topic, 80)}${when}. Try \`/quotes speaker:<name> about:<words>\`.`,
    citations: [],
  };
  if (ids.length === 0 || wanted.size === 0) return none;
  const hits = searchText(snapshot.text, ids, ids.length, { top: TOPIC_STORIES });
  const found: Array<{ story: Story; quote: Quote }> = [];
  for (let i = 0; i < Math.min(hits.docs.length, TOPIC_STORIES); i++) {
    const story = snapshot.stories.at(hits.docs[i]!)!;
    if (range && (!story.date || story.date < range.from || story.date > range.to)) continue;
    for (const quote of story.quotes) {
      if (!quote.speaker) continue;
      const held = new Set(terms(quote.text).filter((term) => wanted.has(term)));
      if (held.size === wanted.size) found.push({ story, quote });
    }
  }
  if (found.length === 0) return none;
  found.sort((a, b) => (b.story.date ?? '').localeCompare(a.story.date ?? ''));
  const shown = distinctQuotes(found.map((f) => ({ ...f, id: f.story.id, text: f.quote.text }))).slice(
    0,
    SHOWN,
  );
  const count = `${found.length} quote${found.length === 1 ? '' : 's'}`;
  const grouped = groupByStory(shown, (m) => refOf(m.story));
  const lines = groupedLines(grouped, (m) => `• ${m.quote.speaker}: ${quoteLine(m.quote, undefined, topic)}`);
  const head = inStory(
    `${count} about ${clip(topic, 80)}${when}${shown.length < found.length ? `; the ${shown.length} latest` : ''}:`,
    grouped.only,
    shown.length,
  );
  return {
    intent: 'quotes',
    answer: fitLines(head, lines),
    citations: shown.map((m) => citation(refOf(m.story), m.quote.text)),
  };
}

/** Stories read for people described as of the asked country or organisation. */
const DESCRIBED_STORIES = 20;

/**
 * Whether a role describes its holder as of a country or organisation: it names it ("Tanzania's
 * Agriculture … Minister", "minister of Tanzania"), or its country by demonym ("Tanzanian minister").
 */
function roleIsOf(role: string, name: string): boolean {
  const key = normalizeName(name);
  if (!key) return false;
  const words = normalizeName(role);
  if (` ${words} `.includes(` ${key} `)) return true;
  const country = countryByName(name);
  return country !== undefined && role.split(/\s+/).some((word) => countryByDemonym(word) === country);
}

/** Whether a name holds words beside a shorter one's that are no stopwords: "Bank Indonesia", not "But Iran". */
function namedAfter(name: string, key: string): boolean {
  const own = new Set(key.split(' '));
  return normalizeName(name)
    .split(' ')
    .some((word) => !own.has(word) && !isStopword(word));
}

/**
 * "what does tanzania say about the coffee talks": a country or organisation whose own quotes do not
 * hold the topic (or a name several speakers share, none of them on it) speaks through the people the
 * stories describe as of it. Among the stories naming
 * it and the topic, the quotes of such a person that hold the most topic words answer; null when no
 * story has one.
 */
export function answerDescribedSpeaker(
  snapshot: StorySnapshot,
  parsed: ParsedQuestion,
  range: DateRange | null,
  now: Date,
  /** The speaker's own quotes answer (`answerSpeakerQuotes`), null when the name is no speaker's. */
  own: AskResult | null,
): AskResult | null {
  const typed = parsed.speaker;
  const about = searchableAbout(snapshot, parsed.about);
  if (!typed || !about) return null;
  // Quotes of the name itself on the topic answer; those of a speaker whose name merely holds it
  // ("Bank Indonesia" for "indonesia") only when no one is described as of it, though the parse may
  // give the bank the country's name as an alias.
  const match = quickSpeaker(snapshot, typed);
  const key = normalizeName(typed);
  const itself =
    match.kind === 'found' &&
    !(countryByName(typed) && namedAfter(match.entry.name, key)) &&
    [match.entry.name, ...match.entry.aliases].some((n) => normalizeName(n) === key);
  const onTopic =
    own !== null && own.citations.length > 0 && !offTopicAnswers.has(own) && !whichSpeakerAnswers.has(own);
  if (onTopic && (itself || match.kind !== 'found')) return null;
  const named = queryTermIds(snapshot.text, typed).ids;
  const topic = queryTermIds(snapshot.text, about).ids;
  if (named.length === 0 || topic.length === 0) return null;
  const hits = searchText(snapshot.text, [...named, ...topic], named.length + 1, { top: DESCRIBED_STORIES });
  const weights = questionTerms(snapshot, about);
  let best: { name: string; role: string; score: number } | null = null;
  for (let i = 0; i < Math.min(hits.docs.length, DESCRIBED_STORIES); i++) {
    const story = snapshot.stories.at(hits.docs[i]!);
    if (!story || (range && (!story.date || story.date < range.from || story.date > range.to))) continue;
    for (const person of story.people) {
      if (!person.role || person.kind === 'organisation' || !roleIsOf(person.role, typed)) continue;
      for (const quote of story.quotes) {
        if (quote.speaker !== person.name) continue;
        let score = 0;
        for (const term of new Set(terms(quote.text))) score += weights.get(term) ?? 0;
        if (score > (best?.score ?? 0)) best = { name: person.name, role: person.role, score };
      }
    }
  }
  if (!best) return null;
  const answer = answerSpeakerQuotes(snapshot, { ...parsed, speaker: best.name }, range, now);
  if (!answer || answer.citations.length === 0 || offTopicAnswers.has(answer)) return null;
  return {
    ...answer,
    answer: `No quote of ${typed}'s own is about ${parsed.about}; ${best.name}, ${best.role}, speaks for it.\n${answer.answer}`,
  };
}
