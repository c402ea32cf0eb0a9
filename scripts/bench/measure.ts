/**
 * One bench measurement in a fresh process (so memory and warm-start figures are honest):
 * `--mode cold|warm|throughput|hostile`. Prints one JSON document on stdout.
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { getHeapStatistics } from 'node:v8';
import Fuse from 'fuse.js';
import { libraryEnv } from '../../src/config.ts';
import { parseStory } from '../../src/engine/parseStory.ts';
import {
  type AskResult,
  findQuotes,
  findStories,
  listSpeakers,
  StoryLibrary,
  type StorySnapshot,
  suggestPlaces,
  suggestSpeakers,
  suggestStories,
  summarizeStory,
} from '../../src/library/index.ts';
import { ParsePool } from '../../src/library/parsePool.ts';
import type { ReloadReport } from '../../src/library/results.ts';
import {
  prepareSentenceIndex,
  sentenceIndexBytes,
  sentenceIndexOf,
} from '../../src/library/sentenceIndex.ts';
import { queryTermIds, searchText } from '../../src/library/textIndex.ts';
import { typedQuestions } from '../eval/typed.ts';
import { ByteCounter } from './bytes.ts';
import { HOSTILE_SHAPES, hostileStory } from './hostileShapes.ts';
import { buildQueries } from './queries.ts';

const { values } = parseArgs({
  options: {
    mode: { type: 'string' },
    dir: { type: 'string' },
    cache: { type: 'string' },
    queries: { type: 'string', default: '300' },
    reuters: { type: 'string' },
    polnear: { type: 'string' },
    fuse: { type: 'string', default: '20' },
    bytes: { type: 'string' },
    'reload-only': { type: 'boolean', default: false },
  },
});

/** The story set of `--dir`, with the parse cache of `--cache` at the run's pinned parser version. */
async function openLibrary() {
  return StoryLibrary.open({
    dirs: [values.dir!],
    cacheDir: values.cache!,
    progress: false,
    parserVersion: (await libraryEnv()).parserVersion,
    // As the bot opens it: served from the cache at once, the files checked just after, the story text
    // left in the cache's files.
    verifyAfterReady: true,
    storyTextOnDisk: true,
  });
}

function memory() {
  (globalThis as { gc?: () => void }).gc?.();
  const usage = process.memoryUsage();
  return { rssMb: Math.round(usage.rss / 2 ** 20), heapMb: Math.round(usage.heapUsed / 2 ** 20) };
}

function percentiles(times: number[]) {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
  const round = (x: number) => Math.round(x * 1000) / 1000;
  return { n: times.length, p50: round(at(0.5)), p99: round(at(0.99)), max: round(sorted.at(-1) ?? 0) };
}

/**
 * Latency of each query: its first timed run (what a user would see, garbage collection and other
 * processes on the machine included), and the best of three runs (the cost of the work itself).
 */
function time<T>(items: readonly T[], run: (item: T) => unknown, warmup: readonly T[]) {
  // Warm-up on other queries (another seed): a running bot's code is compiled and hot.
  for (const item of warmup) run(item);
  const once = (item: T) => {
    const started = performance.now();
    run(item);
    return performance.now() - started;
  };
  const first = items.map(once);
  const best = items.map((item, i) => Math.min(first[i]!, once(item), once(item)));
  return { ...percentiles(first), bestOf3: percentiles(best) };
}

/** Reading every file of the set once, as plain bytes (the floor a load of the same files cannot beat). */
function rawRead(dir: string): number {
  const started = performance.now();
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.txt') || entry.name.endsWith('.md')) readFileSync(path);
    }
  };
  walk(dir);
  return performance.now() - started;
}

async function cold() {
  rmSync(values.cache!, { recursive: true, force: true });
  // The files' pages are read once first, so the load and the raw read both read from memory.
  rawRead(values.dir!);
  const cpu = process.cpuUsage();
  const started = performance.now();
  // The heap of this thread at its highest, sampled: what the start-up's heap check must allow for.
  let peakHeap = 0;
  const sampler = setInterval(() => {
    peakHeap = Math.max(peakHeap, getHeapStatistics().used_heap_size);
  }, 50);
  const library = await openLibrary();
  // A large set's sentence index comes after the load; the cache is written again once it is there.
  await prepareSentenceIndex(library.snapshot);
  const loadMs = Math.round(performance.now() - started);
  clearInterval(sampler);
  peakHeap = Math.max(peakHeap, getHeapStatistics().used_heap_size);
  const used = process.cpuUsage(cpu);
  await library.flushCache();
  const cpuSeconds = (used.user + used.system) / 1e6;
  const rawReadMs = rawRead(values.dir!);
  const stories = library.snapshot.stories.length;
  return {
    stories,
    loadMs,
    ...memory(),
    failed: library.snapshot.load.errors.length,
    timings: library.snapshot.load.timings,
    // Every thread of the process (parse workers too), so it says what a load costs whatever the cores.
    cpuSeconds: Math.round(cpuSeconds * 10) / 10,
    storiesPerCpuSecond: Math.round(stories / cpuSeconds),
    peakHeapMb: Math.round(peakHeap / 2 ** 20),
    peakHeapBytesPerStory: Math.round(peakHeap / Math.max(1, stories)),
    rawReadMs: Math.round(rawReadMs),
    overRawRead: Math.round((loadMs / rawReadMs) * 10) / 10,
  };
}

