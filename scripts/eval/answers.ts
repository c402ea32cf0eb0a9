/**
 * Eval section `answers`: free questions of every kind, asked of one snapshot holding the seed, the
 * Reuters stories and the PolNeAR test and dev stories. The questions are generated at eval time by
 * rules from the corpora's own labels (datelines, dates, titles, gold attributions) and the seed's
 * expected parse; nothing derived from the labels is stored. A fixed random seed keeps the set stable.
 * Half A of the questions is the one to tune on; half B is reported alongside as the check.
 * A second, varied set (`right, varied-*`) asks the same kinds of question as people type them — lower
 * case, misspelt names and places, Reuters titles, other date forms, names no story holds — with a bar on the whole set only.
 */

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import nlp from 'compromise';
import { MONTH_NAMES } from '../../src/engine/dates.ts';
import type { AskIntent, AskResult } from '../../src/library/results.ts';
import { openAnswerLibrary } from './answerLibrary.ts';
import type { EvalSection, Metric, SectionResult } from './section.ts';

/** One generated question: what to ask, the intent it should be read as, and how to tell a right answer. */
interface GeneratedQuestion {
  kind: string;
  question: string;
  intent: AskIntent;
  isRight: (result: AskResult) => boolean;
  /** What a right answer holds, for the misses listed in --json details. */
  expected?: string;
}

interface ReutersMeta {
  file: string;
  date: string;
  title: string;
  dateline_place: string;
  topics: string[];
}

// ---------------------------------------------------------------------------------------------------
// Small helpers: a seeded random source, text normalisation and overlap.

/** mulberry32: a tiny seeded generator, so the same questions are drawn on every run. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function sample<T>(items: readonly T[], count: number, random: () => number): T[] {
  const pool = [...items];
  const out: T[] = [];
  while (out.length < count && pool.length > 0) {
    const at = Math.floor(random() * pool.length);
    out.push(pool[at]!);
    pool[at] = pool[pool.length - 1]!;
    pool.pop();
  }
  return out;
}

/** FNV-1a: a number from a text, the same on every run. */
function hashOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/**
 * `count` items in an order fixed by each one's own key, each with a random source of its own: a parse
 * change that adds or drops an item (a quote now attributed, a role now read) leaves every other item
 * drawn, and its wording, as they were.
 */
function stableSample<T>(
  items: readonly T[],
  count: number,
  keyOf: (item: T) => string,
  seed: number,
): Array<{ item: T; random: () => number }> {
  return items
    .map((item) => ({ item, hash: hashOf(`${seed}|${keyOf(item)}`) }))
    .sort((a, b) => a.hash - b.hash)
    .slice(0, count)
    .map(({ item, hash }) => ({ item, random: seededRandom(hash) }));
}

const pick = <T>(items: readonly T[], random: () => number): T => items[Math.floor(random() * items.length)]!;

const EVAL_STOPWORDS = new Set(
  (
    'a about above after again against all also am an and any are as at be because been before being ' +
    'below between both but by can could did do does for from further had has have he her here his how i ' +
    'if in into is it its just me more most my no nor not now of off on once only or other our out over ' +
    'own same she should so some such than that the their them then there these they this those through ' +
    'to too under until up very was we were what when where which while who whom why will with would you ' +
    'your said says say mln dlrs pct year years last first new one two three inc corp co ltd reuters told ' +
    'week weeks month months today yesterday also would could may might must shall going get got'
  ).split(/\s+/),
);

