/**
 * Fact questions: "who is Jen Paski?" (a person's role from the stories), "where is Vienna?" (a
 * place's country), and any other question answered by quoting the sentence that best fits it. When
 * no sentence fits well enough the answer says so instead of guessing.
 */
import { countryByDemonym, countryByName } from '../../engine/countries.ts';
import { rawOffset } from '../../engine/offsets.ts';
import { genderOfWord, isRoleNoun, isTitle, lexTag } from '../../engine/people.ts';
import { relatedRoots } from '../../engine/related.ts';
import type { Person, Span, Story } from '../../engine/types.ts';
import { root } from '../../engine/words.ts';
import type { DateRange } from '../dateRange.ts';
import type { PlaceEntry } from '../placeIndex.ts';
import { rankRange } from '../queries/common.ts';
import type { AskResult } from '../results.ts';
import { storyParagraphs } from '../sentenceIndex.ts';
import type { SnapshotChange, StorySnapshot } from '../snapshot.ts';
import { normalizeName, words } from '../text.ts';
import { queryTermIds, searchText, searchTop, termsHeld } from '../textIndex.ts';
import { ANSWERABLE_THRESHOLD } from './answerable.ts';
import { answerKind, countriesNamed, type Extracted } from './extract.ts';
import { findAnswerSentences, questionTerms } from './findAnswer.ts';
import { extractIn, type FoundExtract, findExtracts } from './findExtract.ts';
import { longFormOf } from './nameForms.ts';
import type { ParsedQuestion } from './parseQuestion.ts';
import { perQuestionBy } from './perQuestion.ts';
import { answeringQuote } from './quoteSpeaker.ts';
import type { StoryFilter } from './rankSentences.ts';
import { quickPlace, quickSpeaker, quoteCountOf } from './resolveNames.ts';
import { sentencesOf } from './sentences.ts';
import {
  blockQuote,
  citation,
  clip,
  quotedSentence,
  readableDate,
  readableHeadline,
  refOf,
  SUGGESTIONS,
  storyLabel,
} from './wording.ts';
import { STOPWORDS } from './words.ts';

/** Below this share of the question's word weight, a sentence is not taken as the answer. */
const MIN_COVERAGE = 0.55;
const PERSON_STORIES = 30;

function mentions(text: string, names: string[]): boolean {
  return names.some((name) => name.length > 2 && text.includes(name));
}

/** The first sentence of a story naming someone (with their role, when it is given). */
function sentenceAbout(story: Story, names: string[], role: string | null): string | null {
  const sentences = sentencesOf(story);
  if (role) {
    const withRole = sentences.find((s) => s.text.includes(role));
    if (withRole) return withRole.text;
  }
  return sentences.find((s) => mentions(s.text, names))?.text ?? null;
}

function personMatches(person: Person, key: string): boolean {
  if (normalizeName(person.name) === key) return true;
  if (person.aliases.some((alias) => normalizeName(alias) === key)) return true;
  const words = key.split(' ');
  const nameWords = normalizeName(person.name).split(' ');
  return words.length > 0 && words.every((word) => nameWords.includes(word));
}

export interface PersonFound {
  person: Person;
  story: Story;
  /** A sentence naming them, with their role when the story gives it. */
  sentence: string;
  /** Stories naming them, among those looked at. */
  stories: number;
  /** How often they are quoted in the set (0 when never). */
  quoteCount: number;
  /** Found by the role asked for ("the French President"), not by name. */
  byRole: boolean;
}

type RoleIndex = Map<string, Array<{ story: number; person: number }>>;
const roleIndexes = new WeakMap<StorySnapshot, RoleIndex>();

/**
 * Roles the stories give people (normalised) → who holds them; built once per snapshot, on first use.
 * After a reload (`change`), the previous snapshot's is patched: only the changed stories' people are read.
 */
export function roleIndex(snapshot: StorySnapshot, change?: SnapshotChange): RoleIndex {
  let index = roleIndexes.get(snapshot);
  if (index) return index;
  const add = (target: RoleIndex, s: number) =>
    snapshot.stories.peopleAt(s).forEach((person, p) => {
      if (!person.role) return;
      const key = normalizeName(person.role);
      const list = target.get(key);
      if (list) list.push({ story: s, person: p });
      else target.set(key, [{ story: s, person: p }]);
    });
  const previous = change && roleIndexes.get(change.previous);
  if (previous) {
    // The roles the changed stories gave and give lose those stories' holders; the new ones are added.
    const changed = new Set(change.changed);
    const n = snapshot.stories.length;
    const touched = new Set<string>();
    const { stories: before } = change.previous;
    for (const s of changed) {
      for (const person of s < before.length ? before.peopleAt(s) : [])
        if (person.role) touched.add(normalizeName(person.role));
      for (const person of s < n ? snapshot.stories.peopleAt(s) : [])
        if (person.role) touched.add(normalizeName(person.role));
    }
    index = new Map(previous);
    for (const key of touched) {
      const kept = (previous.get(key) ?? []).filter(({ story }) => story < n && !changed.has(story));
      if (kept.length > 0) index.set(key, kept);
      else index.delete(key);
    }
    const fresh: RoleIndex = new Map();
    for (const s of changed) if (s < n) add(fresh, s);
    for (const [key, list] of fresh) index.set(key, [...(index.get(key) ?? []), ...list]);
  } else {
    index = new Map();
    for (let s = 0; s < snapshot.stories.length; s++) add(index, s);
  }
  roleIndexes.set(snapshot, index);
  return index;
}

/** Two words that share their first five letters (or are the same, when shorter): forms of one word. */
const sameWordStem = (a: string, b: string) =>
  a === b || (a.length >= 5 && b.length >= 5 && a.slice(0, 5) === b.slice(0, 5));

/** The roles people are given, and the roles by word (`roleWordsOf`), built ahead of the first question. */
export function prepareRoles(snapshot: StorySnapshot): void {
  roleWordsOf(roleIndex(snapshot));
}

/** What `sameWordStem` compares of a word: its first five letters, or the whole of a shorter one. */
const stemKey = (word: string) => (word.length >= 5 ? `${word.slice(0, 5)}…` : word);

/**
 * The roles of a role index in its order, with the positions of those holding each word and each
 * word's `stemKey`, ascending: the roles a typed role may be part of are looked up by its first word
 * rather than read one by one. Made on first use and kept with the index (a reload makes a new one).
 */
interface RoleWords {
  roles: Array<[string, Array<{ story: number; person: number }>]>;
  byWord: Map<string, number[]>;
  byStem: Map<string, number[]>;
}
const roleWords = new WeakMap<RoleIndex, RoleWords>();