async function latencies(snapshot: StorySnapshot) {
  const suggest = ({ kind, text }: { kind: 'speakers' | 'stories' | 'places'; text: string }) =>
    kind === 'speakers'
      ? suggestSpeakers(snapshot, text)
      : kind === 'stories'
        ? suggestStories(snapshot, text)
        : suggestPlaces(snapshot, text);
  const { q, w, ...indexed } = await indexedAnswers(snapshot);
  return {
    stories: indexed.stories,
    quotes: indexed.quotes,
    summary: time(q.summary, (ref) => summarizeStory(snapshot, ref), w.summary),
    speakers: time(q.speakers, (query) => listSpeakers(snapshot, { ...query, limit: 25 }), w.speakers),
    autocomplete: time(q.autocomplete, suggest, w.autocomplete),
    // Each kind at the 100-character cap, the most a keystroke can send.
    ...Object.fromEntries(
      (['speakers', 'places', 'stories'] as const).map((kind) => [
        `autocomplete ${kind} at cap`,
        time(
          q.autocompleteAtCap.filter((item) => item.kind === kind),
          suggest,
          w.autocompleteAtCap.filter((item) => item.kind === kind),
        ),
      ]),
    ),
    ask: indexed.ask,
    'ask, typed': indexed['ask, typed'],
    topics: q.topics,
  };
}

/** The latencies of the answers that read the text and sentence indexes (stories, quotes, `ask`). */
async function indexedAnswers(snapshot: StorySnapshot) {
  const q = buildQueries(snapshot, Number(values.queries));
  const w = buildQueries(snapshot, 100, 7);
  const { ask } = (await import('../../src/library/ask.ts')) as {
    ask: (snapshot: StorySnapshot, question: string) => AskResult;
  };
  return {
    q,
    w,
    stories: time(q.stories, (query) => findStories(snapshot, query), w.stories),
    quotes: time(q.quotes, (query) => findQuotes(snapshot, query), w.quotes),
    ask: time(q.ask, (question) => ask(snapshot, question), w.ask),
    // The eval's questions typed as people type them (short, misspelt, a year or a name in them), which
    // reach paths the questions made from the stories rarely do; warmed on the latter.
    'ask, typed': time(typedQuestions(), (question) => ask(snapshot, question), []),
  };
}

/** BM25 against a plain fuse.js full-text index: latency and whether the source story is in the top 10. */
function compareFullText(snapshot: StorySnapshot, topics: Array<{ words: string; id: string }>) {
  const sample = topics.slice(0, Number(values.fuse));
  const bm25 = { times: [] as number[], found: 0 };
  for (const { words, id } of sample) {
    const started = performance.now();
    const hits = searchText(snapshot.text, queryTermIds(snapshot.text, words).ids);
    bm25.times.push(performance.now() - started);
    const top = [...hits.docs.subarray(0, 10)].map((doc) => snapshot.stories.idAt(doc));
    if (top.includes(id)) bm25.found++;
  }
  if (sample.length === 0) return null;
  const buildStarted = performance.now();
  const docs = [...snapshot.stories].map((story) => ({
    id: story.id,
    headline: story.headline,
    body: (story.paragraphs ?? []).join(' '),
  }));
  const fuse = new Fuse(docs, {
    keys: [
      { name: 'headline', weight: 3 },
      { name: 'body', weight: 1 },
    ],
    ignoreLocation: true,
    threshold: 0.3,
    includeScore: true,
  });
  const fuseBuildMs = Math.round(performance.now() - buildStarted);
  const plain = { times: [] as number[], found: 0 };
  const budget = performance.now() + 60_000;
  for (const { words, id } of sample) {
    if (performance.now() > budget) break;
    const started = performance.now();
    const top = fuse.search(words, { limit: 10 }).map((hit) => hit.item.id);
    plain.times.push(performance.now() - started);
    if (top.includes(id)) plain.found++;
  }
  return {
    bm25: { ...percentiles(bm25.times), top10: bm25.found / Math.max(1, bm25.times.length) },
    fuse: {
      ...percentiles(plain.times),
      top10: plain.found / Math.max(1, plain.times.length),
      buildMs: fuseBuildMs,
    },
  };
}