const wordsOf = (text: string) => text.toLowerCase().match(/[a-z][a-z'-]*[a-z]|[a-z]/g) ?? [];
const normalized = (text: string) =>
  text
    .toLowerCase()
    .replace(/[\u2018\u2019\u201c\u201d"']/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/** Share of the shorter text's words that the longer one holds: 1 when one quote contains the other. */
function overlap(a: string, b: string): number {
  const wa = normalized(a).split(' ').filter(Boolean);
  const wb = new Set(normalized(b).split(' ').filter(Boolean));
  const sa = new Set(wa);
  const [small, large] = sa.size <= wb.size ? [sa, wb] : [wb, sa];
  if (small.size === 0) return 0;
  let shared = 0;
  for (const word of small) if (large.has(word)) shared++;
  return shared / small.size;
}

/** The city of a Reuters dateline place, without its state or country or stray marks: `MEMPHIS, TENN.` → `Memphis`. */
const cityOf = (place: string) =>
  titleCase(
    place
      .split(/,| - |\s-$/)[0]!
      .replace(/[^\p{L}\s.'-]/gu, '')
      .trim(),
  );
/** Whether a dateline label names a city at all (a few are stray marks such as `Mar  --  --`). */
const namesCity = (place: string) => /^\p{L}[\p{L}.']+(?:[ -]\p{L}[\p{L}.']*)*$/u.test(cityOf(place));
/** A comparable form of a dateline place: the labels write the same city several ways. */
const cityKey = (place: string) => cityOf(place).toLowerCase().replace(/\./g, '');
const titleCase = (text: string) =>
  text.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, a, b) => a + b.toUpperCase());

/** A day in one of the ways people write it. */
function dayPhrase(iso: string, random: () => number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const month = MONTH_NAMES[m - 1]!;
  const short = month.slice(0, 3);
  return pick([`${month} ${d} ${y}`, `${short} ${d}, ${y}`, `${d} ${month} ${y}`, iso], random);
}

const idOf = (file: string) => file.replace(/^.*[\\/]/, '').replace(/\.(txt|md)$/i, '');

// ---------------------------------------------------------------------------------------------------
// Question generators.

function seedQuestions(shared: string): GeneratedQuestion[] {
  const expectedFile = join(shared, 'seed', '000_2696b59510ee6b97.expected.json');
  if (!existsSync(expectedFile)) return [];
  const expected = JSON.parse(readFileSync(expectedFile, 'utf8')) as {
    quotes: Array<{ text: string; speaker: string }>;
  };
  const seedId = '000_2696b59510ee6b97';
  const citesSeed = (result: AskResult) => result.citations.some((c) => c.id === seedId);
  const citesAll = (result: AskResult, texts: string[]) =>
    texts.every((text) => result.citations.some((c) => c.id === seedId && overlap(c.text, text) >= 0.8));
  const by = (speaker: string) => expected.quotes.filter((q) => q.speaker === speaker).map((q) => q.text);
  return [
    {
      kind: 'seed-quotes',
      question: 'what did Khamenei say?',
      intent: 'quotes',
      isRight: (r) => citesAll(r, by('Ali Khamenei')),
    },
    {
      kind: 'seed-quotes',
      question: 'What has Psaki said?',
      intent: 'quotes',
      isRight: (r) => /Paski/.test(r.answer) && citesAll(r, by('Jen Paski').slice(0, 2)),
    },
    {
      kind: 'seed-quotes',
      question: "who said 'serious threat'?",
      intent: 'quotes',
      isRight: (r) => /United States|\bU\.?S\.?\b/.test(r.answer) && citesSeed(r),
    },
    {
      kind: 'seed-quotes',
      question: 'quotes from Kerry in September 2014',
      intent: 'quotes',
      isRight: (r) => citesAll(r, by('Kerry')),
    },
    {
      kind: 'seed-stories',
      question: 'what happened in Paris on Sept 15 2014?',
      intent: 'stories',
      isRight: (r) => r.citations[0]?.id === seedId,
    },
    {
      kind: 'seed-summary',
      question: 'give me a summary of 000_2696b59510ee6b97',
      intent: 'summary',
      isRight: (r) => r.citations[0]?.id === seedId,
    },
    {
      kind: 'seed-summary',
      question: 'tl;dr of the Iran coalition story',
      intent: 'summary',
      isRight: (r) => r.citations[0]?.id === seedId,
    },
    {
      kind: 'seed-fact',
      question: 'who is Jen Paski?',
      intent: 'fact',
      isRight: (r) => /spokeswoman/i.test(r.answer) && citesSeed(r),
    },
    {
      kind: 'seed-fact',
      question: 'where did U.S. and Iranian officials discuss the crisis in Iraq?',
      intent: 'fact',
      isRight: (r) => r.citations.some((c) => c.id === seedId && /Vienna/.test(c.text)),
    },
  ];
}

function readReutersMeta(dir: string): ReutersMeta[] {
  const metaFile = join(dir, 'meta.jsonl');
  const out: ReutersMeta[] = [];
  for (const line of readFileSync(metaFile, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const meta = JSON.parse(line) as ReutersMeta;
    if (meta.date && meta.file) out.push(meta);
  }
  return out;
}

/** "stories from <dateline city> on <day>": every cited story is from that city and day, and the asked-for one is cited when the day's stories from the city are few. */
function reutersDayQuestions(metas: ReutersMeta[], count: number, random: () => number): GeneratedQuestion[] {
  const groups = new Map<string, ReutersMeta[]>();
  for (const meta of metas) {
    if (!meta.dateline_place) continue;
    const key = `${cityKey(meta.dateline_place)}|${meta.date}`;
    groups.set(key, [...(groups.get(key) ?? []), meta]);
  }
  const byId = new Map(metas.map((m) => [idOf(m.file), m]));
  return sample(
    metas.filter((m) => m.dateline_place && namesCity(m.dateline_place)),
    count,
    random,
  ).map((meta) => {
    const city = cityOf(meta.dateline_place);
    const group = groups.get(`${cityKey(meta.dateline_place)}|${meta.date}`)!;
    const form = pick(
      [
        'stories from {c} on {d}',
        'news from {c} on {d}',
        'what happened in {c} on {d}?',
        'anything from {c} on {d}?',
        'show me the headlines from {c} on {d}',
      ],
      random,
    );
    return {
      kind: 'reuters-day',
      question: form.replace('{c}', city).replace('{d}', dayPhrase(meta.date, random)),
      intent: 'stories' as const,
      isRight: (r: AskResult) => {
        if (r.citations.length === 0) return false;
        const allMatch = r.citations.every((c) => {
          const m = byId.get(c.id);
          return (
            m !== undefined &&
            m.date === meta.date &&
            cityKey(m.dateline_place) === cityKey(meta.dateline_place)
          );
        });
        const cited = r.citations.some((c) => c.id === idOf(meta.file));
        return allMatch && (cited || group.length > r.citations.length);
      },
    };
  });
}

/** "what happened in <city> in <month year>": every cited story is from that city and month. */
function reutersMonthQuestions(
  metas: ReutersMeta[],
  count: number,
  random: () => number,
): GeneratedQuestion[] {
  const byId = new Map(metas.map((m) => [idOf(m.file), m]));
  return sample(
    metas.filter((m) => m.dateline_place && namesCity(m.dateline_place)),
    count,
    random,
  ).map((meta) => {
    const city = cityOf(meta.dateline_place);
    const month = `${MONTH_NAMES[Number(meta.date.slice(5, 7)) - 1]} ${meta.date.slice(0, 4)}`;
    const form = pick(
      [
        'what happened in {c} in {m}?',
        'any news from {c} in {m}?',
        'stories from {c} in {m}',
        "what's been happening in {c} in {m}?",
      ],
      random,
    );
    return {
      kind: 'reuters-month',
      question: form.replace('{c}', city).replace('{m}', month),
      intent: 'stories' as const,
      isRight: (r: AskResult) =>
        r.citations.length > 0 &&
        r.citations.every((c) => {
          const m = byId.get(c.id);
          return (
            m !== undefined &&
            m.date.slice(0, 7) === meta.date.slice(0, 7) &&
            cityKey(m.dateline_place) === cityKey(meta.dateline_place)
          );
        }),
    };
  });
}

/** "summarize the <3 rarest title words> story", for titles those words single out. */
function reutersSummaryQuestions(
  dir: string,
  metas: ReutersMeta[],
  count: number,
  random: () => number,
): GeneratedQuestion[] {
  const titleWords = (title: string) =>
    wordsOf(title.replace(/<[^>]*>/g, ' ')).filter((w) => w.length >= 3 && !EVAL_STOPWORDS.has(w));
  const df = new Map<string, number>();
  const sets = metas.map((m) => new Set(titleWords(m.title)));
  for (const set of sets) for (const word of set) df.set(word, (df.get(word) ?? 0) + 1);
  const out: GeneratedQuestion[] = [];
  for (const index of sample(
    metas.map((_, i) => i),
    count * 4,
    random,
  )) {
    if (out.length >= count) break;
    const meta = metas[index]!;
    const file = join(dir, 'stories', meta.file);
    if (!existsSync(file)) continue;
    // Only title words the story itself holds: the collection's titles are not part of the files, and a
    // reader names a story by words they saw in it.
    const body = new Set(wordsOf(readFileSync(file, 'utf8')));
    const words = [...sets[index]!].filter((w) => body.has(w));
    if (words.length < 3) continue;
    const rare = [...words].sort((a, b) => df.get(a)! - df.get(b)!).slice(0, 3);
    // Skip titles the chosen words do not single out: the question would be ambiguous.
    const others = sets.filter((set, i) => i !== index && rare.every((w) => set.has(w))).length;
    if (others > 0) continue;
    const ordered = words.filter((w) => rare.includes(w));
    const form = pick(
      [
        'summarize the {w} story',
        'give me a summary of the {w} story',
        'tl;dr of the {w} story',
        "what's the gist of the {w} story?",
        'can you sum up the {w} story?',
      ],
      random,
    );
    out.push({
      kind: 'reuters-summary',
      question: form.replace('{w}', ordered.join(' ')),
      intent: 'summary',
      isRight: (r) => r.citations[0]?.id === idOf(meta.file),
      expected: `${idOf(meta.file)}: ${meta.title}`,
    });
  }
  return out;
}

/** Body sentences of a Reuters story file: the header dropped, lines re-flowed. */
function storySentences(raw: string): string[] {
  const body = raw.replace(/^\s*date \d{4}-\d{2}-\d{2}\s+[^-]*?-\s/, '');
  return body
    .replace(/\s+/g, ' ')
    .split(/(?<=[.!?])\s+(?=[A-Z"])/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** "how much/how many <words of a sentence with a figure>?": right when a cited sentence holds that figure. */
function reutersFactQuestions(
  dir: string,
  metas: ReutersMeta[],
  count: number,
  random: () => number,
): GeneratedQuestion[] {
  const out: GeneratedQuestion[] = [];
  for (const meta of sample(metas, count * 3, random)) {
    if (out.length >= count) break;
    const file = join(dir, 'stories', meta.file);
    if (!existsSync(file)) continue;
    const sentences = storySentences(readFileSync(file, 'utf8')).filter(
      (s) =>
        s.length > 50 &&
        s.length < 260 &&
        /\d/.test(s) &&
        !/\b(?:shr|shrs|revs|cts|qtly|qtr|mths|oper)\b/i.test(s) &&
        !/\b(?:19|20)\d\d\b.*\b(?:19|20)\d\d\b/.test(s),
    );
    if (sentences.length === 0) continue;
    const sentence = pick(sentences, random);
    const figure = /\b\d[\d,.]*\d\b|\b\d\b/.exec(sentence)?.[0];
    if (!figure) continue;
    // The content words around the figure, in their order: what someone asking for the figure would type.
    const at = sentence.indexOf(figure);
    const near = `${sentence.slice(Math.max(0, at - 90), at)} ${sentence.slice(at + figure.length, at + figure.length + 50)}`;
    const ordered = [...new Set(wordsOf(near).filter((w) => w.length >= 3 && !EVAL_STOPWORDS.has(w)))].slice(
      -6,
    );
    if (ordered.length < 3) continue;
    const lead = /\b(?:pct|percent|%|dlrs|mln|billion|cts|yen|marks|francs|tonnes|bags|shares)\b/i.test(
      sentence,
    )
      ? 'how much'
      : 'how many';
    out.push({
      kind: 'reuters-fact',
      question: `${lead} ${ordered.join(' ')}?`,
      intent: 'fact',
      isRight: (r) => r.citations.some((c) => c.id === idOf(meta.file) && c.text.includes(figure)),
      expected: `${idOf(meta.file)}: ${sentence}`,
    });
  }
  return out;
}

interface GoldQuote {
  storyId: string;
  speaker: string;
  content: string;
}

/** Direct quotes with a named source, from the PolNeAR gold attributions (brat standoff). */
function polnearGoldQuotes(dir: string): GoldQuote[] {
  const out: GoldQuote[] = [];
  const annDir = join(dir, 'attributions');
  if (!existsSync(annDir)) return out;
  for (const name of readdirSync(annDir).sort()) {
    if (!name.endsWith('.ann')) continue;
    const storyFile = join(dir, 'stories', name.replace(/\.ann$/, '.txt'));
    if (!existsSync(storyFile)) continue;
    const story = readFileSync(storyFile, 'utf8');
    // Quotation-mark regions of the story: a content mostly inside one is a direct quote.
    const inside = new Uint8Array(story.length);
    for (const match of story.matchAll(/["\u201c][^"\u201c\u201d]{1,1500}["\u201d]/g))
      inside.fill(1, match.index, match.index + match[0].length);
    const spans = new Map<string, { type: string; start: number; end: number; text: string }>();
    const events: Array<Record<string, string>> = [];
    for (const line of readFileSync(join(annDir, name), 'utf8').split('\n')) {
      const t = /^(T\d+)\t(\w+) (\d+)(?: \d+;\d+)* (\d+)\t(.*)$/.exec(line);
      if (t) spans.set(t[1]!, { type: t[2]!, start: Number(t[3]), end: Number(t[4]), text: t[5]! });
      const e = /^E\d+\t(.*)$/.exec(line);
      if (e)
        events.push(
          Object.fromEntries(e[1]!.split(/\s+/).map((part) => part.split(':') as [string, string])),
        );
    }
    for (const event of events) {
      const source = event.Source ? spans.get(event.Source) : undefined;
      const content = event.Content ? spans.get(event.Content) : undefined;
      if (!source || !content) continue;
      if (!/^(?:[A-Z][a-z]+\.? ){0,2}[A-Z][a-z]+(?:-[A-Z][a-z]+)?$/.test(source.text)) continue;
      if (/^(?:The|He|She|They|It|We|I|This|That|His|Her)\b/.test(source.text)) continue;
      const start = content.start + 16;
      const end = content.end + 16;
      let quoted = 0;
      for (let i = start; i < end && i < inside.length; i++) quoted += inside[i]!;
      if (end <= start || quoted / (end - start) < 0.6) continue;
      out.push({
        storyId: idOf(name.replace(/\.ann$/, '')),
        speaker: source.text,
        content: story.slice(start, end),
      });
    }
  }
  return out;
}

/** "what did <surname> say about <rare words of the quote>?": right when a cited quote overlaps the gold one. */
function polnearQuoteQuestions(gold: GoldQuote[], count: number, random: () => number): GeneratedQuestion[] {
  const df = new Map<string, number>();
  for (const quote of gold)
    for (const word of new Set(wordsOf(quote.content))) df.set(word, (df.get(word) ?? 0) + 1);
  const out: GeneratedQuestion[] = [];
  for (const quote of sample(gold, count * 3, random)) {
    if (out.length >= count) break;
    // Nouns of the quote are what people ask about; the two least common single it out best.
    const nouns = nlp(quote.content).match('#Noun').not('#Pronoun').out('array') as string[];
    const words = [...new Set(nouns.flatMap((noun) => wordsOf(noun)))].filter(
      (w) => w.length >= 4 && !EVAL_STOPWORDS.has(w) && df.has(w),
    );
    if (words.length < 2) continue;
    const topic = [...words].sort((a, b) => df.get(a)! - df.get(b)! || b.length - a.length).slice(0, 2);
    const surname = quote.speaker.split(' ').pop()!;
    const form = pick(
      [
        'what did {s} say about {t}?',
        'did {s} say anything about {t}?',
        'quotes from {s} about {t}',
        'has {s} said anything about {t}?',
        'show me what {s} said about {t}',
      ],
      random,
    );
    out.push({
      kind: 'polnear-quotes',
      question: form.replace('{s}', surname).replace('{t}', topic.join(' ')),
      intent: 'quotes',
      isRight: (r) =>
        r.citations.some((c) => c.id === quote.storyId && overlap(c.text, quote.content) >= 0.6),
      expected: `${quote.storyId}: ${quote.speaker}: ${quote.content.slice(0, 160)}`,
    });
  }
  return out;
}

/** Every generated question, in a stable order. */
function generateQuestions(shared: string, perKind: number, seed = 20260127): GeneratedQuestion[] {
  const random = seededRandom(seed);
  const questions = seedQuestions(shared);
  const reutersDir = join(shared, 'corpora', 'reuters21578');
  if (existsSync(join(reutersDir, 'meta.jsonl'))) {
    const metas = readReutersMeta(reutersDir);
    questions.push(...reutersDayQuestions(metas, perKind, random));
    questions.push(...reutersMonthQuestions(metas, perKind, random));
    questions.push(...reutersSummaryQuestions(reutersDir, metas, perKind, random));
    questions.push(...reutersFactQuestions(reutersDir, metas, perKind, random));
  }
  const polnearDev = join(shared, 'corpora', 'polnear', 'dev');
  if (existsSync(polnearDev))
    questions.push(...polnearQuoteQuestions(polnearGoldQuotes(polnearDev), perKind, random));
  // Later kinds draw from their own streams, so adding one leaves the questions above unchanged.
  if (existsSync(join(reutersDir, 'meta.jsonl')))
    questions.push(...reutersTopicQuestions(readReutersMeta(reutersDir), perKind, seededRandom(seed + 1)));
  const polnearTest = join(shared, 'corpora', 'polnear', 'test', 'stories');
  if (existsSync(polnearTest))
    questions.push(...polnearSummaryQuestions(polnearTest, perKind, seededRandom(seed + 2)));
  if (existsSync(polnearDev))
    questions.push(
      ...polnearWhoSaidQuestions(polnearGoldQuotes(polnearDev), perKind, seededRandom(seed + 3)),
    );
  // The same question drawn twice would count twice.
  const seen = new Set<string>();
  return questions.filter((q) => {
    if (seen.has(q.question)) return false;
    seen.add(q.question);
    return true;
  });
}

/** Commodity topics people ask about by their plain names (the collection's labels for them). */
const TOPIC_WORDS: Record<string, string> = {
  wheat: 'wheat',
  corn: 'corn',
  sugar: 'sugar',
  coffee: 'coffee',
  gold: 'gold',
  cocoa: 'cocoa',
  copper: 'copper',
  rice: 'rice',
  cotton: 'cotton',
  rubber: 'rubber',
  silver: 'silver',
  zinc: 'zinc',
  crude: 'crude oil',
};

/** "news about <commodity> in <month>": most cited stories carry the collection's label for it, all from that month. */
function reutersTopicQuestions(
  metas: ReutersMeta[],
  count: number,
  random: () => number,
): GeneratedQuestion[] {
  const byId = new Map(metas.map((m) => [idOf(m.file), m]));
  const labelled = metas.filter((m) => m.topics.some((t) => t in TOPIC_WORDS));
  return sample(labelled, count, random).map((meta) => {
    const label = pick(
      meta.topics.filter((t) => t in TOPIC_WORDS),
      random,
    );
    const month = `${MONTH_NAMES[Number(meta.date.slice(5, 7)) - 1]} ${meta.date.slice(0, 4)}`;
    const form = pick(
      [
        'news about {t} in {m}',
        'any {t} stories in {m}?',
        'what happened to {t} in {m}?',
        'articles on {t} from {m}',
      ],
      random,
    );
    return {
      kind: 'reuters-topic',
      question: form.replace('{t}', TOPIC_WORDS[label]!).replace('{m}', month),
      intent: 'stories' as const,
      isRight: (r: AskResult) => {
        const cited = r.citations.map((c) => byId.get(c.id));
        if (cited.length === 0 || cited.some((m) => !m || m.date.slice(0, 7) !== meta.date.slice(0, 7)))
          return false;
        return cited.filter((m) => m!.topics.includes(label)).length >= cited.length * 0.8;
      },
      expected: `${label} stories in ${month}`,
    };
  });
}

/** "summarize the <3 rarest title words> story" for PolNeAR test stories (their title is the file's first line). */
function polnearSummaryQuestions(dir: string, count: number, random: () => number): GeneratedQuestion[] {
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort();
  const titles = files.map((name) => readFileSync(join(dir, name), 'utf8').split('\n')[1]?.trim() ?? '');
  const sets = titles.map(
    (title) => new Set(wordsOf(title).filter((w) => w.length >= 4 && !EVAL_STOPWORDS.has(w))),
  );
  const df = new Map<string, number>();
  for (const set of sets) for (const word of set) df.set(word, (df.get(word) ?? 0) + 1);
  const out: GeneratedQuestion[] = [];
  for (const index of sample(
    files.map((_, i) => i),
    files.length,
    random,
  )) {
    if (out.length >= count) break;
    const words = [...sets[index]!];
    if (words.length < 3) continue;
    const rare = [...words].sort((a, b) => df.get(a)! - df.get(b)!).slice(0, 3);
    const ordered = words.filter((w) => rare.includes(w));
    const id = idOf(files[index]!);
    out.push({
      kind: 'polnear-summary',
      question: pick(
        ['summarize the {w} story', 'tl;dr of the {w} story', 'give me a summary of the {w} story'],
        random,
      ).replace('{w}', ordered.join(' ')),
      intent: 'summary',
      isRight: (r) => r.citations[0]?.id === id,
      expected: `${id}: ${titles[index]}`,
    });
  }
  return out;
}

/** "who said '<five words of a gold direct quote>'?": right when the answer names the gold speaker and cites the story. */
function polnearWhoSaidQuestions(
  gold: GoldQuote[],
  count: number,
  random: () => number,
): GeneratedQuestion[] {
  const out: GeneratedQuestion[] = [];
  for (const quote of sample(gold, count * 3, random)) {
    if (out.length >= count) break;
    // Five words from one sentence of the quote, as someone remembering it would type them.
    const inner = quote.content.replace(/^[\s"\u201c]+|[\s"\u201d,.]+$/g, '');
    if (/["\u201c\u201d\u2014]/.test(inner)) continue;
    const sentences = inner.split(/(?<=[.!?])\s+/).map((part) => part.split(/\s+/).filter(Boolean));
    const long = sentences.filter((words) => words.length >= 5);
    if (long.length === 0) continue;
    const words = pick(long, random);
    const start = Math.floor(random() * (words.length - 4));
    const phrase = words
      .slice(start, start + 5)
      .join(' ')
      .replace(/[,.;:!?]+$/, '');
    const surname = quote.speaker.split(' ').pop()!;
    out.push({
      kind: 'polnear-whosaid',
      question: `who said "${phrase}"?`,
      intent: 'quotes',
      isRight: (r) => r.answer.includes(surname) && r.citations.some((c) => c.id === quote.storyId),
      expected: `${quote.storyId}: ${quote.speaker}`,
    });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------
// The section.

interface Tally {
  asked: number;
  right: number;
}
const share = (t: Tally) => (t.asked ? t.right / t.asked : 0);

export const answersSection: EvalSection = {
  name: 'answers',
  async run({ shared, limit }): Promise<SectionResult> {
    const opened = await openAnswerLibrary(shared);
    if ('skipped' in opened) return { skipped: opened.skipped, metrics: [] };
    const { library } = opened;
    const { ask } = await import('../../src/library/ask.ts');
    const { parseQuestion } = await import('../../src/library/ask/parseQuestion.ts');
    const snapshot = library.snapshot;
    const questions = generateQuestions(shared, limit ? Math.max(1, Math.ceil(limit / 5)) : 60);

    const now = new Date('2026-01-27T12:00:00Z');
    // One untimed question first: the first call pays for compiling the code, not for answering.
    ask(snapshot, 'what did Khamenei say about the US?', now);
    const overall: Tally = { asked: 0, right: 0 };
    const halves: [Tally, Tally] = [
      { asked: 0, right: 0 },
      { asked: 0, right: 0 },
    ];
    const byKind = new Map<string, Tally>();
    const byIntent = new Map<string, Tally>();
    let intentRight = 0;
    const times: number[] = [];
    const slowest: Array<{ ms: number; question: string }> = [];
    const misses: Array<{
      kind: string;
      question: string;
      expected: string;
      intent: string;
      answer: string;
      cited: string[];
    }> = [];
    questions.forEach((q, index) => {
      const started = performance.now();
      const result = ask(snapshot, q.question, now);
      const ms = performance.now() - started;
      times.push(ms);
      slowest.push({ ms: Math.round(ms * 10) / 10, question: q.question });
      let right = false;
      try {
        right = q.isRight(result);
      } catch {
        right = false;
      }
      if (parseQuestion(q.question, now).intent === q.intent) intentRight++;
      for (const tally of [overall, halves[index % 2]!]) {
        tally.asked++;
        if (right) tally.right++;
      }
      for (const [map, key] of [
        [byKind, q.kind],
        [byIntent, q.intent],
      ] as const) {
        const tally = map.get(key) ?? { asked: 0, right: 0 };
        tally.asked++;
        if (right) tally.right++;
        map.set(key, tally);
      }
      const missed = misses.filter((miss) => miss.kind === q.kind).length;
      if (!right && missed < 8)
        misses.push({
          kind: q.kind,
          question: q.question,
          expected: q.expected ?? '',
          intent: result.intent,
          answer: result.answer.slice(0, 200),
          cited: result.citations.slice(0, 5).map((c) => `${c.id}: ${c.text.slice(0, 100)}`),
        });
    });
    const metrics: Metric[] = [
      { name: 'right (all questions)', value: share(overall), format: 'percent', min: 0.93 },
      { name: 'right, half A (tuning)', value: share(halves[0]), format: 'percent' },
      { name: 'right, half B (check)', value: share(halves[1]), format: 'percent' },
      {
        name: 'intent detected',
        value: questions.length ? intentRight / questions.length : 0,
        format: 'percent',
      },
    ];
    for (const [intent, tally] of [...byIntent].sort())
      metrics.push({ name: `right: ${intent} (${tally.asked})`, value: share(tally), format: 'percent' });
    for (const [kind, tally] of [...byKind].sort())
      metrics.push({ name: `right: ${kind} (${tally.asked})`, value: share(tally), format: 'percent' });
    metrics.push({ name: 'questions', value: questions.length, format: 'number' });

    // The varied set: its own figures, a bar on the whole set.
    const varied = generateVariedQuestions(
      shared,
      [...snapshot.stories],
      limit ? Math.max(1, Math.ceil(limit / 5)) : 40,
    );
    const variedAll: Tally = { asked: 0, right: 0 };
    const variedByKind = new Map<string, Tally>();
    let variedIntent = 0;
    const variedMisses: typeof misses = [];
    for (const q of varied) {
      const started = performance.now();
      const result = ask(snapshot, q.question, now);
      times.push(performance.now() - started);
      let right = false;
      try {
        right = q.isRight(result);
      } catch {
        right = false;
      }
      if (result.intent === q.intent || (q.kind === 'varied-no-answer' && right)) variedIntent++;
      const tally = variedByKind.get(q.kind) ?? { asked: 0, right: 0 };
      for (const t of [variedAll, tally]) {
        t.asked++;
        if (right) t.right++;
      }
      variedByKind.set(q.kind, tally);
      if (!right && variedMisses.filter((miss) => miss.kind === q.kind).length < 12)
        variedMisses.push({
          kind: q.kind,
          question: q.question,
          expected: q.expected ?? '',
          intent: result.intent,
          answer: result.answer.slice(0, 200),
          cited: result.citations.slice(0, 5).map((c) => `${c.id}: ${c.text.slice(0, 100)}`),
        });
    }
    metrics.push({
      name: `right, varied (${variedAll.asked})`,
      value: share(variedAll),
      format: 'percent',
      min: 0.88,
    });
    metrics.push({
      name: 'intent, varied',
      value: varied.length ? variedIntent / varied.length : 0,
      format: 'percent',
    });
    for (const [kind, tally] of [...variedByKind].sort())
      metrics.push({ name: `right, ${kind} (${tally.asked})`, value: share(tally), format: 'percent' });
    times.sort((a, b) => a - b);
    const p99 = times[Math.min(times.length - 1, Math.floor(times.length * 0.99))] ?? 0;
    metrics.push({ name: 'ask p99 ms', value: p99, format: 'number' });
    slowest.sort((a, b) => b.ms - a.ms);
    return { metrics, details: { slowest: slowest.slice(0, 8), misses, variedMisses } };
  },
};

// ---------------------------------------------------------------------------------------------------
// The varied set: the same kinds of question as people type them (lower case, no question mark,
// misspelt names, Reuters titles, dates written many ways, questions with no answer). Independent of
// the templates above and of their random streams; reported on its own, with a bar on the whole set.

/** One letter off, as typing gets names wrong: a letter dropped, two swapped, or a vowel changed. */
function misspell(word: string, random: () => number): string {
  if (word.length < 5) return word;
  const at = 1 + Math.floor(random() * (word.length - 3));
  const kind = Math.floor(random() * 3);
  if (kind === 0) return word.slice(0, at) + word.slice(at + 1);
  if (kind === 1) return word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2);
  const vowels = [...word.matchAll(/[aeiou]/gi)].map((m) => m.index).filter((i) => i > 0);
  if (vowels.length === 0) return word.slice(0, at) + word.slice(at + 1);
  const v = pick(vowels, random);
  const other = pick(
    ['a', 'e', 'i', 'o', 'u'].filter((c) => c !== word[v]!.toLowerCase()),
    random,
  );
  return word.slice(0, v) + other + word.slice(v + 1);
}

const ordinal = (d: number) =>
  `${d}${d % 10 === 1 && d !== 11 ? 'st' : d % 10 === 2 && d !== 12 ? 'nd' : d % 10 === 3 && d !== 13 ? 'rd' : 'th'}`;

/** A day as people write it, other than the template forms. */
function variedDay(iso: string, random: () => number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const month = MONTH_NAMES[m - 1]!;
  return pick(
    [
      `${m}/${d}/${y}`,
      `${month} ${ordinal(d)}, ${y}`,
      `the ${ordinal(d)} of ${month} ${y}`,
      `${month.toLowerCase()} ${d} ${y}`,
      `${month.slice(0, 3)}. ${d}, ${y}`,
    ],
    random,
  );
}

/** The surname people type: the last word of a name, not a suffix such as "Jr.". */
const surnameOf = (name: string) =>
  name
    .split(' ')
    .filter((word) => !/^(?:jr|sr|ii|iii|iv)\.?$/i.test(word))
    .pop() ?? name;

/** Adds days to an ISO date. */
function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

interface VariedSnapshotStory {
  id: string;
  date: string | null;
  quotes: ReadonlyArray<{ kind: string; text: string; speaker: string | null }>;
  people: ReadonlyArray<{ name: string; role: string | null }>;
}

/** Stories by city and date, in several date phrasings and with the city as typed (lower case, misspelt). */
function variedDayQuestions(metas: ReutersMeta[], count: number, random: () => number): GeneratedQuestion[] {
  const byId = new Map(metas.map((m) => [idOf(m.file), m]));
  const groups = new Map<string, number>();
  for (const meta of metas) {
    const key = `${cityKey(meta.dateline_place ?? '')}|${meta.date}`;
    groups.set(key, (groups.get(key) ?? 0) + 1);
  }
  return sample(
    metas.filter((m) => m.dateline_place && namesCity(m.dateline_place)),
    count,
    random,
  ).map((meta) => {
    let city = cityOf(meta.dateline_place);
    const style = Math.floor(random() * 3);
    if (style === 1) city = city.toLowerCase();
    if (style === 2 && city.length >= 6 && !city.includes(' ')) city = misspell(city, random).toLowerCase();
    const span = Math.floor(random() * 3);
    const [y, m, d] = meta.date.split('-').map(Number) as [number, number, number];
    const month = MONTH_NAMES[m - 1]!;
    let from = meta.date;
    let to = meta.date;
    let when = variedDay(meta.date, random);
    if (span === 1) {
      const part = d <= 10 ? 'early' : d <= 20 ? 'mid' : 'late';
      when = `${part === 'mid' ? 'mid-' : `${part} `}${month} ${y}`;
      from = `${meta.date.slice(0, 8)}${part === 'early' ? '01' : part === 'mid' ? '11' : '21'}`;
      to =
        part === 'early'
          ? `${meta.date.slice(0, 8)}10`
          : part === 'mid'
            ? `${meta.date.slice(0, 8)}20`
            : `${meta.date.slice(0, 8)}31`;
    } else if (span === 2) {
      const start = addDays(meta.date, -Math.floor(random() * 4));
      const [, sm, sd] = start.split('-').map(Number) as [number, number, number];
      when = `the week of ${MONTH_NAMES[sm - 1]} ${sd} ${start.slice(0, 4)}`;
      from = start;
      to = addDays(start, 6);
    }
    const form = pick(
      [
        'any news out of {c} {w}',
        'what was reported from {c} {w}',
        'stuff from {c} {w}',
        '{c} stories {w}',
        'anything happen in {c} {w}',
        'what came out of {c} {w}?',
      ],
      random,
    );
    const prefix = span === 0 && !/^the /.test(when) && !/\//.test(when) ? 'on ' : span === 0 ? 'on ' : 'in ';
    const question = form.replace('{c}', city).replace('{w}', `${prefix}${when}`);
    const single = span === 0 && (groups.get(`${cityKey(meta.dateline_place)}|${meta.date}`) ?? 0) <= 5;
    return {
      kind: 'varied-stories',
      question,
      intent: 'stories' as const,
      isRight: (r: AskResult) =>
        r.citations.length > 0 &&
        (!single || r.citations.some((c) => c.id === idOf(meta.file))) &&
        r.citations.every((c) => {
          const cited = byId.get(c.id);
          return (
            cited !== undefined &&
            cited.date >= from &&
            cited.date <= to &&
            cityKey(cited.dateline_place ?? '') === cityKey(meta.dateline_place)
          );
        }),
      expected: `${meta.dateline_place} ${from}..${to}`,
    };
  });
}

/** "summarize the BAHIA COCOA REVIEW story", "what's the story on standard oil to form financial unit". */
function variedTitleQuestions(
  metas: ReutersMeta[],
  count: number,
  random: () => number,
): GeneratedQuestion[] {
  const clean = (title: string) =>
    title
      .replace(/<[^>]*>/g, ' ')
      .replace(/&lt;|&gt;|&amp;/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
  const byTitle = new Map<string, string[]>();
  for (const meta of metas) {
    const key = normalized(clean(meta.title));
    byTitle.set(key, [...(byTitle.get(key) ?? []), idOf(meta.file)]);
  }
  const out: GeneratedQuestion[] = [];
  for (const meta of sample(metas, count * 4, random)) {
    if (out.length >= count) break;
    const title = clean(meta.title);
    const ids = byTitle.get(normalized(title)) ?? [];
    // Titles shared by several stories ("U.S. MONEY SUPPLY") name no one story; skip short ones too.
    if (ids.length > 1 || wordsOf(title).filter((w) => !EVAL_STOPWORDS.has(w)).length < 3) continue;
    const typed = random() < 0.5 ? title : title.toLowerCase();
    const form = pick(
      [
        'summarize the {t} story',
        "what's the story on {t}",
        'summary of {t}',
        'can u summarise {t} pls',
        'tldr {t}',
        'give me the gist of "{t}"',
      ],
      random,
    );
    out.push({
      kind: 'varied-title-summary',
      question: form.replace('{t}', typed),
      intent: 'summary',
      isRight: (r) => r.citations[0]?.id === idOf(meta.file),
      expected: `${idOf(meta.file)}: ${meta.title}`,
    });
  }
  return out;
}

/** Figures asked for as people ask: "what was the X", "how much ... in <city>", lower case, no question mark. */
function variedFactQuestions(
  dir: string,
  metas: ReutersMeta[],
  count: number,
  random: () => number,
): GeneratedQuestion[] {
  const out: GeneratedQuestion[] = [];
  for (const meta of sample(metas, count * 4, random)) {
    if (out.length >= count) break;
    const file = join(dir, 'stories', meta.file);
    if (!existsSync(file)) continue;
    const sentences = storySentences(readFileSync(file, 'utf8')).filter(
      (s) =>
        s.length > 50 &&
        s.length < 220 &&
        /\b\d[\d,.]*\s*(?:pct|mln|billion|dlrs|tonnes|bags|barrels|shares)\b/i.test(s) &&
        !/\b(?:shr|shrs|revs|cts|qtly|qtr|mths|oper)\b/i.test(s),
    );
    if (sentences.length === 0) continue;
    const sentence = pick(sentences, random);
    const figureMatch = /\b(\d[\d,.]*)\s*(pct|mln|billion|dlrs|tonnes|bags|barrels|shares)\b/i.exec(sentence);
    if (!figureMatch) continue;
    const figure = figureMatch[1]!;
    // Nouns of the sentence, as someone who read the headline would name the thing.
    const nouns = (nlp(sentence).match('#Noun').not('#Pronoun').out('array') as string[])
      .flatMap((noun) => wordsOf(noun))
      .filter((w) => w.length >= 4 && !EVAL_STOPWORDS.has(w));
    const words = [...new Set(nouns)].slice(0, 4);
    if (words.length < 2) continue;
    const unit = figureMatch[2]!.toLowerCase();
    const lead =
      unit === 'pct'
        ? pick(['by how much did', 'what percentage', 'what was the rise in'], random)
        : pick(['how much', 'what amount of', 'what was the figure for'], random);
    const where =
      random() < 0.5 && meta.dateline_place && namesCity(meta.dateline_place)
        ? ` in ${cityOf(meta.dateline_place).toLowerCase()}`
        : '';
    out.push({
      kind: 'varied-fact',
      question: `${lead} ${words.join(' ')}${where}`,
      intent: 'fact',
      isRight: (r) => r.citations.some((c) => c.id === idOf(meta.file) && c.text.includes(figure)),
      expected: `${idOf(meta.file)}: ${sentence}`,
    });
  }
  return out;
}

/** PolNeAR test stories: what did X say (about Y / on <date>), who is X — X quoted in our own parse. */
function variedPolnearQuestions(
  stories: VariedSnapshotStory[],
  count: number,
  random: () => number,
): GeneratedQuestion[] {
  const out: GeneratedQuestion[] = [];
  const df = new Map<string, number>();
  for (const story of stories)
    for (const quote of story.quotes)
      for (const w of new Set(wordsOf(quote.text))) df.set(w, (df.get(w) ?? 0) + 1);
  const quoted = stories.flatMap((story) =>
    story.quotes
      .filter((q) => q.kind !== 'indirect' && q.speaker && /^[A-Z][a-z]+(?: [A-Z][a-z.]+)+$/.test(q.speaker))
      .map((quote) => ({ story, quote })),
  );
  const seed = Math.floor(random() * 4294967296);
  const drawn = stableSample(quoted, count * 3, ({ story, quote }) => `${story.id}|${quote.text}`, seed);
  for (const {
    item: { story, quote },
    random,
  } of drawn) {
    if (out.length >= count * 2) break;
    const speaker = quote.speaker!;
    const surname = surnameOf(speaker);
    const style = Math.floor(random() * 3);
    const name =
      style === 0 ? speaker.toLowerCase() : style === 1 ? misspell(surname, random).toLowerCase() : speaker;
    const nouns = (nlp(quote.text).match('#Noun').not('#Pronoun').out('array') as string[])
      .flatMap((noun) => wordsOf(noun))
      .filter((w) => w.length >= 4 && !EVAL_STOPWORDS.has(w));
    const topic = [...new Set(nouns)].sort((a, b) => (df.get(a) ?? 0) - (df.get(b) ?? 0)).slice(0, 2);
    if (topic.length === 0 || !story.date) continue;
    const byDate = random() < 0.4;
    const form = byDate
      ? pick(['what did {s} say on {d}', 'what did {s} say {d}', '{s} quotes from {d}'], random)
      : pick(
          [
            'what did {s} say about {t}',
            'wat did {s} say about {t}',
            "what's {s} saying about {t}",
            '{s} on {t}?',
            'what were {s}s comments on {t}',
          ],
          random,
        );
    const date = story.date;
    const question = form
      .replace('{s}', name)
      .replace('{t}', topic.join(' '))
      .replace('{d}', variedDay(date, random).replace(/^(?=\d)/, ''));
    out.push({
      kind: 'varied-quotes',
      question,
      intent: 'quotes',
      // Gold-free: the story our parse drew the quote from is cited; asked by date, every cited quote
      // is from that day and the answer names the speaker (one day may hold many of their quotes).
      isRight: (r) =>
        byDate
          ? r.citations.length > 0 &&
            r.citations.every((c) => c.date === date) &&
            r.answer.toLowerCase().includes(surname.toLowerCase())
          : r.citations.some((c) => c.id === story.id),
      expected: `${story.id}: ${speaker}: ${quote.text.slice(0, 120)}`,
    });
  }
  const withRole = stories.flatMap((story) =>
    story.people
      .filter((p) => p.role && /^[A-Z][a-z]+(?: [A-Z][a-z.]+)+$/.test(p.name))
      .map((person) => ({ story, person })),
  );
  for (const {
    item: { person },
    random,
  } of stableSample(withRole, count, ({ story, person }) => `${story.id}|${person.name}`, seed)) {
    const surname = surnameOf(person.name);
    const typed = random() < 0.5 ? person.name.toLowerCase() : person.name;
    out.push({
      kind: 'varied-who-is',
      question: pick(
        ['who is {p}', "who's {p}?", 'who is {p} exactly', 'tell me who {p} is'],
        random,
      ).replace('{p}', typed),
      intent: 'fact',
      isRight: (r) => r.citations.length > 0 && r.answer.toLowerCase().includes(surname.toLowerCase()),
      expected: `${person.name}: ${person.role}`,
    });
  }
  return out;
}

/** Made-up people, places and stories: the answer must say it found nothing and cite nothing. */
function variedNoAnswerQuestions(count: number, random: () => number): GeneratedQuestion[] {
  const syllables = [
    'zor',
    'quin',
    'blax',
    'vel',
    'trom',
    'dax',
    'pril',
    'gund',
    'mox',
    'fel',
    'yar',
    'thux',
  ];
  const word = () => {
    const w = pick(syllables, random) + pick(syllables, random);
    return w[0]!.toUpperCase() + w.slice(1);
  };
  const forms: Array<[string, AskIntent]> = [
    ['what did {n} {m} say about the {x} treaty', 'quotes'],
    ['who said "the {x} accord will collapse by spring"', 'quotes'],
    ['stories from {p} on March 3 1987', 'stories'],
    ['summarize the {x} {y} merger story', 'summary'],
    ['how much did {p} pay for {x} imports', 'fact'],
    ['who is {n} {m}', 'fact'],
    ['what did {n} {m} say on March 4 1987', 'quotes'],
  ];
  const out: GeneratedQuestion[] = [];
  for (let i = 0; i < count; i++) {
    const [form, intent] = forms[i % forms.length]!;
    const question = form
      .replace('{n}', word())
      .replace('{m}', word())
      .replace('{p}', word())
      .replace('{x}', word().toLowerCase())
      .replace('{y}', word().toLowerCase());
    out.push({
      kind: 'varied-no-answer',
      question,
      intent,
      isRight: (r) => r.citations.length === 0,
      expected: 'nothing found',
    });
  }
  return out;
}

/** Spec-style questions on the seed, typed loosely. */
function variedSeedQuestions(): GeneratedQuestion[] {
  const seedId = '000_2696b59510ee6b97';
  const citesSeed = (r: AskResult) => r.citations.some((c) => c.id === seedId);
  return [
    ['what did khameni say about the us', 'quotes'],
    ['What did Khamenei say about the U.S.?', 'quotes'],
    ['what has the supreme leader said about america', 'quotes'],
    ['what did paski say about iran', 'quotes'],
    ['who said the us was a serious threat', 'quotes'],
    ['what happened in paris on 9/15/2014', 'stories'],
    ['summarise the iran coalition islamic state story', 'summary'],
    ['who is jen psaki', 'fact'],
    ['what did kerry say on september 15th, 2014', 'quotes'],
  ].map(([question, intent]) => ({
    kind: 'varied-seed',
    question: question!,
    intent: intent as AskIntent,
    isRight: citesSeed,
    expected: seedId,
  }));
}

/** Every varied question, in a stable order; PolNeAR questions come from the loaded snapshot's parse. */
function generateVariedQuestions(
  shared: string,
  stories: readonly VariedSnapshotStory[],
  perKind: number,
  seed = 20261127,
): GeneratedQuestion[] {
  const questions = variedSeedQuestions();
  const reutersDir = join(shared, 'corpora', 'reuters21578');
  if (existsSync(join(reutersDir, 'meta.jsonl'))) {
    const metas = readReutersMeta(reutersDir);
    questions.push(...variedDayQuestions(metas, perKind, seededRandom(seed)));
    questions.push(...variedTitleQuestions(metas, perKind, seededRandom(seed + 1)));
    questions.push(...variedFactQuestions(reutersDir, metas, perKind, seededRandom(seed + 2)));
  }
  const testDir = join(shared, 'corpora', 'polnear', 'test', 'stories');
  if (existsSync(testDir)) {
    const ids = new Set(readdirSync(testDir).map(idOf));
    const test = stories.filter((story) => ids.has(story.id));
    questions.push(...variedPolnearQuestions(test, perKind, seededRandom(seed + 3)));
  }
  questions.push(...variedNoAnswerQuestions(Math.max(7, Math.ceil(perKind / 2)), seededRandom(seed + 4)));
  const seen = new Set<string>();
  return questions.filter((q) => {
    if (seen.has(q.question)) return false;
    seen.add(q.question);
    return true;
  });
}