function roleWordsOf(index: RoleIndex): RoleWords {
  let known = roleWords.get(index);
  if (!known) {
    known = { roles: [...index], byWord: new Map(), byStem: new Map() };
    const add = (map: Map<string, number[]>, key: string, r: number) => {
      const list = map.get(key);
      if (!list) map.set(key, [r]);
      else if (list.at(-1) !== r) list.push(r);
    };
    known.roles.forEach(([role], r) => {
      for (const word of role.split(' ')) {
        add(known!.byWord, word, r);
        add(known!.byStem, stemKey(word), r);
      }
    });
    roleWords.set(index, known);
  }
  return known;
}

/** The words that make a role a lesser one than the role they qualify ("vice president"). */
const LESSER_ROLE = /^(?:vice|deputy|assistant|acting|former|ex|associate|under)$/;

/**
 * Whether a role (or a name holding one), normalised, is a lesser one than the role typed: "the world
 * bank president" is not its vice president, unless "vice" is typed.
 */
function lesserThanTyped(role: string, typed: string): boolean {
  return role.split(' ').some((word) => LESSER_ROLE.test(word) && !` ${typed} `.includes(` ${word} `));
}

/** "who is the French President?": the person most often given that role (or a role holding those words). */
function personByRole(snapshot: StorySnapshot, subject: string): { story: Story; person: Person } | null {
  // A typed "us" is the stories' "U.S." ("u s" once normalised): "the us trade representative".
  const key = normalizeName(subject.replace(/^the\s+/i, '')).replace(/\bus\b/g, 'u s');
  if (!key.includes(' ') && key.length < 4) return null;
  const index = roleIndex(snapshot);
  let holders = index.get(key) ?? [];
  const lesser = (role: string) => lesserThanTyped(role, key);
  // Only the roles holding the first word typed (in some form, for the second reading) can hold them all.
  const { roles, byWord, byStem } = roleWordsOf(index);
  const [first = ''] = key.split(' ');
  if (holders.length === 0)
    for (const r of first ? (byWord.get(first) ?? []) : roles.keys()) {
      const [role, list] = roles[r]!;
      if (` ${role} `.includes(` ${key} `) && !lesser(role)) holders = holders.concat(list);
    }
  // "nicaraguas foreign trade minister": each word in another form of the role's ("Nicaraguan").
  if (holders.length === 0 && key.includes(' ')) {
    const words = key.split(' ');
    for (const r of byStem.get(stemKey(first)) ?? []) {
      const [role, list] = roles[r]!;
      if (lesser(role)) continue;
      const roleWords = role.split(' ');
      if (words.every((word) => roleWords.some((roleWord) => sameWordStem(word, roleWord))))
        holders = holders.concat(list);
    }
  }
  if (holders.length === 0) return null;
  // The name given the role most often; its newest story.
  const byName = new Map<string, Array<{ story: number; person: number }>>();
  // Each holder's name from the people column: the story is decoded for the one taken only.
  for (const holder of holders) {
    const name = normalizeName(snapshot.stories.peopleAt(holder.story)[holder.person]!.name);
    const held = byName.get(name);
    if (held) held.push(holder);
    else byName.set(name, [holder]);
  }
  const best = [...byName.values()].sort((a, b) => b.length - a.length)[0]!;
  const newest = best.sort((a, b) => snapshot.rankOf[a.story]! - snapshot.rankOf[b.story]!)[0]!;
  return personAt(snapshot, newest.story, newest.person);
}

/**
 * The stories (best first, at most PERSON_STORIES) holding every word of `words`, with those words'
 * index terms; misspelt words stand for the closest known word. Null when a word is unknown.
 */
function storiesHoldingAll(
  snapshot: StorySnapshot,
  words: string,
): { terms: string[]; stories: Story[] } | null {
  const { ids, unknown } = queryTermIds(snapshot.text, words, { correct: true });
  if (ids.length === 0 || unknown.length > 0) return null;
  const hits = searchText(snapshot.text, ids, ids.length, { top: PERSON_STORIES });
  const stories = Array.from(hits.docs.slice(0, PERSON_STORIES), (s) => snapshot.stories.at(s)!);
  return { terms: ids.map((id) => snapshot.text.vocabulary.terms[id]!), stories };
}

/**
 * The person of the story a text names first, from `from` on (organisations left out, any name `asked`
 * already holds every word of: "who heads aros" is not answered "AROS", and any `passed` says to pass).
 */
function firstPersonIn(
  story: Story,
  text: string,
  from = 0,
  asked?: string,
  passed?: (person: Person) => boolean,
): Person | null {
  const askedWords = asked === undefined ? null : new Set(normalizeName(asked).split(' '));
  let first: { person: Person; at: number } | null = null;
  for (const person of story.people) {
    if (person.kind === 'organisation' || passed?.(person)) continue;
    if (
      askedWords &&
      normalizeName(person.name)
        .split(' ')
        .every((word) => askedWords.has(word))
    )
      continue;
    for (const name of [person.name, ...person.aliases]) {
      const at = text.indexOf(name, from);
      if (at >= 0 && (!first || at < first.at)) first = { person, at };
    }
  }
  return first?.person ?? null;
}

/**
 * "ghanas minister": the person a sentence names beside every word of the description ("Ghana's
 * minister, Kwame Asante, said…"), for descriptions the parse did not take as a role. One word alone
 * describes too little.
 */
function personByDescription(
  snapshot: StorySnapshot,
  subject: string,
): { story: Story; person: Person } | null {
  const found = storiesHoldingAll(snapshot, subject);
  if (!found || found.terms.length < 2) return null;
  // "german defence minister": never someone whose role names another country ("French Defence
  // Minister Andre Giraud and his West German counterpart Manfred Woerner").
  const typed = countriesNamed(subject);
  const otherCountry = (person: Person) => {
    if (typed.size === 0 || !person.role) return false;
    const theirs = countriesNamed(person.role);
    return theirs.size > 0 && ![...theirs].some((code) => typed.has(code));
  };
  // "who is heinz ceo": not Heinz, named by the words that say whose role is asked, beside a role noun
  // ("lord brabazon" is Lord Brabazon).
  const typedWords = normalizeName(subject).split(' ');
  const whose = (person: Person) => {
    const own = new Set(normalizeName(person.name).split(' '));
    if (![...own].every((word) => typedWords.includes(word))) return false;
    return typedWords.some((word) => !own.has(word) && isRoleNoun(word));
  };
  for (const story of found.stories)
    for (const sentence of sentencesOf(story)) {
      if (!found.terms.every((term) => sentence.terms.includes(term))) continue;
      const person = firstPersonIn(story, sentence.text, 0, undefined, (p) => otherCountry(p) || whose(p));
      if (person) return { story, person };
    }
  return null;
}

