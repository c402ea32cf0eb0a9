/**
 * Stories in columns: how the parse cache stores them and how the library holds them in memory. A
 * hundred thousand stories as nested objects cost seconds to deserialise and several KB each in the
 * heap; as columns they are a few typed arrays, one table of short repeated strings (names, places,
 * cues) and one UTF-8 buffer of the long texts, and a story is decoded only when it is asked for.
 */

import type {
  Dateline,
  Person,
  PlaceKind,
  PlaceRef,
  Quote,
  QuoteKind,
  Span,
  Story,
} from '../engine/types.ts';
import { type Growable, growableBytes, growableU32 } from './growable.ts';
import { ITEMS_PER_STEP, runNow, type Steps } from './slices.ts';
import { type StringList, stringAt, stringList, textOf } from './stringList.ts';

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
  'paragraphOffsets',
]);
/** Text items every story has before its paragraphs and quote texts: headline, summary, extras. */
const FIXED_ITEMS = 3;
/** Kind, span, speaker, mention, mention span, cue, and where the text lies in the body (or NONE). */
const QUOTE_FIELDS = 10;
const PERSON_FIELDS = 3;
/** A story's quotes, paragraphs and maps are appended a step every this many (plus one). */
const STEP_ITEMS_MASK = ITEMS_PER_STEP * 4 - 1;

export interface StoryColumns {
  count: number;
  /** Short repeated strings (dates, names, places, roles, cues), referred to by index. */
  strings: string[];
  /** Each story's id and file, as one buffer each (a string per story only when one is asked for). */
  ids: StringList;
  files: StringList;
  /**
   * Each story's headline, kept in memory even when the text is left on disk: a list of stories shows
   * ten headlines, which would otherwise cost ten reads of whole stories.
   */
  headlines: StringList;
  /** Per story: its date and its dateline's text, place and country (string ids, NONE for null). */
  dates: Uint32Array;
  datelines: Uint32Array;
  /**
   * The long texts as UTF-8 (in memory, or left in the parse cache's files and read when asked for):
   * per story its headline, summary, extras (front-matter meta and fields
   * this encoder does not know, as JSON, empty when none), paragraphs, then quote texts. `textEnds`
   * holds each item's end; `firstItem` each story's first item.
   */
  text: Uint8Array | TextOnDisk;
  textEnds: Uint32Array;
  firstItem: Uint32Array;
  hasParagraphs: Uint8Array;
  /** Per story, where its summary lies in its body, as for quotes (a summary is sentences of it). */
  summarySpans: Uint32Array;
  /** Places: per-story offsets, then name, country, kind per place. */
  placeOffsets: Uint32Array;
  places: Uint32Array;
  /**
   * People: per-story offsets, then name, role and kind (1 for an organisation) per person; per person
   * the offset of its aliases.
   */
  personOffsets: Uint32Array;
  people: Uint32Array;
  aliasOffsets: Uint32Array;
  aliases: Uint32Array;
  /**
   * Quotes: per-story offsets; kind, span, speaker, mention, mention span, cue per quote, and where its
   * text lies in the story's body (paragraphs joined by spaces), NONE when it is a text item of its own.
   */
  quoteOffsets: Uint32Array;
  quotes: Uint32Array;
  /**
   * Paragraph offset maps (see offsets.ts): per-story offsets into the maps and whether the story has
   * them, each map's end in `offsetMapValues`. Hard-wrapped text has an anchor per line: the values are
   * stored as the differences from the previous index and raw offset, as variable-length bytes (in
   * memory, or left in the parse cache's files with the text: only a story's decoding reads them).
   */
  offsetMapOffsets: Uint32Array;
  hasOffsetMaps: Uint8Array;
  offsetMapEnds: Uint32Array;
  offsetMapValues: Uint8Array | TextOnDisk;
}

/**
 * Bytes kept in a file and read a range at a time (the story text and offset maps of a warm start's
 * parse cache).
 */
export interface TextOnDisk {
  readonly byteLength: number;
  read(start: number, end: number): Buffer;
  /** All of it, read in the thread pool. */
  readAll(): Promise<Buffer>;
  /**
   * Reads it all once, in the thread pool, through a small buffer: the system then holds it in its file
   * cache (after a restart it may not), so the reads of answers are not reads from the disk.
   */
  prefetch(): Promise<void>;
}