async function reloadChanged(library: StoryLibrary) {
  const dir = values.dir!;
  const names = readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .slice(0, 10);
  const originals = names.map((name) => readFileSync(join(dir, name), 'utf8'));
  names.forEach((name, i) => {
    writeFileSync(
      join(dir, name),
      `${originals[i]}\n    The figures were revised on Monday, officials said.\n`,
    );
  });
  const cpu = process.cpuUsage();
  const report = await library.reload();
  const used = process.cpuUsage(cpu);
  const timings = library.snapshot.load.timings;
  // Measured before the compaction that follows a reload by a few seconds (the loops hold the thread).
  let latency: Record<string, unknown> | null = null;
  if (!values['reload-only']) {
    // The typed questions are timed once, on the loaded set (they take a while at a large set).
    const { q: _, w: __, 'ask, typed': ___, ...answers } = await indexedAnswers(library.snapshot);
    latency = { changesKept: library.snapshot.text.changes !== undefined, ...answers };
  }
  names.forEach((name, i) => {
    writeFileSync(join(dir, name), originals[i]!);
  });
  const restore = await library.reload();
  // The compaction and cache write that follow a reload by a few seconds run first, not during the next.
  await library.flushCache();
  const watched = await watchedReloads(library, names, originals);
  await library.flushCache();
  return {
    ms: report.durationMs,
    // Every thread of the process (the parse workers and the stat worker too).
    cpuMs: Math.round((used.user + used.system) / 1000),
    changed: report.changed.length,
    restoreMs: restore.durationMs,
    timings,
    latency,
    watched,
  };
}

/**
 * Reloads from the paths the folder watcher saw change (see StoryLibrary.watch): the same 10 files
 * edited, then 10 stories added (dated after every other, so every story's rank moves), each timed from
 * the reload's start (after the watcher's wait of 500 ms) in wall and CPU time; then the folder is put
 * back as it was.
 */
async function watchedReloads(library: StoryLibrary, names: string[], originals: string[]) {
  const dir = values.dir!;
  let reported: ((report: ReloadReport) => void) | null = null;
  const stop = library.watch((report) => reported?.(report));
  const timed = async (change: () => void) => {
    const next = new Promise<ReloadReport>((resolve) => {
      reported = resolve;
    });
    const cpu = process.cpuUsage();
    change();
    const report = await next;
    const used = process.cpuUsage(cpu);
    return {
      ms: report.durationMs,
      cpuMs: Math.round((used.user + used.system) / 1000),
      changed: report.changed.length,
      added: report.added.length,
      watchedPaths: report.watchedPaths ?? null,
      timings: library.snapshot.load.timings,
    };
  };
  const added = names.map((name) => join(dir, `added-${name}`));
  try {
    const edited = await timed(() =>
      names.forEach((name, i) => {
        writeFileSync(join(dir, name), `${originals[i]}\n    The figures were revised again on Tuesday.\n`);
      }),
    );
    await library.flushCache();
    const addedNewest = await timed(() =>
      added.forEach((path, i) => {
        writeFileSync(path, originals[i]!.replace(/^date \d{4}/, 'date 2031'));
      }),
    );
    return { edited, added: addedNewest };
  } finally {
    stop();
    for (const path of added) rmSync(path, { force: true });
    names.forEach((name, i) => {
      writeFileSync(join(dir, name), originals[i]!);
    });
    await library.reload();
  }
}