/** "who runs maasvlakte logistics", "who heads the union": who leads an organisation. */
const LEADER_QUESTION =
  /^who\s+(?:runs|heads|leads|owns|manages|chairs|hosts|edits|coaches|is\s+in\s+charge\s+of|is\s+the\s+(?:boss|head|leader|chief)\s+of)\s+(?:the\s+)?(.+?)\??$/i;
/** Words a story introduces a leader by ("Its chief executive, Ingrid Bakker"). */
const LEADER_WORDS =
  /\b(?:chief executive|chief|ceo|chairman|chairwoman|chair|president|head|director|leader|boss|manager|owner|founder)\b/i;
/** The titles a verb of the question asks for, where it names one ("who chairs X": its chairman). */
const LEADER_TITLES: ReadonlyArray<{ verb: RegExp; title: RegExp; word: string }> = [
  { verb: /^who\s+chairs\b/i, title: /\b(?:chairman|chairwoman|chairperson|chair)\b/i, word: 'chairman' },
  { verb: /^who\s+owns\b/i, title: /\b(?:owner|owners|founder|chairman)\b/i, word: 'owner' },
  {
    verb: /^who\s+manages\b/i,
    title: /\b(?:manager|managing director|chief executive|ceo)\b/i,
    word: 'manager',
  },
  // "who hosts breitbart news daily": "Breitbart News Daily host Alex Marlow".
  { verb: /^who\s+hosts\b/i, title: /\b(?:host|co-host|anchor|presenter)\b/i, word: 'host' },
  { verb: /^who\s+edits\b/i, title: /\b(?:editor|editor-in-chief)\b/i, word: 'editor' },
  { verb: /^who\s+coaches\b/i, title: /\b(?:coach|head coach|manager)\b/i, word: 'coach' },
];

/**
 * A company's leader typed bare, after its name: "chemlawn chairman", "toyota's president". A country's
 * ("french president") is a role the role directory reads.
 */
const LEADER_TYPED_BARE =
  /^(?:the\s+)?([\p{L}\d&.'’-]+(?:\s+[\p{L}\d&.'’-]+){0,3}?)(?:['’]s)?\s+(chairman|chairwoman|chief executive|ceo|president|owner|founder)\s*\??$/iu;

/** Where a title stands in a sentence, not as part of a longer one ("vice president" is no president). */
function titleAt(text: string, title: RegExp): number {
  const found = new RegExp(title.source, 'gi');
  for (const match of text.matchAll(found))
    if (!/\b(?:vice|deputy|assistant|former)[\s-]+$/i.test(text.slice(0, match.index))) return match.index;
  return -1;
}

/** A person as the answer: their name in bold, the sentence naming them, its story. */
function personNamedIn(story: Story, sentence: string, person: Person): AskResult {
  return {
    intent: 'fact',
    answer: `**${person.name}** — ${quotedSentence(sentence, 600)} (${storyLine(story)})`,
    citations: [citation(refOf(story), sentence)],
    extract: extractOfName(story, sentence, person),
  };
}

/**
 * Who leads what the question names: a person introduced by a leader's title in a sentence naming the
 * organisation or right after one ("Terminal operator Maasvlakte Logistics said… Its chief executive,
 * Ingrid Bakker, said…"), as stories name a company and then its head.
 */
function answerLeader(snapshot: StorySnapshot, question: string): AskResult | null {
  const asked = question.trim();
  const typed = LEADER_QUESTION.exec(asked)?.[1];
  const bare = typed ? null : LEADER_TYPED_BARE.exec(asked);
  const organisation = typed ?? bare?.[1];
  if (!organisation || (bare && (countryByName(organisation) || countryByDemonym(organisation)))) return null;
  const rule = LEADER_TITLES.find((each) => each.verb.test(asked));
  const title = bare ? new RegExp(`\\b${bare[2]}\\b`, 'i') : (rule?.title ?? LEADER_WORDS);
  const found = storiesHoldingAll(snapshot, organisation);
  if (!found) return null;
  // A company in the news for weeks is named in more stories than are read: those naming its leader's
  // title too are read after them.
  const word = bare?.[2] ?? rule?.word;
  const titled = word ? (storiesHoldingAll(snapshot, `${organisation} ${word}`)?.stories ?? []) : [];
  const stories = [...new Set([...found.stories, ...titled])];
  const names = (sentence: { terms: string[] } | undefined) =>
    sentence !== undefined && found.terms.every((term) => sentence.terms.includes(term));
  for (const story of stories) {
    const sentences = sentencesOf(story);
    for (let i = 0; i < sentences.length; i++) {
      const sentence = sentences[i]!;
      const at = titleAt(sentence.text, title);
      if (at < 0 || !(names(sentence) || names(sentences[i - 1]) || names(sentences[i - 2]))) continue;
      // The person the title introduces: the first named after it, else the first named in the sentence.
      const person =
        firstPersonIn(story, sentence.text, at, organisation) ??
        firstPersonIn(story, sentence.text, 0, organisation);
      if (!person) continue;
      return personNamedIn(story, sentence.text, person);
    }
  }
  return null;
}

/**
 * The person of the story a text names right beside a stretch of it ("Eder's lawyer, Milton Gould";
 * "Anne Holton, Kaine's wife"): starting at most a comma after it, or ending at most a comma before
 * it; never one `other` matches.
 */
function personBeside(story: Story, text: string, from: number, to: number, other: string): Person | null {
  for (const person of story.people) {
    if (person.kind === 'organisation' || personMatches(person, other)) continue;
    for (const name of [person.name, ...person.aliases])
      for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1))
        if (
          (i >= to && /^[\s,]{0,3}$/.test(text.slice(to, i))) ||
          (i + name.length <= from && /^[\s,]{0,3}$/.test(text.slice(i + name.length, from)))
        )
          return person;
  }
  return null;
}

/**
 * "whos paglianos lawyer", "who is kaine's wife": what is asked for is the noun after the possessive,
 * so the answer is the person a sentence names beside that noun and the owner ("Pagliano's lawyer,
 * Mark MacDougall, said…"), never the owner. Each split of the words whose owner part ends in a
 * possessive ("'s", "s'", or an "s" typed without its apostrophe) is tried, the shortest owner first.
 */