/** Bytes `start … end` of a column set's text or offset maps, wherever they are kept. */
function textRange(text: Uint8Array | TextOnDisk, start: number, end: number): Uint8Array {
  return text instanceof Uint8Array ? text.subarray(start, end) : text.read(start, end);
}

/** An anchor map as the differences of its indexes and of its raw offsets, each as LEB128 bytes. */
function writeOffsetMap(map: readonly number[], out: Growable<Uint8Array>) {
  let index = 0;
  let raw = 0;
  for (let k = 0; k < map.length; k++) {
    // map = [rawStart, i1, r1, i2, r2, …]: odd places are indexes, the others raw offsets.
    const value = map[k]!;
    const isIndex = k % 2 === 1;
    const delta = value - (isIndex ? index : raw);
    if (isIndex) index = value;
    else raw = value;
    // Zigzag, so that a step back (never seen, but allowed) stays small too.
    let rest = delta >= 0 ? delta * 2 : -delta * 2 - 1;
    while (rest >= 0x80) {
      out.push((rest % 0x80) | 0x80);
      rest = Math.floor(rest / 0x80);
    }
    out.push(rest);
  }
}

/** The bytes of story `s`'s offset maps (one read when they are on disk) and where they start. */
function offsetMapBytes(c: StoryColumns, s: number): { bytes: Uint8Array; at: number } {
  const first = c.offsetMapOffsets[s]!;
  const last = c.offsetMapOffsets[s + 1]!;
  const at = first ? c.offsetMapEnds[first - 1]! : 0;
  return { bytes: textRange(c.offsetMapValues, at, last ? c.offsetMapEnds[last - 1]! : 0), at };
}

function readOffsetMap(bytes: Uint8Array, start: number, end: number): number[] {
  // A value's last byte has no continuation bit: their count sizes the array up front.
  let count = 0;
  for (let at = start; at < end; at++) if (bytes[at]! < 0x80) count++;
  const map = new Array<number>(count);
  let index = 0;
  let raw = 0;
  let at = start;
  for (let k = 0; k < count; k++) {
    // Offsets stay far below 2^31 (a story is at most 2 MB): 32-bit integer steps are exact.
    let rest = 0;
    let shift = 0;
    let byte = 0x80;
    while (byte & 0x80) {
      byte = bytes[at++]!;
      rest |= (byte & 0x7f) << shift;
      shift += 7;
    }
    const delta = (rest >>> 1) ^ -(rest & 1);
    if (k & 1) {
      index += delta;
      map[k] = index;
    } else {
      raw += delta;
      map[k] = raw;
    }
  }
  return map;
}

/** Appends stories (or rows of other columns, without decoding them) and yields their columns. */
export class StoryColumnsBuilder {
  #strings: string[] = [];
  readonly #stringIds = new Map<string, number>();
  #ids: string[] = [];
  #files: string[] = [];
  #headlines: string[] = [];
  #dates: Growable<Uint32Array>;
  #datelines: Growable<Uint32Array>;
  #text: Buffer;
  #textLength = 0;
  #textEnds: Growable<Uint32Array>;
  #firstItem: Growable<Uint32Array>;
  #hasParagraphs: Growable<Uint32Array>;
  #placeOffsets: Growable<Uint32Array>;
  #places: Growable<Uint32Array>;
  #personOffsets: Growable<Uint32Array>;
  #people: Growable<Uint32Array>;
  #aliasOffsets: Growable<Uint32Array>;
  #aliases: Growable<Uint32Array>;
  #quoteOffsets: Growable<Uint32Array>;
  #quotes: Growable<Uint32Array>;
  #offsetMapOffsets: Growable<Uint32Array>;
  #hasOffsetMaps: Growable<Uint32Array>;
  #offsetMapEnds: Growable<Uint32Array>;
  #offsetMapValues: Growable<Uint8Array>;
  #summarySpans: Growable<Uint32Array>;

