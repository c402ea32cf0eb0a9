/**
 * Stories in columns, for the parse cache. Deserialising 100k nested story objects (or their JSON)
 * takes seconds; the same data as a few typed arrays, one table of short repeated strings (names,
 * places, cues) and plain arrays of the long texts deserialises and rebuilds in a fraction of that.
 */
import type { Person, PlaceKind, PlaceRef, Quote, QuoteKind, Span, Story } from '../engine/types.ts';

const NONE = 0xffffffff;
const KINDS: QuoteKind[] = ['direct', 'partial', 'indirect'];
const PLACE_KINDS: PlaceKind[] = ['city', 'country', 'region'];
const KNOWN = new Set([
  'id',
  'file',
  'date',
  'dateline',
  'headline',
  'summary',
  'places',
  'people',
  'quotes',
  'paragraphs',
  'meta',
]);

export interface StoryColumns {
  count: number;
  strings: string[];
  /** Per story: id, file, date, headline, summary, dateline text/place/country (string ids or texts). */
  ids: string[];
  files: string[];
  dates: Uint32Array;
  headlines: string[];
  summaries: string[];
  datelines: Uint32Array;
  /** Places: per-story offsets, then name, country, kind per place. */
  placeOffsets: Uint32Array;
  places: Uint32Array;
  /** People: per-story offsets, then name and role per person, each person's alias count, alias ids. */
  personOffsets: Uint32Array;
  people: Uint32Array;
  aliasCounts: Uint32Array;
  aliases: Uint32Array;
  /** Quotes: per-story offsets; kind, span, speaker, mention, mention span, cue per quote; texts apart. */
  quoteOffsets: Uint32Array;
  quotes: Uint32Array;
  quoteTexts: string[];
  /** Paragraphs: per-story offsets (NONE count when absent) and texts. */
  paragraphOffsets: Uint32Array;
  paragraphs: string[];
  hasParagraphs: Uint8Array;
  /** Front-matter meta and any fields this encoder does not know, as JSON (null when none). */
  extras: Array<string | null>;
}

class StringTable {
  readonly strings: string[] = [];
  readonly #ids = new Map<string, number>();
  id(value: string | null | undefined): number {
    if (value === null || value === undefined) return NONE;
    let id = this.#ids.get(value);
    if (id === undefined) {
      id = this.strings.length;
      this.strings.push(value);
      this.#ids.set(value, id);
    }
    return id;
  }
}

/** A growable Uint32 list (typed arrays are what make the columns cheap to store). */
class U32 {
  data = new Uint32Array(1024);
  length = 0;
  push(...values: number[]) {
    if (this.length + values.length > this.data.length) {
      const bigger = new Uint32Array(Math.max(this.data.length * 2, this.length + values.length));
      bigger.set(this.data);
      this.data = bigger;
    }
    for (const value of values) this.data[this.length++] = value;
  }
  done(): Uint32Array {
    return this.data.slice(0, this.length);
  }
}