function answerOwned(snapshot: StorySnapshot, subject: string): AskResult | null {
  const words = subject.trim().split(/\s+/);
  for (let i = 1; i < words.length; i++) {
    const typed = words[i - 1]!;
    const possessive = /^(.+?)(?:['’]s|s['’]|s)$/i.exec(typed);
    if (!possessive) continue;
    const owner = normalizeName([...words.slice(0, i - 1), possessive[1]!].join(' '));
    const head = words.slice(i).join(' ');
    const found = storiesHoldingAll(snapshot, `${owner} ${head}`);
    if (!found) continue;
    // The owner as the sentence names it, then the noun: "Eder's lawyer", "Kaine's wife"; after a
    // possessive, perhaps the last word of a title ("ATT's corporate vice president and treasurer"),
    // never one a deputy holds ("Ecuador's deputy energy minister").
    const plain = (word: string) => word.replace(/[^\p{L}\d-]/gu, '');
    const owned = new RegExp(
      `\\b${plain(possessive[1]!)}(?:['’]s\\s+(?:[\\p{L}-]+\\s+){0,4}?(?<!\\b(?:vice|deputy|assistant|former|acting)[\\s-]+)|[\\p{L}'’]*\\s+)${words.slice(i).map(plain).join('\\s+')}\\b`,
      'iu',
    );
    // Or the noun, the name and then the owner: "Energy Minister Guillermo Perry of Colombia".
    const nounOfOwner = new RegExp(
      `\\b${words.slice(i).map(plain).join('\\s+')}\\b((?:(?!\\bof\\b).){1,60}?)\\bof\\s+(?:the\\s+)?${plain(possessive[1]!)}\\b`,
      'iu',
    );
    // Or, for kin, the owner, then later in the sentence the noun and the name: "Anthony Weiner has
    // been sexting again, which prompted wife Huma Abedin to ask for a separation" (a role so placed
    // may be another's: "Hernandez of Venezuela, Energy Minister Javier Espinosa of Ecuador").
    const noun = words[i]!.toLowerCase();
    const kin = words.length === i + 1 && genderOfWord(noun) !== undefined && !isRoleNoun(noun);
    const nounAfterOwner = kin
      ? new RegExp(
          `\\b${plain(possessive[1]!)}\\b[^.;:"“”]{0,120}?\\b(?:(?:his|her|their)\\s+)?${plain(noun)}\\b`,
          'iu',
        )
      : null;
    // A sentence may name the owner by their last name alone ("Weiner" for "anthony weiner").
    const firstNames = new Set(
      queryTermIds(snapshot.text, words.slice(0, i - 1).join(' ')).ids.map(
        (id) => snapshot.text.vocabulary.terms[id]!,
      ),
    );
    const needed = found.terms.filter((term) => !firstNames.has(term));
    for (const story of found.stories)
      for (const sentence of sentencesOf(story)) {
        if (!needed.every((term) => sentence.terms.includes(term))) continue;
        const at = owned.exec(sentence.text);
        const between = nounOfOwner.exec(sentence.text)?.[1];
        const after = at || between ? null : (nounAfterOwner?.exec(sentence.text) ?? null);
        const end = after ? after.index + after[0].length : 0;
        const person = at
          ? personBeside(story, sentence.text, at.index, at.index + at[0].length, owner)
          : between
            ? personWithin(story, between, owner)
            : after
              ? personBeside(story, sentence.text, end, end, owner)
              : null;
        if (!person) continue;
        return personNamedIn(story, sentence.text, person);
      }
  }
  return null;
}

/** The person of the story a stretch of text names, never one `other` matches. */
function personWithin(story: Story, text: string, other: string): Person | null {
  return (
    story.people.find(
      (person) =>
        person.kind !== 'organisation' &&
        !personMatches(person, other) &&
        [person.name, ...person.aliases].some((name) => text.includes(name)),
    ) ?? null
  );
}

/** Person `p` of story `s`, with the story. */
function personAt(snapshot: StorySnapshot, s: number, p: number): { story: Story; person: Person } {
  const story = snapshot.stories.at(s)!;
  return { story, person: story.people[p]! };
}

/**
 * The people found by the names typed, by snapshot, kept for the question being answered: a who-is
 * question with a date is answered with it and without, and a quotes question looks for the person
 * by role and as someone never quoted. What is found is shared, so read only.
 */
export const findPerson: (snapshot: StorySnapshot, subject: string) => PersonFound | null =
  perQuestionBy(personNamed);

/** A person the stories name, found by speaker name or by full text (the version with a role first), else by role. */
function personNamed(snapshot: StorySnapshot, subject: string): PersonFound | null {
  let key = normalizeName(subject);
  if (!key) return null;
  const candidates: number[] = [];
  const match = quickSpeaker(snapshot, subject);
  if (match.kind === 'found') {
    key = normalizeName(match.entry.name);
    for (let i = 0; i < match.entry.quotes.length && candidates.length < PERSON_STORIES; i += 2)
      if (!candidates.includes(match.entry.quotes[i]!)) candidates.push(match.entry.quotes[i]!);
  }
  if (candidates.length === 0) {
    const { ids } = queryTermIds(snapshot.text, subject);
    if (ids.length === 0) return null;
    const hits = searchText(snapshot.text, ids, ids.length, { top: PERSON_STORIES });
    for (let i = 0; i < Math.min(hits.docs.length, PERSON_STORIES); i++) candidates.push(hits.docs[i]!);
  }
  // Each candidate's people from the people column: the story is decoded for the one taken only.
  let first: { s: number; p: number } | null = null;
  let withRole: { s: number; p: number } | null = null;
  let stories = 0;
  for (const s of candidates) {
    const people = snapshot.stories.peopleAt(s);
    const p = people.findIndex((person) => personMatches(person, key));
    if (p < 0) continue;
    stories++;
    first ??= { s, p };
    if (!withRole && people[p]!.role) withRole = { s, p };
  }
  const taken = withRole ?? first;
  const byName = taken ? personAt(snapshot, taken.s, taken.p) : null;
  // "the us trade representative": a role typed is read as the role, not as a name holding its word
  // ("House of Representatives"), unless a name holds every word typed.
  const typed = normalizeName(subject).split(' ');
  // "the president of france": the role of a country is its adjective's role ("french president").
  const ofCountry = /^(?:the\s+)?(.+?)\s+of\s+(?:the\s+)?(.+)$/i.exec(subject);
  const country = ofCountry ? countryByName(ofCountry[2]!.trim()) : undefined;
  const roleOf =
    ofCountry && country && isRoleNoun(normalizeName(ofCountry[1]!).split(' ').at(-1)!)
      ? country.demonyms.map((demonym) => `${demonym} ${ofCountry[1]}`)
      : [];
  const role =
    roleOf.reduce<ReturnType<typeof personByRole>>(
      (found, each) => found ?? personByRole(snapshot, each),
      null,
    ) ??
    (isRoleNoun(typed.at(-1)!) &&
    !(
      byName &&
      personMatches(byName.person, typed.join(' ')) &&
      !lesserThanTyped(normalizeName(byName.person.name), typed.join(' '))
    )
      ? personByRole(snapshot, subject)
      : null);
  const found = role ?? byName ?? personByRole(snapshot, subject) ?? personByDescription(snapshot, subject);
  if (!found) return null;
  const { story, person } = found;
  const sentence =
    sentenceAbout(story, [person.name, ...person.aliases], person.role) ?? person.role ?? story.headline;
  return {
    person,
    story,
    sentence,
    stories: Math.max(stories, 1),
    quoteCount: role
      ? quoteCountOf(snapshot, person.name)
      : match.kind === 'found'
        ? match.entry.quoteCount
        : 0,
    byRole: role !== null || byName === null,
  };
}