  /** `capacity`: room for this many values in each array before it grows (a worker's one story needs little). */
  constructor(capacity = 1024) {
    this.#dates = growableU32(capacity);
    this.#datelines = growableU32(capacity);
    this.#text = Buffer.allocUnsafe(capacity * 64);
    this.#textEnds = growableU32(capacity);
    this.#firstItem = growableU32(capacity);
    this.#hasParagraphs = growableU32(capacity);
    this.#placeOffsets = growableU32(capacity);
    this.#places = growableU32(capacity);
    this.#personOffsets = growableU32(capacity);
    this.#people = growableU32(capacity);
    this.#aliasOffsets = growableU32(capacity);
    this.#aliases = growableU32(capacity);
    this.#quoteOffsets = growableU32(capacity);
    this.#quotes = growableU32(capacity);
    this.#offsetMapOffsets = growableU32(capacity);
    this.#hasOffsetMaps = growableU32(capacity);
    this.#offsetMapEnds = growableU32(capacity);
    this.#offsetMapValues = growableBytes(capacity);
    this.#summarySpans = growableU32(capacity);
    this.#startOffsets();
  }

  #startOffsets() {
    for (const offsets of [
      this.#firstItem,
      this.#placeOffsets,
      this.#personOffsets,
      this.#aliasOffsets,
      this.#quoteOffsets,
      this.#offsetMapOffsets,
    ])
      offsets.push(0);
  }

  /**
   * Empties the builder, its arrays keeping their room: a parse worker packs each story with one
   * builder (the columns `done` gave before are copies, untouched).
   */
  reset(): this {
    this.#strings = [];
    this.#stringIds.clear();
    this.#ids = [];
    this.#files = [];
    this.#headlines = [];
    this.#textLength = 0;
    for (const column of [
      this.#dates,
      this.#datelines,
      this.#textEnds,
      this.#firstItem,
      this.#hasParagraphs,
      this.#placeOffsets,
      this.#places,
      this.#personOffsets,
      this.#people,
      this.#aliasOffsets,
      this.#aliases,
      this.#quoteOffsets,
      this.#quotes,
      this.#offsetMapOffsets,
      this.#hasOffsetMaps,
      this.#offsetMapEnds,
      this.#offsetMapValues,
      this.#summarySpans,
    ])
      column.length = 0;
    this.#startOffsets();
    return this;
  }

  get count(): number {
    return this.#ids.length;
  }

  #string(value: string | null | undefined): number {
    if (value === null || value === undefined) return NONE;
    let id = this.#stringIds.get(value);
    if (id === undefined) {
      id = this.#strings.length;
      this.#strings.push(value);
      this.#stringIds.set(value, id);
    }
    return id;
  }

  #reserve(bytes: number) {
    if (this.#textLength + bytes <= this.#text.length) return;
    const bigger = Buffer.allocUnsafe(Math.max(this.#text.length * 2, this.#textLength + bytes));
    this.#text.copy(bigger, 0, 0, this.#textLength);
    this.#text = bigger;
  }

  #item(text: string) {
    this.#reserve(text.length * 3);
    this.#textLength += this.#text.write(text, this.#textLength, 'utf8');
    this.#textEnds.push(this.#textLength);
  }

  #endStory() {
    this.#firstItem.push(this.#textEnds.length);
    this.#placeOffsets.push(this.#places.length / 3);
    this.#personOffsets.push(this.#people.length / PERSON_FIELDS);
    this.#quoteOffsets.push(this.#quotes.length / QUOTE_FIELDS);
    this.#offsetMapOffsets.push(this.#offsetMapEnds.length);
  }

  add(story: Story): this {
    runNow(this.addSteps(story));
    return this;
  }

  /**
   * Appends a story as steps (see slices.ts), a step every few hundred quotes or paragraphs: a story
   * near the size limit holds a hundred thousand quotes, and a reload appends it between answers.
   */
  *addSteps(story: Story): Steps<void> {
    // Quotes and the summary are mostly words of the body: kept as spans of it rather than again.
    const body = story.paragraphs?.join(' ') ?? '';
    const inBody = (text: string): [number, number] => {
      const at = text ? body.indexOf(text) : -1;
      return at < 0 ? [NONE, NONE] : [at, at + text.length];
    };
    const quoteSpans = new Array<[number, number]>(story.quotes.length);
    for (let q = 0; q < quoteSpans.length; q++) {
      quoteSpans[q] = inBody(story.quotes[q]!.text);
      if ((q & STEP_ITEMS_MASK) === STEP_ITEMS_MASK) yield;
    }
    const summarySpan = inBody(story.summary);
    this.#summarySpans.push(...summarySpan);
    this.#ids.push(story.id);
    this.#files.push(story.file);
    this.#headlines.push(story.headline);
    this.#dates.push(this.#string(story.date));
    const dateline = story.dateline;
    this.#datelines.push(
      dateline ? this.#string(dateline.text) : NONE,
      this.#string(dateline?.place),
      this.#string(dateline?.country),
    );
    for (const place of story.places)
      this.#places.push(
        this.#string(place.name),
        this.#string(place.country),
        PLACE_KINDS.indexOf(place.kind),
      );
    for (const person of story.people) {
      this.#people.push(
        this.#string(person.name),
        this.#string(person.role),
        person.kind === 'organisation' ? 1 : 0,
      );
      for (const alias of person.aliases) this.#aliases.push(this.#string(alias));
      this.#aliasOffsets.push(this.#aliases.length);
    }
    for (let q = 0; q < story.quotes.length; q++) {
      const quote = story.quotes[q]!;
      this.#quotes.push(
        KINDS.indexOf(quote.kind),
        quote.span[0],
        quote.span[1],
        this.#string(quote.speaker),
        this.#string(quote.speakerMention),
        quote.speakerMentionSpan ? quote.speakerMentionSpan[0] : NONE,
        quote.speakerMentionSpan ? quote.speakerMentionSpan[1] : NONE,
        this.#string(quote.cue),
        ...quoteSpans[q]!,
      );
      if ((q & STEP_ITEMS_MASK) === STEP_ITEMS_MASK) yield;
    }
    let extra: Record<string, unknown> | null = null;
    for (const key of Object.keys(story)) {
      const value = (story as unknown as Record<string, unknown>)[key];
      if (KNOWN.has(key) || value === undefined) continue;
      extra ??= {};
      extra[key] = value;
    }
    this.#item(story.headline);
    this.#item(summarySpan[0] === NONE ? story.summary : '');
    this.#item(extra ? JSON.stringify(extra) : '');
    const paragraphs = story.paragraphs ?? [];
    for (let p = 0; p < paragraphs.length; p++) {
      this.#item(paragraphs[p]!);
      if ((p & STEP_ITEMS_MASK) === STEP_ITEMS_MASK) yield;
    }
    for (let q = 0; q < story.quotes.length; q++) {
      this.#item(quoteSpans[q]![0] === NONE ? story.quotes[q]!.text : '');
      if ((q & STEP_ITEMS_MASK) === STEP_ITEMS_MASK) yield;
    }
    this.#hasParagraphs.push(story.paragraphs ? 1 : 0);
    this.#hasOffsetMaps.push(story.paragraphOffsets ? 1 : 0);
    const maps = story.paragraphOffsets ?? [];
    for (let m = 0; m < maps.length; m++) {
      writeOffsetMap(maps[m]!, this.#offsetMapValues);
      this.#offsetMapEnds.push(this.#offsetMapValues.length);
      if ((m & STEP_ITEMS_MASK) === STEP_ITEMS_MASK) yield;
    }
    this.#endStory();
  }

  /** Appends row `s` of `from` as it is stored (file renamed to `file` when given). */
  addRow(from: StoryColumns, s: number, file?: string): this {
    runNow(this.addRowSteps(from, s, file));
    return this;
  }

  /** Appends row `s` of `from` as steps (see addSteps), under another file name and id when given. */
  *addRowSteps(
    from: StoryColumns,
    s: number,
    file: string = stringAt(from.files, textOf(from.files), s),
    id: string = stringAt(from.ids, textOf(from.ids), s),
  ): Steps<void> {
    const str = (id: number) => (id === NONE ? NONE : this.#string(from.strings[id]));
    this.#ids.push(id);
    this.#files.push(file);
    this.#headlines.push(stringAt(from.headlines, textOf(from.headlines), s));
    this.#summarySpans.push(from.summarySpans[s * 2]!, from.summarySpans[s * 2 + 1]!);
    this.#dates.push(str(from.dates[s]!));
    for (let k = 0; k < 3; k++) this.#datelines.push(str(from.datelines[s * 3 + k]!));
    for (let p = from.placeOffsets[s]!; p < from.placeOffsets[s + 1]!; p++)
      this.#places.push(str(from.places[p * 3]!), str(from.places[p * 3 + 1]!), from.places[p * 3 + 2]!);
    for (let p = from.personOffsets[s]!; p < from.personOffsets[s + 1]!; p++) {
      const at = p * PERSON_FIELDS;
      this.#people.push(str(from.people[at]!), str(from.people[at + 1]!), from.people[at + 2]!);
      for (let a = from.aliasOffsets[p]!; a < from.aliasOffsets[p + 1]!; a++)
        this.#aliases.push(str(from.aliases[a]!));
      this.#aliasOffsets.push(this.#aliases.length);
    }
    for (let q = from.quoteOffsets[s]!; q < from.quoteOffsets[s + 1]!; q++) {
      const at = q * QUOTE_FIELDS;
      const c = from.quotes;
      this.#quotes.push(c[at]!, c[at + 1]!, c[at + 2]!, str(c[at + 3]!), str(c[at + 4]!));
      this.#quotes.push(c[at + 5]!, c[at + 6]!, str(c[at + 7]!), c[at + 8]!, c[at + 9]!);
      if ((q & STEP_ITEMS_MASK) === STEP_ITEMS_MASK) yield;
    }
    const first = from.firstItem[s]!;
    const last = from.firstItem[s + 1]!;
    const start = first ? from.textEnds[first - 1]! : 0;
    const end = last ? from.textEnds[last - 1]! : 0;
    this.#reserve(end - start);
    this.#text.set(textRange(from.text, start, end), this.#textLength);
    // A story may hold hundreds of thousands of items: their ends are copied at once, then moved.
    const at = this.#textEnds.length;
    this.#textEnds.pushAll(from.textEnds.subarray(first, last));
    const ends = this.#textEnds.data;
    const shift = this.#textLength - start;
    for (let k = at; k < ends.length && k < at + last - first; k++) ends[k] = ends[k]! + shift;
    this.#textLength += end - start;
    this.#hasParagraphs.push(from.hasParagraphs[s]!);
    this.#hasOffsetMaps.push(from.hasOffsetMaps[s]!);
    const maps = offsetMapBytes(from, s);
    for (let m = from.offsetMapOffsets[s]!; m < from.offsetMapOffsets[s + 1]!; m++) {
      this.#offsetMapValues.pushAll(
        maps.bytes.subarray((m ? from.offsetMapEnds[m - 1]! : 0) - maps.at, from.offsetMapEnds[m]! - maps.at),
      );
      this.#offsetMapEnds.push(this.#offsetMapValues.length);
      if ((m & STEP_ITEMS_MASK) === STEP_ITEMS_MASK) yield;
    }
    this.#endStory();
  }

  done(): StoryColumns {
    return {
      count: this.#ids.length,
      strings: this.#strings,
      ids: stringList(this.#ids),
      files: stringList(this.#files),
      headlines: stringList(this.#headlines),
      dates: this.#dates.done(),
      datelines: this.#datelines.done(),
      text: Uint8Array.prototype.slice.call(this.#text, 0, this.#textLength),
      textEnds: this.#textEnds.done(),
      firstItem: this.#firstItem.done(),
      hasParagraphs: Uint8Array.from(this.#hasParagraphs.done()),
      summarySpans: this.#summarySpans.done(),
      placeOffsets: this.#placeOffsets.done(),
      places: this.#places.done(),
      personOffsets: this.#personOffsets.done(),
      people: this.#people.done(),
      aliasOffsets: this.#aliasOffsets.done(),
      aliases: this.#aliases.done(),
      quoteOffsets: this.#quoteOffsets.done(),
      quotes: this.#quotes.done(),
      offsetMapOffsets: this.#offsetMapOffsets.done(),
      hasOffsetMaps: Uint8Array.from(this.#hasOffsetMaps.done()),
      offsetMapEnds: this.#offsetMapEnds.done(),
      offsetMapValues: this.#offsetMapValues.done(),
    };
  }
}

export function encodeStories(stories: readonly Story[]): StoryColumns {
  const builder = new StoryColumnsBuilder();
  for (const story of stories) builder.add(story);
  return builder.done();
}

/**
 * Stories whose text read from disk is kept per column set (about 1 KB each, 4-5 MB in all): as many as
 * the decoded stories a store keeps, as one question reads sentences of up to a few hundred stories.
 */
const STORY_WINDOWS = 4096;

/** Reads stories out of their columns, one at a time. */
export class StoryColumnsReader {
  readonly columns: StoryColumns;
  /** The text in memory, or (null) on disk, where the stories last read from it are kept in `#windows`. */
  readonly #text: Buffer | null;
  /** Story row → its text's start and bytes, least recently used first. */
  readonly #windows = new Map<number, { start: number; bytes: Buffer }>();
  /** The story read last, looked at first: a story's items are mostly read one after another. */
  #last: { start: number; bytes: Buffer } | null = null;
  #lastBody: { s: number; paragraphs: readonly string[]; joined?: string } | null = null;

  readonly #idText: Buffer;
  readonly #fileText: Buffer;
  readonly #headlineText: Buffer;

  constructor(columns: StoryColumns) {
    this.columns = columns;
    const { text } = columns;
    this.#text =
      text instanceof Uint8Array ? Buffer.from(text.buffer, text.byteOffset, text.byteLength) : null;
    this.#idText = textOf(columns.ids);
    this.#fileText = textOf(columns.files);
    this.#headlineText = textOf(columns.headlines);
  }

  id(s: number): string {
    return stringAt(this.columns.ids, this.#idText, s);
  }

  file(s: number): string {
    return stringAt(this.columns.files, this.#fileText, s);
  }

  #str(id: number): string | null {
    return id === NONE ? null : this.columns.strings[id]!;
  }

  /**
   * Bytes `start … end` of the text (within one story). From disk, the whole story they lie in is read
   * in one go and kept with the last few thousand read: an answer reads the same stories' sentences,
   * paragraphs and headlines again and again.
   */
  #bytes(start: number, end: number): Buffer {
    if (this.#text) return this.#text.subarray(start, end);
    const last = this.#last;
    if (last && start >= last.start && end <= last.start + last.bytes.length)
      return last.bytes.subarray(start - last.start, end - last.start);
    const { firstItem, textEnds } = this.columns;
    // The story whose items hold `start`: the last whose first item starts at or before it.
    let lo = 0;
    let hi = firstItem.length - 2;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      const first = firstItem[mid]!;
      if ((first ? textEnds[first - 1]! : 0) <= start) lo = mid;
      else hi = mid - 1;
    }
    let window = this.#windows.get(lo);
    if (window) this.#windows.delete(lo);
    else {
      const first = firstItem[lo]!;
      const last = firstItem[lo + 1]!;
      const from = first ? textEnds[first - 1]! : 0;
      const to = Math.max(end, last ? textEnds[last - 1]! : 0);
      window = { start: from, bytes: (this.columns.text as TextOnDisk).read(from, to) };
      if (this.#windows.size >= STORY_WINDOWS) this.#windows.delete(this.#windows.keys().next().value!);
    }
    this.#windows.set(lo, window);
    this.#last = window;
    return window.bytes.subarray(start - window.start, end - window.start);
  }

  /** Text item `item` (see StoryColumns.text). */
  #item(item: number): string {
    const ends = this.columns.textEnds;
    return this.#bytes(item ? ends[item - 1]! : 0, ends[item]!).toString('utf8');
  }

  date(s: number): string | null {
    return this.#str(this.columns.dates[s]!);
  }

  dateline(s: number): Dateline | null {
    const dl = this.columns.datelines;
    if (dl[s * 3] === NONE) return null;
    return {
      text: this.columns.strings[dl[s * 3]!]!,
      place: this.#str(dl[s * 3 + 1]!),
      country: this.#str(dl[s * 3 + 2]!),
    };
  }

  headline(s: number): string {
    return stringAt(this.columns.headlines, this.#headlineText, s);
  }

  people(s: number): Person[] {
    const c = this.columns;
    const people: Person[] = [];
    for (let p = c.personOffsets[s]!; p < c.personOffsets[s + 1]!; p++) {
      const aliases: string[] = [];
      for (let a = c.aliasOffsets[p]!; a < c.aliasOffsets[p + 1]!; a++)
        aliases.push(c.strings[c.aliases[a]!]!);
      const at = p * PERSON_FIELDS;
      const person: Person = { name: c.strings[c.people[at]!]!, aliases, role: this.#str(c.people[at + 1]!) };
      if (c.people[at + 2]) person.kind = 'organisation';
      people.push(person);
    }
    return people;
  }

  places(s: number): PlaceRef[] {
    const c = this.columns;
    const places: PlaceRef[] = [];
    for (let p = c.placeOffsets[s]!; p < c.placeOffsets[s + 1]!; p++)
      places.push({
        name: c.strings[c.places[p * 3]!]!,
        country: this.#str(c.places[p * 3 + 1]!),
        kind: PLACE_KINDS[c.places[p * 3 + 2]!]!,
      });
    return places;
  }

  /** How many quotes a story has. */
  quoteCount(s: number): number {
    return this.columns.quoteOffsets[s + 1]! - this.columns.quoteOffsets[s]!;
  }

  /**
   * The speaker of a story's quote `q` as its number in `columns.strings` (-1 when unknown): a build
   * over every quote (the speaker directory) reads them without a string or an array per story.
   */
  quoteSpeakerId(s: number, q: number): number {
    const id = this.columns.quotes[(this.columns.quoteOffsets[s]! + q) * QUOTE_FIELDS + 3]!;
    return id === NONE ? -1 : id;
  }

  /**
   * A story's first person whose name is string `name` of `columns.strings` (strings are kept once a
   * column set, so the same name is the same number), as a person number for the two below; -1 if none.
   */
  personNamed(s: number, name: number): number {
    const c = this.columns;
    for (let p = c.personOffsets[s]!; p < c.personOffsets[s + 1]!; p++)
      if (c.people[p * PERSON_FIELDS] === name) return p;
    return -1;
  }

  /** Person `p`'s aliases (see personNamed). */
  personAliases(p: number): string[] {
    const c = this.columns;
    const aliases: string[] = [];
    for (let a = c.aliasOffsets[p]!; a < c.aliasOffsets[p + 1]!; a++) aliases.push(c.strings[c.aliases[a]!]!);
    return aliases;
  }

  /** Whether person `p` is an organisation (see personNamed). */
  personIsOrganisation(p: number): boolean {
    return this.columns.people[p * PERSON_FIELDS + 2] !== 0;
  }

  #paragraphCount(s: number): number {
    const c = this.columns;
    const quoteCount = c.quoteOffsets[s + 1]! - c.quoteOffsets[s]!;
    return c.firstItem[s + 1]! - c.firstItem[s]! - FIXED_ITEMS - quoteCount;
  }

  /**
   * Paragraph `p` of a story's body, or its summary as the one paragraph of a story without any: the
   * text its sentences are taken from (see sentenceIndex.ts).
   */
  bodyParagraph(s: number, p: number): string | undefined {
    const count = this.columns.hasParagraphs[s] ? this.#paragraphCount(s) : 0;
    if (count === 0) return p === 0 ? this.#item(this.columns.firstItem[s]! + 1) : undefined;
    return p >= 0 && p < count ? this.#item(this.columns.firstItem[s]! + FIXED_ITEMS + p) : undefined;
  }

  /** A story's summary, decoding only the paragraphs it is a span of (or its own item). */
  summary(s: number): string {
    const c = this.columns;
    const first = c.firstItem[s]!;
    const start = c.summarySpans[s * 2]!;
    const end = c.summarySpans[s * 2 + 1]!;
    if (start === NONE) return this.#item(first + 1);
    // A span of the paragraphs joined by spaces (see story): those past its end are not read.
    let joined = '';
    const count = this.#paragraphCount(s);
    for (let p = 0; p < count && joined.length < end; p++)
      joined += (p > 0 ? ' ' : '') + this.#item(first + FIXED_ITEMS + p);
    return joined.slice(start, end);
  }

  /** The text of a story's quote `q`. */
  quoteText(s: number, q: number): string {
    const c = this.columns;
    const at = (c.quoteOffsets[s]! + q) * QUOTE_FIELDS;
    const start = c.quotes[at + 8]!;
    const quoteCount = c.quoteOffsets[s + 1]! - c.quoteOffsets[s]!;
    if (start === NONE) return this.#item(c.firstItem[s + 1]! - quoteCount + q);
    const body = this.#body(s);
    body.joined ??= body.paragraphs.join(' ');
    return body.joined.slice(start, c.quotes[at + 9]!);
  }

  /** A story's quote `q`, without decoding the rest of the story. */
  quote(s: number, q: number): Quote {
    return this.#quote((this.columns.quoteOffsets[s]! + q) * QUOTE_FIELDS, this.quoteText(s, q));
  }

  /** The quote whose fields start at `at` in the quote column, with its text. */
  #quote(at: number, text: string): Quote {
    const q = this.columns.quotes;
    const str = (id: number) => this.#str(id);
    return {
      kind: KINDS[q[at]!]!,
      text,
      span: [q[at + 1]!, q[at + 2]!] as Span,
      speaker: str(q[at + 3]!),
      speakerMention: str(q[at + 4]!),
      speakerMentionSpan: q[at + 5] === NONE ? null : ([q[at + 5]!, q[at + 6]!] as Span),
      cue: str(q[at + 7]!),
    };
  }

  /** A story's paragraphs (its summary when it has none), kept for the next call on the same story. */
  bodyParagraphs(s: number): readonly string[] {
    return this.#body(s).paragraphs;
  }

  /**
   * The last story's decoded body, kept because its quotes are read one after another: decoding and
   * joining it again for each quote made reading a story's quotes grow with their number times its size.
   */
  #body(s: number): { s: number; paragraphs: readonly string[]; joined?: string } {
    if (this.#lastBody?.s === s) return this.#lastBody;
    const count = Math.max(1, this.columns.hasParagraphs[s] ? this.#paragraphCount(s) : 0);
    const paragraphs = new Array<string>(count);
    for (let p = 0; p < count; p++) paragraphs[p] = this.bodyParagraph(s, p)!;
    this.#lastBody = { s, paragraphs };
    return this.#lastBody;
  }

  /**
   * The UTF-8 of a story's headline, then of its paragraphs (its summary when it has none), one at a
   * time: a story of megabytes has tens of thousands.
   */
  *textBytes(s: number): Generator<Uint8Array, void, void> {
    const first = this.columns.firstItem[s]!;
    const bytes = (item: number) => {
      const ends = this.columns.textEnds;
      return this.#bytes(item ? ends[item - 1]! : 0, ends[item]!);
    };
    yield bytes(first);
    if (!this.columns.hasParagraphs[s]) yield bytes(first + 1);
    else for (let k = 0; k < this.#paragraphCount(s); k++) yield bytes(first + FIXED_ITEMS + k);
  }

  story(s: number): Story {
    const c = this.columns;
    const str = (id: number) => this.#str(id);
    const places = this.places(s);
    const people = this.people(s);
    const first = c.firstItem[s]!;
    const quoteCount = c.quoteOffsets[s + 1]! - c.quoteOffsets[s]!;
    const paragraphCount = this.#paragraphCount(s);
    const paragraphs = c.hasParagraphs[s] ? new Array<string>(paragraphCount) : null;
    for (let k = 0; k < (paragraphs?.length ?? 0); k++) paragraphs![k] = this.#item(first + FIXED_ITEMS + k);
    let body: string | undefined;
    // A text kept as a span of the body, or as an item of its own.
    const text = (start: number, end: number, item: number) => {
      if (start === NONE) return this.#item(item);
      body ??= paragraphs!.join(' ');
      return body.slice(start, end);
    };
    const quotes: Quote[] = [];
    for (let k = 0; k < quoteCount; k++) {
      const at = (c.quoteOffsets[s]! + k) * QUOTE_FIELDS;
      quotes.push(
        this.#quote(at, text(c.quotes[at + 8]!, c.quotes[at + 9]!, first + FIXED_ITEMS + paragraphCount + k)),
      );
    }
    const story: Story = {
      id: this.id(s),
      file: this.file(s),
      date: str(c.dates[s]!),
      dateline: this.dateline(s),
      headline: this.headline(s),
      summary: text(c.summarySpans[s * 2]!, c.summarySpans[s * 2 + 1]!, first + 1),
      places,
      people,
      quotes,
    };
    if (paragraphs) story.paragraphs = paragraphs;
    if (c.hasOffsetMaps[s]) {
      const ends = c.offsetMapEnds;
      const { bytes, at } = offsetMapBytes(c, s);
      const maps: number[][] = [];
      for (let m = c.offsetMapOffsets[s]!; m < c.offsetMapOffsets[s + 1]!; m++)
        maps.push(readOffsetMap(bytes, (m ? ends[m - 1]! : 0) - at, ends[m]! - at));
      story.paragraphOffsets = maps;
    }
    const extra = this.#item(first + 2);
    if (extra) Object.assign(story, JSON.parse(extra));
    return story;
  }
}