async function warm() {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const library = await openLibrary();
  const readyMs = Math.round(performance.now() - started);
  const snapshot = library.snapshot;
  // The warm load lasts until every index a question uses is there: a large set's sentence index is
  // read from the cache, or built in slices after the library is ready when the cache lacks it.
  await prepareSentenceIndex(snapshot);
  const loadMs = Math.round(performance.now() - started);
  const used = process.cpuUsage(cpu);
  const loadCpuMs = Math.round((used.user + used.system) / 1000);
  const readyTimings = snapshot.load.timings;
  // Memory when ready: the check of the files below starts on the next turn of the event loop.
  const ready = memory();
  // Then every story file is checked against the cache (a reload of what changed meanwhile).
  const checked = await library.verified;
  const verifiedMs = Math.round(performance.now() - started);
  const verified = process.cpuUsage(cpu);
  const verifiedCpuMs = Math.round((verified.user + verified.system) / 1000);
  const sentenceIndexMs = loadMs - readyMs;
  const mem = memory();
  // V8 gives the pages a load freed back in the background: the resident memory a second or two on.
  await new Promise((resolve) => setTimeout(resolve, 2000));
  const settledRssMb = memory().rssMb;
  const sentenceIndex = sentenceIndexOf(snapshot)!;
  const counter = new ByteCounter();
  const perStory = (value: unknown) =>
    Math.round(counter.bytes(value) / Math.max(1, snapshot.stories.length));
  // Structures after the load, per story (approximate: see bytes.ts); RSS and heap for the whole.
  const bytesPerStory = {
    stories: perStory(snapshot.stories.columnSets()),
    textIndex: perStory(snapshot.text),
    sentenceIndex: perStory(sentenceIndex),
    speakers: perStory(snapshot.speakers),
    places: perStory(snapshot.places),
    headlines: perStory(snapshot.headlines),
    idsAndOrder: perStory([snapshot.byId, snapshot.order, snapshot.rankOf]),
    files: perStory(library.files),
    rss: Math.round((mem.rssMb * 2 ** 20) / snapshot.stories.length),
    heap: Math.round((mem.heapMb * 2 ** 20) / snapshot.stories.length),
  };
  const { topics, ...answers } = values['reload-only'] ? { topics: [] } : await latencies(snapshot);
  const fullText = compareFullText(snapshot, topics);
  const reload = await reloadChanged(library);
  return {
    stories: snapshot.stories.length,
    reused: snapshot.load.reused,
    loadMs,
    loadCpuMs,
    readyMs,
    verifiedMs,
    verifiedCpuMs,
    checkedChanges: checked ? checked.added.length + checked.changed.length + checked.removed.length : null,
    timings: readyTimings,
    checkTimings: checked ? snapshot.load.timings : null,
    ...mem,
    settledRssMb,
    readyRssMb: ready.rssMb,
    readyHeapMb: ready.heapMb,
    speakers: snapshot.speakers.entries.length,
    places: snapshot.places.entries.length,
    terms: snapshot.text.vocabulary.terms.length,
    sentences: sentenceIndex.story.length,
    sentenceIndexMb: Math.round(sentenceIndexBytes(sentenceIndex) / 2 ** 20),
    sentenceIndexMs,
    bytesPerStory,
    latency: answers,
    fullText,
    reload,
  };
}

function throughputOf(files: string[]) {
  const texts = files.map((file) => readFileSync(file, 'utf8'));
  const bytes = texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0);
  for (const text of texts.slice(0, 20)) parseStory(text, 'warmup.txt');
  const started = performance.now();
  for (let i = 0; i < texts.length; i++) parseStory(texts[i]!, files[i]!);
  const seconds = (performance.now() - started) / 1000;
  return {
    stories: texts.length,
    storiesPerSecond: Math.round(texts.length / seconds),
    mbPerSecond: Math.round((bytes / 2 ** 20 / seconds) * 100) / 100,
  };
}

function throughput() {
  const reutersDir = values.reuters!;
  const reuters = readdirSync(reutersDir)
    .filter((name) => name.endsWith('.txt'))
    .slice(0, 3000)
    .map((name) => join(reutersDir, name));
  const polnear = ['train', 'dev', 'test'].flatMap((part) => {
    const dir = join(values.polnear!, part, 'stories');
    try {
      return readdirSync(dir)
        .filter((name) => name.endsWith('.txt'))
        .map((name) => join(dir, name));
    } catch {
      return [];
    }
  });
  return { reuters: throughputOf(reuters), polnear: polnear.length ? throughputOf(polnear) : null };
}

/**
 * Each hostile shape (see hostileShapes.ts) as one story of `--bytes`, parsed as a load parses it: in a
 * worker, within the story budget. Stories per second per shape, worst first.
 */
async function hostile() {
  const bytes = Number(values.bytes ?? 1_000_000);
  const pool = new ParsePool(1, { idleMs: 60_000 });
  await pool.parse([{ raw: 'date 2014-09-15\nWarm-up.', file: 'warmup.txt' }]);
  const shapes: Array<{ shape: string; storiesPerSecond: number; leftOut: string[] }> = [];
  for (const shape of HOSTILE_SHAPES) {
    const raw = hostileStory(shape, bytes);
    const started = performance.now();
    const [parsed] = await pool.parse([{ raw, file: 'hostile.txt' }]);
    const seconds = (performance.now() - started) / 1000;
    const warnings = parsed?.outcome.ok ? parsed.outcome.warnings : [];
    shapes.push({
      shape: shape.name,
      storiesPerSecond: Math.round((1 / seconds) * 100) / 100,
      leftOut: warnings.filter((w) => w.includes(' left out')).map((w) => w.split(' left out')[0]!),
    });
  }
  await pool.close();
  shapes.sort((a, b) => a.storiesPerSecond - b.storiesPerSecond);
  return { bytes, shapes };
}

const result =
  values.mode === 'cold'
    ? await cold()
    : values.mode === 'warm'
      ? await warm()
      : values.mode === 'hostile'
        ? await hostile()
        : throughput();
process.stdout.write(`${JSON.stringify(result)}\n`);
process.exit(0);