/** "U.S. State Department spokeswoman" → "the U.S. …"; "Iran's Supreme Leader" stays as it is. */
function withArticle(role: string): string {
  return /^(?:the|a|an)\s|^[\p{L}.]+['’]s\s/iu.test(role) ? role : `the ${role}`;
}

/**
 * The role a sentence gives someone right after their name, perhaps past a party tag: "David Boren,
 * D-Okla., chairman of the Senate Agriculture subcommittee, said" → "chairman of the Senate
 * Agriculture subcommittee"; null when the words there name no role.
 */
export function roleBeside(sentence: string, names: readonly string[]): string | null {
  for (const name of names) {
    const at = sentence.indexOf(name);
    if (name.length < 3 || at < 0) continue;
    const after =
      /^,\s+(?:\(?[DRI]-[\p{L}.]+\)?,\s+)?([^,;"“”]{3,100}?)(?=,|;|\s+(?:said|says|told)\b|$)/u.exec(
        sentence.slice(at + name.length),
      );
    const words = after?.[1]?.trim().split(/\s+/) ?? [];
    const head = words.findIndex((word) => isRoleNoun(word.toLowerCase()));
    if (head >= 0 && head <= 2) return after![1]!.trim();
  }
  return null;
}

/** "who is X": the person as the stories name and describe them. */
function answerWhoIs(snapshot: StorySnapshot, subject: string): AskResult | null {
  const found = findPerson(snapshot, subject);
  // A person whose name holds every word typed is the one asked about ("james baker"), else the
  // words may ask for someone's lawyer, wife or spokesman.
  if (!found || !personMatches(found.person, normalizeName(subject))) {
    const owned = answerOwned(snapshot, subject);
    if (owned) return owned;
  }
  if (!found) return null;
  const { person, story, sentence, stories, quoteCount } = found;
  // "Sen. David Boren, D-Okla., chairman of the Senate Agriculture subcommittee…": a title alone says
  // less than the role the sentence gives beside the name.
  const role =
    (!person.role || isTitle(person.role.toLowerCase())
      ? roleBeside(sentence, [person.name, ...person.aliases])
      : null) ?? person.role;
  const quoted =
    quoteCount > 0
      ? ` ${person.name} is quoted ${quoteCount} time${quoteCount === 1 ? '' : 's'} in the stories.`
      : '';
  const answer = role
    ? `${person.name} is ${withArticle(role)}, according to ${storyLabel(refOf(story))}.${quoted}`
    : found.byRole
      ? // Found by the words typed, which the story gives no role of its own: the sentence says it.
        `${person.name}, by ${storyLabel(refOf(story))}:${quoted}\n${blockQuote(sentence, 300)}`
      : `${person.name} is named in ${stories === 1 ? '1 story' : `${stories} stories`}; ${storyLabel(refOf(story))} does not say who ${person.name} is.${quoted}\n${blockQuote(sentence, 300)}`;
  return { intent: 'fact', answer, citations: [citation(refOf(story), sentence)] };
}

/** "where is X": the place's country and the latest story from or about it. */
function answerWhereIs(snapshot: StorySnapshot, subject: string): AskResult | null {
  const place = snapshot.places.byKey.has(normalizeName(subject)) ? quickPlace(snapshot, subject) : null;
  // Only an exact name: a close spelling is fine for finding stories, not for stating where something is.
  if (!place || place.ranks.length === 0) return null;
  const story = snapshot.stories.at(snapshot.order[place.ranks[0]!]!)!;
  const sentence = sentenceAbout(story, [place.name], null) ?? story.headline;
  const where =
    place.kind === 'country' || !place.country || place.country === place.name
      ? `${place.name} is a ${place.kind}`
      : `${place.name} is a ${place.kind} in ${place.country}`;
  const count = place.ranks.length === 1 ? '1 story' : `${place.ranks.length} stories`;
  return {
    intent: 'fact',
    answer: `${where}; ${count} name it, the latest ${storyLabel(refOf(story))}: "${clip(sentence, 300)}"`,
    citations: [citation(refOf(story), sentence)],
  };
}

/** Where a stretch of a re-flowed paragraph lies in the story's raw file, when the parse recorded it. */
function rawSpan(story: Story, paragraph: number, start: number, end: number): Span | null {
  const map =
    story.paragraphs && story.paragraphs.length > 0 ? story.paragraphOffsets?.[paragraph] : undefined;
  return map ? [rawOffset(map, start), rawOffset(map, end - 1) + 1] : null;
}

/** Where a sentence lies in its story's re-flowed paragraphs. */
function locate(story: Story, sentence: string): { paragraph: number; start: number } | null {
  const paragraphs = storyParagraphs(story);
  for (let p = 0; p < paragraphs.length; p++) {
    const start = paragraphs[p]!.indexOf(sentence);
    if (start >= 0) return { paragraph: p, start };
  }
  return null;
}

/**
 * Where the story names a person nearest a raw offset: their full name when the body gives it, else
 * the nearest of their other names. Null when the body names them nowhere.
 */
export function nameNear(story: Story, name: string, at: number): { text: string; span: Span } | null {
  const person = story.people.find((p) => p.name === name);
  const paragraphs = storyParagraphs(story);
  for (const names of [[name], person?.aliases ?? []]) {
    let best: { text: string; span: Span; distance: number } | null = null;
    for (let p = 0; p < paragraphs.length; p++)
      for (const each of names)
        for (let i = paragraphs[p]!.indexOf(each); i >= 0; i = paragraphs[p]!.indexOf(each, i + 1)) {
          const span = rawSpan(story, p, i, i + each.length);
          const distance = span ? Math.abs(span[0] - at) : Infinity;
          if (span && (!best || distance < best.distance)) best = { text: each, span, distance };
        }
    if (best) return { text: best.text, span: best.span };
  }
  return null;
}

/** A person's name as a sentence of the story gives it, as the answer's extract. */
function extractOfName(story: Story, sentence: string, person: Person): AskResult['extract'] {
  const at = locate(story, sentence);
  const name = [person.name, ...person.aliases].find((each) => sentence.includes(each));
  if (!at || !name) return null;
  const start = at.start + sentence.indexOf(name);
  const span = rawSpan(story, at.paragraph, start, start + name.length);
  return span ? { text: name, id: story.id, span } : null;
}

/** "headline, date · place": the story an extracted answer comes from. */
function storyLine(story: Story): string {
  const place = story.dateline?.place ?? story.places[0]?.name ?? null;
  return `${clip(readableHeadline(story.headline), 90)}, ${readableDate(story.date)}${place ? ` · ${place}` : ''}`;
}

/** Whether ascending ranks hold a rank. */
function holdsRank(ranks: Uint32Array | undefined, rank: number): boolean {
  if (!ranks) return false;
  let lo = 0;
  let hi = ranks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ranks[mid]! < rank) lo = mid + 1;
    else hi = mid;
  }
  return ranks[lo] === rank;
}

