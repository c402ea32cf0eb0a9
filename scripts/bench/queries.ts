/**
 * Bench queries built from the loaded set itself: dates and places of random stories, speakers from
 * the index, words from headlines, prefixes for autocomplete, and questions for `ask`.
 */
import { MONTH_NAMES } from '../../src/engine/dates.ts';
import type { StorySnapshot } from '../../src/library/index.ts';
import { datelinePlace } from '../../src/library/placeIndex.ts';
import { isStopword, words } from '../../src/library/text.ts';

export interface BenchQueries {
  stories: Array<{ date?: string; place?: string; topic?: string }>;
  quotes: Array<{ speaker: string; about?: string }>;
  summary: string[];
  speakers: Array<{ story?: string }>;
  autocomplete: Array<{ kind: 'speakers' | 'stories' | 'places'; text: string }>;
  /** Autocomplete text at the 100-character cap: a real name or headline word, then more typed words. */
  autocompleteAtCap: Array<{ kind: 'speakers' | 'stories' | 'places'; text: string }>;
  ask: string[];
  /** Topic words with the story they came from: checks that a retrieval method finds it. */
  topics: Array<{ words: string; id: string }>;
}

/** A small seeded generator, so two runs ask the same questions. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

export function buildQueries(snapshot: StorySnapshot, count: number, seed = 42): BenchQueries {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const stories = snapshot.stories;
  const story = () => stories.at(Math.floor(next() * stories.length))!;
  const headlineWords = (headline: string) => words(headline).filter((w) => w.length > 3 && !isStopword(w));
  const speakers = snapshot.speakers.entries.filter((entry) => entry.quoteCount > 0);
  const q: BenchQueries = {
    stories: [],
    quotes: [],
    summary: [],
    speakers: [],
    autocomplete: [],
    autocompleteAtCap: [],
    ask: [],
    topics: [],
  };
  // Reuters-21578 runs from February to October 1987.
  const months = MONTH_NAMES.slice(0, 10);
  for (let i = 0; i < count; i++) {
    const s = story();
    const place = datelinePlace(s) ?? undefined;
    const topic = headlineWords(s.headline).slice(0, 2).join(' ') || undefined;
    const date = s.date ?? undefined;
    const variant = i % 5;
    if (variant === 0) q.stories.push({ date });
    else if (variant === 1) q.stories.push({ place });
    else if (variant === 2) q.stories.push({ topic });
    else if (variant === 3)
      q.stories.push({
        date: date ? `${months[Number(date.slice(5, 7)) % 10]} ${date.slice(0, 4)}` : undefined,
        place,
      });
    else q.stories.push({ topic, date: date?.slice(0, 4) });
    if (topic) q.topics.push({ words: topic, id: s.id });
    if (speakers.length > 0) {
      const speaker = pick(speakers);
      const name = i % 3 === 0 ? speaker.name.split(' ').at(-1)! : speaker.name.toLowerCase();
      q.quotes.push(i % 2 === 0 ? { speaker: name } : { speaker: name, about: topic?.split(' ')[0] });
    }
    q.summary.push(i % 3 === 0 ? s.id : headlineWords(s.headline).slice(0, 4).join(' ') || s.id);
    q.speakers.push(i % 4 === 0 ? {} : { story: s.id });
    const word = headlineWords(s.headline)[0] ?? 'oil';
    const kind = (['speakers', 'stories', 'places'] as const)[i % 3]!;
    const text =
      kind === 'speakers'
        ? (speakers.length ? pick(speakers).name : 'a').slice(0, 1 + (i % 4))
        : kind === 'stories'
          ? word.slice(0, 2 + (i % 5))
          : (place ?? 'lon').slice(0, 1 + (i % 4));
    q.autocomplete.push({ kind, text: i % 17 === 0 ? '' : text });
    let long =
      kind === 'speakers'
        ? speakers.length
          ? pick(speakers).name
          : 'a'
        : kind === 'stories'
          ? word
          : (place ?? 'london');
    while (long.length < 100) long += ` ${story().headline}`;
    q.autocompleteAtCap.push({ kind, text: long.slice(0, 100) });
    const askForms = [
      () => `What did ${speakers.length ? pick(speakers).name : 'the minister'} say about ${word}?`,
      () => `stories about ${topic ?? word} in ${place ?? 'London'}`,
      () => `what happened in ${place ?? 'Tokyo'} on ${date ?? '1987-03-01'}?`,
      () => `summarize ${s.id}`,
      () => `how much did ${word} rise?`,
    ];
    q.ask.push(askForms[i % askForms.length]!());
  }
  return q;
}