export function encodeStories(stories: readonly Story[]): StoryColumns {
  const table = new StringTable();
  const n = stories.length;
  const dates = new Uint32Array(n);
  const datelines = new Uint32Array(n * 3);
  const placeOffsets = new Uint32Array(n + 1);
  const personOffsets = new Uint32Array(n + 1);
  const quoteOffsets = new Uint32Array(n + 1);
  const paragraphOffsets = new Uint32Array(n + 1);
  const hasParagraphs = new Uint8Array(n);
  const places = new U32();
  const people = new U32();
  const aliasCounts = new U32();
  const aliases = new U32();
  const quotes = new U32();
  const quoteTexts: string[] = [];
  const paragraphs: string[] = [];
  const extras: Array<string | null> = [];
  const ids: string[] = [];
  const files: string[] = [];
  const headlines: string[] = [];
  const summaries: string[] = [];
  for (let s = 0; s < n; s++) {
    const story = stories[s]!;
    ids.push(story.id);
    files.push(story.file);
    headlines.push(story.headline);
    summaries.push(story.summary);
    dates[s] = table.id(story.date);
    const dateline = story.dateline;
    datelines[s * 3] = dateline ? table.id(dateline.text) : NONE;
    datelines[s * 3 + 1] = table.id(dateline?.place);
    datelines[s * 3 + 2] = table.id(dateline?.country);
    for (const place of story.places)
      places.push(table.id(place.name), table.id(place.country), PLACE_KINDS.indexOf(place.kind));
    placeOffsets[s + 1] = places.length / 3;
    for (const person of story.people) {
      people.push(table.id(person.name), table.id(person.role));
      aliasCounts.push(person.aliases.length);
      for (const alias of person.aliases) aliases.push(table.id(alias));
    }
    personOffsets[s + 1] = people.length / 2;
    for (const quote of story.quotes) {
      quotes.push(
        KINDS.indexOf(quote.kind),
        quote.span[0],
        quote.span[1],
        table.id(quote.speaker),
        table.id(quote.speakerMention),
        quote.speakerMentionSpan ? quote.speakerMentionSpan[0] : NONE,
        quote.speakerMentionSpan ? quote.speakerMentionSpan[1] : NONE,
        table.id(quote.cue),
      );
      quoteTexts.push(quote.text);
    }
    quoteOffsets[s + 1] = quotes.length / 8;
    if (story.paragraphs) {
      hasParagraphs[s] = 1;
      for (const paragraph of story.paragraphs) paragraphs.push(paragraph);
    }
    paragraphOffsets[s + 1] = paragraphs.length;
    let extra: Record<string, unknown> | null = null;
    for (const key of Object.keys(story)) {
      if (key === 'meta' || !KNOWN.has(key)) {
        const value = (story as unknown as Record<string, unknown>)[key];
        if (value === undefined) continue;
        extra ??= {};
        extra[key] = value;
      }
    }
    extras.push(extra ? JSON.stringify(extra) : null);
  }
  return {
    count: n,
    strings: table.strings,
    ids,
    files,
    dates,
    headlines,
    summaries,
    datelines,
    placeOffsets,
    places: places.done(),
    personOffsets,
    people: people.done(),
    aliasCounts: aliasCounts.done(),
    aliases: aliases.done(),
    quoteOffsets,
    quotes: quotes.done(),
    quoteTexts,
    paragraphOffsets,
    paragraphs,
    hasParagraphs,
    extras,
  };
}

export function decodeStories(columns: StoryColumns): Story[] {
  const { strings } = columns;
  const str = (id: number): string | null => (id === NONE ? null : strings[id]!);
  const stories = new Array<Story>(columns.count);
  // People's aliases follow one another in `aliases`, in story and person order.
  let aliasAt = 0;
  for (let s = 0; s < columns.count; s++) {
    const placeList: PlaceRef[] = [];
    for (let p = columns.placeOffsets[s]!; p < columns.placeOffsets[s + 1]!; p++) {
      const at = p * 3;
      placeList.push({
        name: strings[columns.places[at]!]!,
        country: str(columns.places[at + 1]!),
        kind: PLACE_KINDS[columns.places[at + 2]!]!,
      });
    }
    const personList: Person[] = [];
    for (let p = columns.personOffsets[s]!; p < columns.personOffsets[s + 1]!; p++) {
      const aliases: string[] = [];
      for (let k = columns.aliasCounts[p]!; k > 0; k--) aliases.push(strings[columns.aliases[aliasAt++]!]!);
      personList.push({
        name: strings[columns.people[p * 2]!]!,
        aliases,
        role: str(columns.people[p * 2 + 1]!),
      });
    }
    const quoteList: Quote[] = [];
    for (let q = columns.quoteOffsets[s]!; q < columns.quoteOffsets[s + 1]!; q++) {
      const at = q * 8;
      const c = columns.quotes;
      const mentionStart = c[at + 5]!;
      quoteList.push({
        kind: KINDS[c[at]!]!,
        text: columns.quoteTexts[q]!,
        span: [c[at + 1]!, c[at + 2]!] as Span,
        speaker: str(c[at + 3]!),
        speakerMention: str(c[at + 4]!),
        speakerMentionSpan: mentionStart === NONE ? null : ([mentionStart, c[at + 6]!] as Span),
        cue: str(c[at + 7]!),
      });
    }
    const dl = columns.datelines;
    const story: Story = {
      id: columns.ids[s]!,
      file: columns.files[s]!,
      date: str(columns.dates[s]!),
      dateline:
        dl[s * 3] === NONE
          ? null
          : { text: strings[dl[s * 3]!]!, place: str(dl[s * 3 + 1]!), country: str(dl[s * 3 + 2]!) },
      headline: columns.headlines[s]!,
      summary: columns.summaries[s]!,
      places: placeList,
      people: personList,
      quotes: quoteList,
    };
    if (columns.hasParagraphs[s])
      story.paragraphs = columns.paragraphs.slice(
        columns.paragraphOffsets[s],
        columns.paragraphOffsets[s + 1],
      );
    const extra = columns.extras[s];
    if (extra) Object.assign(story, JSON.parse(extra));
    stories[s] = story;
  }
  return stories;
}