/** compromise's tags of the words that name someone or somewhere; a word with any other tag is a common word. */
const NAME_TAGS = /Name|Person|Place|Country|City|Region|Organization|Demonym/;

/**
 * A word of the language rather than a name: compromise tags it as no name, or WordNet relates it to
 * other words and compromise does not tag it as a name ("stock", "jobs"; not "sears", "canada").
 */
function isCommonWord(word: string): boolean {
  const tag = lexTag(word);
  if (tag) return !NAME_TAGS.test(tag);
  return relatedRoots(root(word)).length > 0;
}

/**
 * What a question names that the set knows as a speaker (a full name or alias: "purolator", "wells
 * fargo") or a place ("selma", "malaysias" typed without its apostrophe), at most three words each,
 * longest first; a single common word ("long", "paper") that only some name holds is no name.
 */
function namesIn(
  snapshot: StorySnapshot,
  question: string,
): Array<{ words: string[]; place: PlaceEntry | null }> {
  const typed = words(question);
  const names: Array<{ words: string[]; place: PlaceEntry | null }> = [];
  for (let i = 0; i < typed.length; ) {
    let taken = 0;
    for (let n = Math.min(3, typed.length - i); n >= 1 && taken === 0; n--) {
      const span = typed.slice(i, i + n);
      if (n === 1 && (span[0]!.length <= 2 || STOPWORDS.has(span[0]!))) continue;
      for (const key of [span.join(' '), span.join(' ').replace(/(?<=[^s])s$/, '')]) {
        if (n === 1 && isCommonWord(key)) continue;
        const place = snapshot.places.byKey.has(key) ? quickPlace(snapshot, key) : null;
        if (place || snapshot.speakers.byKey.has(key)) {
          names.push({ words: key.split(' '), place });
          taken = n;
          break;
        }
      }
    }
    i += Math.max(taken, 1);
  }
  return names;
}

/** Stories, best first by their text, looked through for one naming what the question names. */
const NAMING_STORIES = 50;

/** The words of each story read for the names it holds, kept while the story is. */
const namedWords = new WeakMap<Story, Set<string>>();

/** A story's words as the speaker and place indexes read names: its text, its people and places. */
function wordsNamed(story: Story): Set<string> {
  let held = namedWords.get(story);
  if (!held) {
    held = new Set(
      words(
        [
          story.headline,
          ...story.people.flatMap((p) => [p.name, ...p.aliases]),
          ...story.places.map((p) => p.name),
          ...(story.paragraphs ?? []),
        ].join(' '),
      ),
    );
    namedWords.set(story, held);
  }
  return held;
}

/**
 * Whether a story names everything the question names (`namesIn`): in its text, among its people and
 * places, or as a place's entry lists it ("us" for a story naming the United States). Null when the
 * question names nothing.
 */
function storyNaming(snapshot: StorySnapshot, question: string): ((story: Story) => boolean) | null {
  const names = namesIn(snapshot, question);
  if (names.length === 0) return null;
  return (story) => {
    const held = wordsNamed(story);
    const rank = snapshot.rankOf[snapshot.byId.get(story.id)!]!;
    return names.every(
      (name) => name.words.every((word) => held.has(word)) || holdsRank(name.place?.ranks, rank),
    );
  };
}

/**
 * The best answer whose story names every place or speaker the question names ("how long did canada
 * and the eu negotiate": a story listing Canada among its places), when the best one's story lacks
 * one and that answer is sure enough: one of those read, else the best answer within the best story
 * by its text that names them all (its answering sentence may rank below another story's near miss);
 * the best answer otherwise.
 */
function holdingNames(
  snapshot: StorySnapshot,
  question: string,
  read: FoundExtract[],
  names: ((story: Story) => boolean) | null,
  allowed?: (story: number) => boolean,
): FoundExtract | undefined {
  if (!names || read.length === 0 || names(read[0]!.story)) return read[0];
  const sure = (found: FoundExtract) => found.sure >= ANSWERABLE_THRESHOLD && found.unknown === 0;
  const inRead = read.find((found) => names(found.story) && sure(found));
  if (inRead) return inRead;
  const { ids } = queryTermIds(snapshot.text, question, { correct: true });
  const hits = searchTop(snapshot.text, ids, NAMING_STORIES);
  for (const s of hits.docs) {
    if ((allowed && !allowed(s)) || !names(snapshot.stories.at(s)!)) continue;
    const [best] = findExtracts(snapshot, question, { limit: 1, story: s });
    return best && sure(best) ? best : read[0];
  }
  return read[0];
}

/**
 * A sentence holding every word of the question, from a story naming what the question names, with a
 * phrase of the kind asked: it says the answer even where the answerability model is unsure of it
 * ("when will swearingen retire": "Swearingen… will retire in August").
 */
function saysItAll(found: FoundExtract, names: ((story: Story) => boolean) | null): boolean {
  return names !== null && found.coverage >= 1 && found.extract.fitsKind && names(found.story);
}

/** At least this share of the question's weight held by the sentence of a phrase typed bare (`kindNamed`). */
const BARE_COVERAGE = 0.5;

/**
 * Whether a phrase of the kind asked comes from a sentence holding much of the question, in a story
 * naming what the question names: enough for words typed bare that ask for a figure or a name.
 */
export function kindNamed(
  found: Pick<FoundExtract, 'extract' | 'coverage' | 'story'>,
  names: ((story: Story) => boolean) | null,
): boolean {
  return found.extract.fitsKind && found.coverage >= BARE_COVERAGE && (names === null || names(found.story));
}

/**
 * The same sentence filed again in another story (Reuters files the same news several times) is one
 * piece of evidence: each pair is as sure as the surest pair of the same sentence and phrase, whichever
 * copy the ranker put first.
 */
export function asSureAsCopies<
  T extends Pick<FoundExtract, 'sentence' | 'sure'> & { extract: { text: string } },
>(read: T[]): T[] {
  const keyOf = (found: T) => `${found.sentence}\n${found.extract.text}`;
  const surest = new Map<string, number>();
  for (const found of read)
    surest.set(keyOf(found), Math.max(surest.get(keyOf(found)) ?? Number.NEGATIVE_INFINITY, found.sure));
  return read.map((found) => {
    const sure = surest.get(keyOf(found))!;
    return sure === found.sure ? found : { ...found, sure };
  });
}

/**
 * Whether a story may name a name, by the index: it holds every word of it. A name with a word no story
 * holds is in none; one with no word the index keeps may be in any.
 */
function mayNameBy(snapshot: StorySnapshot, name: string): (story: number) => boolean {
  const { ids, unknown } = queryTermIds(snapshot.text, name);
  if (unknown.length > 0) return () => false;
  if (ids.length === 0) return () => true;
  const held = termsHeld(snapshot.text, ids);
  return (story) => held[story]! >= ids.length;
}

/** At most this share of the set in a date range: its stories are listed for a search to read alone. */
const FEW_IN_RANGE = 1 / 16;

/** The stories dated within a range, when they are few (`FEW_IN_RANGE`); nothing otherwise. */
function fewInRange(snapshot: StorySnapshot, range: DateRange): { among?: number[] } {
  const [lo, hi] = rankRange(snapshot.stories, snapshot.order, range.from, range.to);
  if (hi - lo > snapshot.stories.length * FEW_IN_RANGE) return {};
  return { among: Array.from(snapshot.order.subarray(lo, Math.max(lo, hi))) };
}

/**
 * Any other question: the phrase that answers it, in bold, then the sentence it comes from, then the
 * story. When no phrase scores well enough, or the sentence holds too little of the question, the
 * answer says the stories do not say, naming the closest story.
 */
function answerBySentence(
  snapshot: StorySnapshot,
  parsed: ParsedQuestion,
  range: DateRange | null,
  mustName?: string,
): AskResult {
  const name = mustName?.toLowerCase();
  // Asked of every sentence a search visits: the date is read from its column, and a story is made
  // (its paragraphs read) only to look for a name, once per story, and only where the index says the
  // story holds every word of the name.
  const named = new Map<number, boolean>();
  const mayName = name ? mayNameBy(snapshot, name) : null;
  const test =
    range || name
      ? (s: number) => {
          if (range) {
            const date = snapshot.stories.dateAt(s);
            if (!(date !== null && date >= range.from && date <= range.to)) return false;
          }
          if (!name) return true;
          if (mayName && !mayName(s)) return false;
          let holds = named.get(s);
          if (holds === undefined) {
            holds = (snapshot.stories.at(s)!.paragraphs ?? []).some((p) => p.toLowerCase().includes(name));
            named.set(s, holds);
          }
          return holds;
        }
      : undefined;
  // A date range of few stories names them, so that their sentences are read alone (`StoryFilter`).
  const allowed: StoryFilter | undefined =
    test && range ? Object.assign(test, fewInRange(snapshot, range)) : test;
  const question = [parsed.text, parsed.date && !parsed.text.includes(parsed.date) ? parsed.date : '']
    .filter(Boolean)
    .join(' ');
  // The phrase the ranked sentences give, when the answerability model is sure enough of it and the
  // question names nothing the set knows nothing of. The story index ranks whole stories better (their
  // headlines, places and dates count): the sentence it points to in another story is taken instead
  // when it holds as much of the question (news questions typed as a few key words), as it is while a
  // large set's sentence index is being built.
  const read = asSureAsCopies(findExtracts(snapshot, question, { limit: Number.POSITIVE_INFINITY, allowed }));
  const names = storyNaming(snapshot, parsed.text);
  const byNames = holdingNames(snapshot, parsed.text, read, names, allowed);
  const bySentence =
    byNames && byNames.sure < ANSWERABLE_THRESHOLD
      ? (read.find((found) => found.unknown === 0 && saysItAll(found, names)) ?? byNames)
      : byNames;
  // The sentence the ranker puts first: the closest one when no phrase of any is sure enough.
  const closestRead = read.find((found) => found.rank.top) ?? bySentence;
  const sure = bySentence
    ? (bySentence.sure >= ANSWERABLE_THRESHOLD ||
        saysItAll(bySentence, names) ||
        (parsed.kindTypedBare === true && kindNamed(bySentence, names))) &&
      bySentence.unknown === 0
    : true;
  let best: Pick<
    FoundExtract,
    'story' | 'sentence' | 'paragraph' | 'sentenceStart' | 'extract' | 'coverage'
  > | null = bySentence && sure ? bySentence : null;
  const words = [parsed.topic, parsed.subject, parsed.phrase].filter(Boolean).join(' ') || parsed.text;
  const [inStory, second] = !sure
    ? []
    : name
      ? findAnswerSentences(snapshot, words, parsed.factKind, 12, range).filter((hit) =>
          hit.sentence.text.toLowerCase().includes(name),
        )
      : findAnswerSentences(snapshot, words, parsed.factKind, 2, range);
  const storyFit =
    inStory &&
    inStory.coverage >= MIN_COVERAGE &&
    (inStory.matched >= 2 || questionTerms(snapshot, words).size === 1)
      ? inStory
      : null;
  // Another story's sentence (the same words filed again included) when it holds as much and its
  // phrase is as good (`storySentenceWins`), and it names what the question names as the answer's
  // story does.
  if (
    storyFit &&
    storyFit.story.id !== best?.story.id &&
    !(names && best && names(best.story) && !names(storyFit.story))
  ) {
    const { extract, coverage } = extractIn(snapshot, question, storyFit.sentence.text);
    const at = locate(storyFit.story, storyFit.sentence.text);
    if (extract && at && (!best || storySentenceWins({ extract, coverage }, best)))
      best = {
        story: storyFit.story,
        sentence: storyFit.sentence.text,
        paragraph: at.paragraph,
        sentenceStart: at.start,
        extract,
        coverage,
      };
  }
  if (!best) {
    const near = closestRead?.story ?? inStory?.story;
    const closest = near ? ` The closest story I found is ${storyLabel(refOf(near))}.` : '';
    // The closest sentence is cited for the asker to judge, unless the question names something the
    // stories know nothing of: then nothing in them is close.
    const cited = closestRead && closestRead.unknown === 0 ? closestRead : null;
    return {
      intent: 'unknown',
      answer: `I don't know: I could not find a sentence in the stories that answers "${clip(parsed.text, 150)}".${closest} ${SUGGESTIONS}`,
      citations: cited ? [citation(refOf(cited.story), cited.sentence)] : [],
      extract: null,
    };
  }
  const { story } = best;
  let { extract } = best;
  let span = rawSpan(
    story,
    best.paragraph,
    best.sentenceStart + extract.start,
    best.sentenceStart + extract.end,
  );
  // A who-question answered by a quote: its speaker, where the story names them nearest the quote.
  const sentenceSpan = rawSpan(
    story,
    best.paragraph,
    best.sentenceStart,
    best.sentenceStart + best.sentence.length,
  );
  const quote =
    answerKind(parsed.text) === 'person' && sentenceSpan
      ? answeringQuote(story, parsed.text, sentenceSpan, span)
      : null;
  const speaker = quote && nameNear(story, quote.speaker!, quote.span[0]);
  if (speaker) {
    extract = { ...extract, text: speaker.text };
    span = speaker.span;
  }
  let answer = `**${quote?.speaker ?? extract.text}** — ${quotedSentence(best.sentence, 600)} (${storyLine(story)})`;
  const citations = [citation(refOf(story), best.sentence)];
  // A second story saying much the same thing is worth a line; a weaker sentence is not.
  if (
    storyFit &&
    best.sentence === storyFit.sentence.text &&
    second &&
    second.story.id !== story.id &&
    second.score >= storyFit.score * 0.85 &&
    second.coverage >= MIN_COVERAGE
  ) {
    answer += `\nAlso ${storyLabel(refOf(second.story))}:\n${blockQuote(second.sentence.text, 400)}`;
    citations.push(citation(refOf(second.story), second.sentence.text));
  }
  return {
    intent: 'fact',
    answer,
    citations,
    extract: span ? { text: extract.text, id: story.id, span } : null,
  };
}

/** "how old is tim sloan": whose age is asked. */
const AGE_QUESTION = /^how old (?:is|was|'s) (.+)$/i;

/**
 * "how old is tim sloan": the age a story writes beside the person's name ("Tim Sloan, 56, who…",
 * "Keith Lamont Scott, a 43-year-old…"), the figure as the extract.
 */
function answerAge(snapshot: StorySnapshot, question: string): AskResult | null {
  const subject = AGE_QUESTION.exec(question.trim())?.[1];
  const found = subject ? storiesHoldingAll(snapshot, subject) : null;
  if (!subject || !found) return null;
  const key = normalizeName(subject);
  const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  for (const story of found.stories)
    for (const person of story.people) {
      // "tim sloan" for Timothy Sloan: the surname typed, in a story holding every word typed.
      const surname = (name: string) => name.split(' ').at(-1);
      if (person.kind === 'organisation') continue;
      if (!personMatches(person, key) && surname(normalizeName(person.name)) !== surname(key)) continue;
      const names = [person.name, ...person.aliases].map(literal).join('|');
      const age = new RegExp(`\\b(?:${names}),\\s+(?:an?\\s+)?(\\d{1,3})(?:,|-year-old\\b)`);
      for (const sentence of sentencesOf(story)) {
        const at = age.exec(sentence.text);
        const place = at && locate(story, sentence.text);
        if (!at || !place) continue;
        const start = at.index + at[0].lastIndexOf(at[1]!);
        const span = rawSpan(
          story,
          place.paragraph,
          place.start + start,
          place.start + start + at[1]!.length,
        );
        return {
          intent: 'fact',
          answer: `**${at[1]}** — ${quotedSentence(sentence.text, 600)} (${storyLine(story)})`,
          citations: [citation(refOf(story), sentence.text)],
          extract: span ? { text: at[1]!, id: story.id, span } : null,
        };
      }
    }
  return null;
}

type Pair = { extract: Pick<Extracted, 'fitsKind' | 'score'>; coverage: number };

/**
 * Whether the sentence the story index points to answers rather than the sentence ranker's best pair
 * of a sentence and its phrase: when it holds every word of the question, or more of it with a phrase
 * of the kind asked (or the ranker's has none either), or as much with such a phrase scoring at least
 * as high. Among stories
 * on the same news, one that only repeats the question's words ("does not want to raise another sticky
 * issue" for "how much development aid does the ldp plan want") no longer displaces a sentence holding
 * the answer beside them.
 */
export function storySentenceWins(fromStory: Pair, ranked: Pair): boolean {
  if (fromStory.coverage > ranked.coverage)
    return fromStory.coverage >= 1 || fromStory.extract.fitsKind || !ranked.extract.fitsKind;
  return (
    fromStory.coverage >= ranked.coverage &&
    (fromStory.extract.fitsKind || !ranked.extract.fitsKind) &&
    fromStory.extract.score >= ranked.extract.score
  );
}

/** `mustName`: only sentences naming it will do (a speaker the directory does not know). */
export function answerFact(
  snapshot: StorySnapshot,
  parsed: ParsedQuestion,
  range: DateRange | null = null,
  mustName?: string,
): AskResult {
  if (parsed.factKind === 'who-is' && parsed.subject) {
    // "ponomarevs job": a possessive typed without its apostrophe, when the name as typed is no one's.
    const answer =
      answerWhoIs(snapshot, parsed.subject) ??
      (/[^s]s$/i.test(parsed.subject) ? answerWhoIs(snapshot, parsed.subject.slice(0, -1)) : null);
    if (answer) return answer;
  }
  const leader = answerLeader(snapshot, parsed.text) ?? answerAge(snapshot, parsed.text);
  if (leader) return leader;
  if (parsed.factKind === 'where-is' && parsed.subject) {
    const answer = answerWhereIs(snapshot, parsed.subject);
    if (answer) return answer;
  }
  const defined = answerShortName(snapshot, parsed.text);
  if (defined) return defined;
  return answerBySentence(snapshot, parsed, range, mustName);
}

/** "what is ecop", "what does gatt stand for": what a short name stands for. */
const SHORT_NAME_QUESTION =
  /^(?:what\s+does|what(?:'s|’s|s)?(?:\s+(?:is|was|are))?)\s+(?:the\s+|an?\s+)?([a-z]{2,5})(?:\s+stand\s+for)?\s*\??$/i;

/** Stories read for the sentence that gives a short name's long form. */
const DEFINING_STORIES = 5;

/**
 * What a short name stands for, as the stories that use it write it in full (`longFormOf`), the
 * long form as the answer's phrase in the first sentence of those stories that writes it.
 */
function answerShortName(snapshot: StorySnapshot, question: string): AskResult | null {
  const typed = SHORT_NAME_QUESTION.exec(question.trim())?.[1];
  const long = typed ? longFormOf(snapshot, typed) : null;
  if (!typed || !long) return null;
  const hits = searchTop(
    snapshot.text,
    queryTermIds(snapshot.text, `${long} ${typed}`).ids,
    DEFINING_STORIES,
  );
  for (let i = 0; i < hits.docs.length; i++) {
    const story = snapshot.stories.at(hits.docs[i]!);
    const sentence = story && sentencesOf(story).find((each) => each.text.includes(long))?.text;
    const at = sentence ? locate(story, sentence) : null;
    if (!story || !sentence || !at) continue;
    const start = at.start + sentence.indexOf(long);
    const span = rawSpan(story, at.paragraph, start, start + long.length);
    return {
      intent: 'fact',
      answer: `**${long}** — ${quotedSentence(sentence, 600)} (${storyLine(story)})`,
      citations: [citation(refOf(story), sentence)],
      extract: span ? { text: long, id: story.id, span } : null,
    };
  }
  return null;
}
