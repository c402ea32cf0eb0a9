/**
 * The story library: loads story folders into an immutable snapshot, keeps a parse cache, and reloads
 * atomically. Queries take `library.snapshot` once and answer from it, so a reload running meanwhile
 * never mixes two story sets into one answer.
 */

import { storyIdOf } from '../engine/parseStory.ts';
import type { FileIssue } from '../engine/types.ts';
import { roleIndex } from './ask/answerFact.ts';
import { ASK_LOOKUPS, prepareAsk, WARM_ANSWERS } from './ask.ts';
import { FilesByPath } from './filesByPath.ts';
import { watchFolderTree } from './folderWatch.ts';
import { heapBytesPerStory, heapShortfall } from './heapBudget.ts';
import { type ListingMemo, LoadError, type LoadedFile, loadStoryFiles } from './loader.ts';
import { type LoadProgress, progressReporter } from './loadProgress.ts';
import {
  type CachedFile,
  type CacheProblem,
  cacheFileFor,
  cacheWriteProblem,
  filesKey,
  fileWith,
  type ReadCacheContents,
  readCache,
  removeStaleTemps,
  writeCache,
} from './parseCache.ts';
import { defaultWorkers, ParsePool } from './parsePool.ts';
import { parserVersion } from './parserVersion.ts';
import { placeRegions } from './placeIndex.ts';
import type { CheckResult, ReloadReport } from './results.ts';
import { copiesOf, prepareCopies } from './sameText.ts';
import {
  builtSentenceIndex,
  offerSentences,
  prepareSentenceIndex,
  SENTENCE_INDEX_AT_ONCE,
} from './sentenceIndex.ts';
import { runInSlices } from './slices.ts';
import {
  buildSnapshot,
  buildSnapshotInSlices,
  compactIndexes,
  type SavedIndexes,
  type SnapshotChange,
  type StorySnapshot,
  savedIndexesOf,
} from './snapshot.ts';
import { speakerTallySteps, wordGroupsOf } from './speakers.ts';
import { listChangedFiles, type StoryFileEntry, skipped, type WatchedPath } from './storyFiles.ts';
import type { StoryNumbers } from './storyIds.ts';
import { StoredStory, StoryStore } from './storyStore.ts';
import { rootGroupSteps, type TermVector, type TextIndex, termVectorsOf, Vocabulary } from './textIndex.ts';

/** Where the library reports what it does; pino loggers fit. */
export interface LibraryLogger {
  info(object: object, message?: string): void;
  warn(object: object, message?: string): void;
}

export interface LibraryOptions {
  dirs: string[];
  /** Folder of the parse cache; null disables it. Default `./.cache` (the configuration's CACHE_DIR). */
  cacheDir?: string | null;
  /** Parse worker threads for large sets; 0 parses inline. Default: one per core. */
  workers?: number;
  /** Show a progress line on stderr during a long load (default: when stderr is a terminal). */
  progress?: boolean;
  /** Called as stories load (the first load and reloads), e.g. to say how far a load has got. */
  onProgress?: (progress: LoadProgress) => void;
  /** The parse cache's parser version; default: a hash of the engine's code (see parserVersion.ts). */
  parserVersion?: string;
  /** Also receives a progress line every few seconds of a long load. */
  logger?: LibraryLogger;
  /** The heap the story set must fit in (default: Node's limit, see heapBudget.ts). */
  heapLimit?: number;
  /**
   * Whether the library serves questions for a while (default true): then every lookup is built at load,
   * before the snapshot is swapped in. A command that answers once and exits passes false, and the
   * lookups only some questions need (the gazetteer's regions) are built if a question needs them.
   */
  serving?: boolean;
  /** Keep the story text in the parse cache's files rather than in memory (see CacheReadOptions). */
  storyTextOnDisk?: boolean;
  /**
   * Serve from the parse cache before the story files are checked (default false): the first snapshot is
   * the cache's stories and indexes as they are, ready in about the time the cache takes to read. The
   * lookups answers otherwise make on first use are made just after, then the folders are listed and
   * every file stated in the background, as a reload does, and what changed since the cache was written
   * is reloaded (`verified` settles then); until then an answer may come from a file's cached version.
   * Without a usable cache the files are checked first, as usual.
   */
  verifyAfterReady?: boolean;
}

export interface LibraryStats {
  stories: number;
  speakers: number;
  places: number;
  /** Oldest and newest story dates (ISO), null for an empty or undated set. */
  from: string | null;
  to: string | null;
  lastReload: string;
  loadDurationMs: number;
  errors: number;
  warnings: number;
}

type Settings = Required<Omit<LibraryOptions, 'logger' | 'cacheDir' | 'onProgress' | 'heapLimit'>> & {
  heapLimit: number | undefined;
  cacheFile: string | null;
  logger: LibraryLogger | undefined;
  /** Parse workers, started when first needed and kept a while for the next reload. */
  pool: ParsePool | undefined;
  onProgress: LibraryOptions['onProgress'];
};

/**
 * The files of a reload on the previous snapshot's story numbers: a file keeps its number, a new one
 * takes the next, and a removed one's number goes to the last file, so only the numbers of files that
 * changed, came or went (and of the one moved) differ. Reads only the fresh and removed files (and
 * copies the list); `numberOf` gives the previous numbers by path. Returns the files in that order, the
 * numbers that changed, those of files touched without a change (a new stat, the same story), and the
 * paths whose number changed (null when removed).
 */
function keepNumbers(
  previous: readonly LoadedFile[],
  numberOf: StoryNumbers,
  fresh: readonly LoadedFile[],
  removed: readonly LoadedFile[],
): { files: LoadedFile[]; changed: number[]; touched: number[]; moved: Map<string, number | null> } {
  const files = previous.slice();
  const changed = new Set<number>();
  const touched: number[] = [];
  const moved = new Map<string, number | null>();
  const added: LoadedFile[] = [];
  for (const file of fresh) {
    const i = numberOf.get(file.path);
    if (i === undefined) added.push(file);
    else {
      // A file touched but not changed (found by its content hash) keeps its story and its number.
      if (files[i]!.story !== file.story) changed.add(i);
      else touched.push(i);
      files[i] = file;
    }
  }
  // From the end, so the file moved into a removed one's number is never itself removed.
  const gone = removed.map((file) => numberOf.get(file.path)!).sort((a, b) => b - a);
  for (const i of gone) {
    const last = files.length - 1;
    moved.set(files[i]!.path, null);
    files[i] = files[last]!;
    files.pop();
    changed.add(i);
    changed.add(last);
    if (i !== last) moved.set(files[i]!.path, i);
  }
  for (const file of added) {
    changed.add(files.length);
    moved.set(file.path, files.length);
    files.push(file);
  }
  return { files, changed: [...changed], touched, moved };
}

/** The known files that a load neither listed nor failed on: removed. */
function unlisted(
  known: FilesByPath,
  files: readonly LoadedFile[],
  failed: ReadonlyArray<{ path: string }>,
): LoadedFile[] {
  const present = new Set(files.map((file) => file.path));
  for (const failure of failed) present.add(failure.path);
  return [...known.values()].filter((file) => !present.has(file.path));
}

/**
 * Whether two lists hold the same files and contents in the same order: at once when they are the same
 * entries (files reused by their stat), else by their paths and hashes.
 */
function sameFiles(a: readonly LoadedFile[], b: readonly LoadedFile[]): boolean {
  if (a.length !== b.length) return false;
  let same = true;
  for (let i = 0; i < a.length && same; i++) same = a[i] === b[i];
  return same || filesKey(a) === filesKey(b);
}

/** `files` in the order of `known`'s keys when they are exactly those files' paths, else null. */
function inOrderOf(known: FilesByPath, files: readonly LoadedFile[]): LoadedFile[] | null {
  if (known.size !== files.length) return null;
  // The common case, a warm start with nothing moved: the files come in the known order already.
  let next = 0;
  let inOrder = true;
  for (const path of known.keys())
    if (files[next++]!.path !== path) {
      inOrder = false;
      break;
    }
  if (inOrder) return files.slice();
  const position = new Map<string, number>();
  let at = 0;
  for (const path of known.keys()) position.set(path, at++);
  const out = new Array<LoadedFile>(files.length);
  for (const file of files) {
    const i = position.get(file.path);
    if (i === undefined || out[i]) return null;
    out[i] = file;
  }
  return out;
}

/**
 * The lookups besides `ask`'s that answers build on first use: story numbers by id, the files of stories
 * filed more than once, the speakers' name words by length, their names' prefixes and initials, the fuzzy
 * indexes of speakers and places, and (for a serving library) the places' regions, which read the gazetteer,
 * and a question of each kind asked once per process (`WARM_ANSWERS`).
 */
function otherLookups(serving: boolean): Array<(snapshot: StorySnapshot) => unknown> {
  return [
    (snapshot) => snapshot.byId,
    (snapshot) => copiesOf(snapshot).files,
    (snapshot) => wordGroupsOf(snapshot.speakers),
    (snapshot) => [snapshot.speakers.prefixKeys, snapshot.speakers.byInitial],
    (snapshot) => snapshot.speakers.fuse,
    (snapshot) => snapshot.places.fuse,
    ...(serving ? [(snapshot: StorySnapshot) => placeRegions(snapshot.places), ...WARM_ANSWERS] : []),
  ];
}

/** The maps a snapshot restored from the cache makes on first use, most wanted first (see #serveCache). */
const RESTORED_MAPS: ReadonlyArray<(snapshot: StorySnapshot) => unknown> = [
  (snapshot) => snapshot.text.vocabulary.ids,
  (snapshot) => snapshot.speakers.byKey,
];

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** The load's wall time and its phases' (rounded to the millisecond) in the snapshot's load report. */
function recordDuration(snapshot: StorySnapshot, durationMs: number, timings: Record<string, number>) {
  const load = snapshot.load as { durationMs: number; timings?: Record<string, number> };
  load.durationMs = durationMs;
  load.timings = Object.fromEntries(Object.entries(timings).map(([name, ms]) => [name, Math.round(ms)]));
}

/** A reload changing more than this share of the stories builds its snapshot anew instead of patching. */
const PATCH_AT_MOST = 0.25;

/** A watcher that saw more paths change than this before a reload has them all listed instead. */
const WATCHED_AT_MOST = 1024;

/** While the folders are watched, every file is checked this often all the same (see `watch`). */
const FULL_CHECK_EVERY_MS = 10 * 60_000;

/** A first load with fewer files to parse parses them inline, except large ones (see loader.ts). */
const FIRST_LOAD_INLINE_BELOW = 400;

export class StoryLibrary {
  #snapshot: StorySnapshot;
  /** The files known (the snapshot's, or the cache's before a first load), with their numbers by path. */
  #files: FilesByPath;
  /** The files of the snapshot's stories, by story number (`#files`' list once a load has run). */
  #numbered: LoadedFile[] = [];
  #vocabulary: Vocabulary;
  #reloading: Promise<ReloadReport> | null = null;
  #cacheTimer: NodeJS.Timeout | null = null;
  /** The cache write running, if any (resolved when none). */
  #writing: Promise<void> = Promise.resolve();
  /** The last cache write's failure, reported once until a write succeeds. */
  #cacheProblem: string | null = null;
  /**
   * The text index the known files were last indexed in, and those files by document number: a file
   * kept from before has no term vector of its own, and a build that needs it reads it back from there.
   */
  #indexed: { files: readonly LoadedFile[]; text: TextIndex; vectors?: (doc: number) => TermVector } | null =
    null;
  #indexedAt: Map<string, number> | null = null;
  /** Indexes from the parse cache, for the first load when the files are exactly the cached ones. */
  #cached: { files: readonly LoadedFile[]; indexes: SavedIndexes } | null = null;
  /** Whether the reload running looks only at paths a watcher saw change (see `#reloadWatched`). */
  #reloadingWatched = false;
  /** Whether the last listing refused files for a shared story id: a change to one frees the others. */
  #idsShared = false;
  /**
   * Where the last listing of every file found each file among `#files` (see ListingMemo): kept while
   * `#files` keeps its numbers (a patch moves a few, a build renumbers all).
   */
  #lastListing: ListingMemo | null = null;
  /** Settles once the files are checked (see `verifyAfterReady`); at once when they were checked first. */
  #verified: Promise<ReloadReport | null> = Promise.resolve(null);
  readonly #options: Settings;

  private constructor(
    snapshot: StorySnapshot,
    files: FilesByPath,
    vocabulary: Vocabulary,
    options: Settings,
  ) {
    this.#snapshot = snapshot;
    this.#files = files;
    this.#vocabulary = vocabulary;
    this.#options = options;
  }

  /** Loads the folders (from the cache where it can). Throws LoadError when a folder is unusable. */
  static async open(options: LibraryOptions): Promise<StoryLibrary> {
    const cacheDir = options.cacheDir === undefined ? './.cache' : options.cacheDir;
    const workers = options.workers ?? defaultWorkers();
    const settings: Settings = {
      dirs: [...options.dirs],
      workers,
      pool: workers > 0 ? new ParsePool(workers) : undefined,
      progress: options.progress ?? Boolean(process.stderr.isTTY),
      parserVersion: options.parserVersion ?? parserVersion(),
      cacheFile: cacheDir ? cacheFileFor(cacheDir, options.dirs) : null,
      logger: options.logger,
      onProgress: options.onProgress,
      heapLimit: options.heapLimit,
      serving: options.serving ?? true,
      storyTextOnDisk: options.storyTextOnDisk ?? false,
      verifyAfterReady: options.verifyAfterReady ?? false,
    };
    const started = performance.now();
    if (settings.cacheFile) removeStaleTemps(settings.cacheFile);
    const library = new StoryLibrary(buildSnapshot([]), FilesByPath.of([]), new Vocabulary(), settings);
    const timings: Record<string, number> = {};
    const cacheFile = settings.cacheFile;
    const read = () =>
      readCache(
        cacheFile!,
        settings.parserVersion,
        ({ file, reason }: CacheProblem) =>
          settings.logger?.warn(
            { file, reason },
            `the parse cache cannot be read (${reason}); stories are parsed again and the cache rewritten`,
          ),
        // Served from the cache, the files' columns are read once it checks them, after ready.
        { storyTextOnDisk: settings.storyTextOnDisk, filesLater: settings.verifyAfterReady },
      ).then((cache) => {
        timings.cacheReadMs = performance.now() - started;
        return cache;
      });
    let whileStating: (() => Promise<void>) | undefined;
    if (cacheFile && settings.verifyAfterReady) {
      const cache = await read();
      if (cache && library.#serveCache(cache, started, timings)) return library;
      whileStating = async () => {
        if (cache) library.#adoptCache(cache, await cache.readFiles());
      };
    } else if (cacheFile) {
      // The cache is read in the thread pool while the story files are stated.
      whileStating = () =>
        read().then(async (cache) => {
          if (cache) library.#adoptCache(cache, await cache.readFiles());
        });
    }
    const report = await library.#load(started, true, timings, whileStating);
    if (report.error) throw new LoadError(report.error);
    return library;
  }

  /** What is known from the parse cache: its files, and its indexes for them in their order. */
  #adoptCache(cache: ReadCacheContents, files: CachedFile[]) {
    this.#vocabulary = new Vocabulary(cache.vocabulary);
    this.#files = FilesByPath.of(files, cache.paths);
    if (cache.indexes) this.#cached = { files, indexes: cache.indexes };
    if (cache.indexes?.text)
      this.#indexed = { files, text: { vocabulary: this.#vocabulary, ...cache.indexes.text } };
  }

  /**
   * The first snapshot straight from the cache, when it holds every index for its stories (see
   * `verifyAfterReady`); then the files are checked as a reload, which `reload()` meanwhile shares.
   * False when the cache cannot serve alone.
   */
  #serveCache(cache: ReadCacheContents, started: number, timings: Record<string, number>): boolean {
    const { indexes } = cache;
    const count = cache.stories.columns.count;
    if (!indexes?.text || indexes.order.length !== count || indexes.text.lengths.length !== count)
      return false;
    const shortfall = heapShortfall(count, this.#options.heapLimit, heapBytesPerStory(count, count));
    if (shortfall) this.#warnHeap(shortfall, count);
    const indexStarted = performance.now();
    this.#vocabulary = new Vocabulary(cache.vocabulary);
    const snapshot = buildSnapshot(StoryStore.ofColumns(cache.stories), {
      vocabulary: this.#vocabulary,
      saved: indexes,
      load: {
        dirs: this.#options.dirs,
        loadedAt: new Date().toISOString(),
        parsed: 0,
        reused: count,
        restoredIndexes: true,
      },
    });
    // The sentence index is restored with the rest; the other lookups answers would build on first use
    // are built just after ready, a turn of the event loop each, before the files are checked.
    void prepareSentenceIndex(snapshot);
    this.#snapshot = snapshot;
    const durationMs = Math.round(performance.now() - started);
    recordDuration(snapshot, durationMs, { ...timings, indexMs: performance.now() - indexStarted });
    this.#options.logger?.info(
      { stories: count, parsed: 0, failed: 0, durationMs },
      'stories loaded from the parse cache; checking the files',
    );
    // The files are checked after the caller has its library (a reload asked for meanwhile shares it).
    const verifying = nextTurn().then(async () => {
      const { text, offsetMapValues } = cache.stories.columns;
      // A failure here only leaves the reads of answers to the disk.
      for (const onDisk of [text, offsetMapValues])
        if (!(onDisk instanceof Uint8Array)) onDisk.prefetch().catch(() => {});
      for (const prepare of [...RESTORED_MAPS, ...ASK_LOOKUPS, ...otherLookups(this.#options.serving)]) {
        prepare(snapshot);
        await nextTurn();
      }
      // What the speaker directory was built from, so that stories added as the newest patch it.
      await runInSlices(speakerTallySteps(snapshot.speakers, snapshot.stories, snapshot.rankOf));
      let files: CachedFile[];
      try {
        files = await cache.readFiles();
      } catch (error) {
        // Nothing known of the files: a later reload parses every one again.
        const message = `the parse cache's list of files cannot be read (${error instanceof Error ? error.message : String(error)}); the files are parsed again at the next reload`;
        this.#options.logger?.warn({ error: message }, 'story files not checked');
        return this.#failedReload(message, started);
      }
      this.#files = FilesByPath.of(files, cache.paths);
      this.#numbered = files;
      this.#indexed = { files, text: snapshot.text };
      // Most starts find every file as cached: the parse workers (some 60 MB each, kept a minute once
      // started) start only if a file needs parsing.
      return this.#load(performance.now(), false, {}, undefined, undefined, false);
    });
    this.#reloading = verifying.finally(() => {
      this.#reloading = null;
    });
    this.#verified = this.#reloading;
    return true;
  }

  /**
   * Settles once every story file has been checked against what is served: at once after a load that
   * checked them first, else (see `verifyAfterReady`) with the report of the reload that checked them.
   */
  get verified(): Promise<ReloadReport | null> {
    return this.#verified;
  }

  /** The report of a reload that failed as a whole and kept the set served. */
  #failedReload(error: string, started: number): ReloadReport {
    return {
      added: [],
      changed: [],
      removed: [],
      failed: [],
      error,
      stories: this.#snapshot.stories.length,
      durationMs: Math.round(performance.now() - started),
    };
  }

  /** The current story set. Hold on to it for the whole of one answer. */
  get snapshot(): StorySnapshot {
    return this.#snapshot;
  }

  /** The files of the current set, as kept to check them against the folders (memory figures read it). */
  get files(): FilesByPath {
    return this.#files;
  }

  get dirs(): readonly string[] {
    return this.#options.dirs;
  }

  /**
   * Re-reads the folders and swaps in the new set when it is built. Files that fail keep their last
   * good version; a reload that fails as a whole keeps the old set and says why in `error`. Calls made
   * while a reload runs share its result.
   */
  reload(): Promise<ReloadReport> {
    // One of the watcher's changed paths checks only those: this one lists every file after it.
    if (this.#reloadingWatched) return this.#reloading!.catch(() => undefined).then(() => this.reload());
    this.#reloading ??= this.#load(performance.now(), false).finally(() => {
      this.#reloading = null;
    });
    return this.#reloading;
  }

  /** A reload that checks only the paths a watcher saw change, when they tell all (see `#changedFiles`). */
  #reloadWatched(watched: readonly WatchedPath[]): Promise<ReloadReport> {
    if (this.#reloading)
      return this.#reloading.catch(() => undefined).then(() => this.#reloadWatched(watched));
    this.#reloadingWatched = true;
    this.#reloading = this.#load(performance.now(), false, {}, undefined, watched).finally(() => {
      this.#reloading = null;
      this.#reloadingWatched = false;
    });
    return this.#reloading;
  }

  /**
   * The story files at the paths a watcher saw change, and the known files gone from them; null when
   * every file must be listed to tell: a folder or link changed, too many paths, or a story id that
   * another file (listed or refused) holds.
   */
  async #changedFiles(
    watched: readonly WatchedPath[],
  ): Promise<{ files: StoryFileEntry[]; gone: LoadedFile[]; looked: Set<string> } | null> {
    if (this.#idsShared || watched.length > WATCHED_AT_MOST) return null;
    const listed = await listChangedFiles(this.#options.dirs, watched);
    if (!listed) return null;
    const gone = listed.gone.flatMap((entry) => {
      const file = this.#files.get(entry.path);
      return file ? [file] : [];
    });
    const gonePaths = new Set(gone.map((file) => file.path));
    const { byId } = this.#snapshot;
    const ids = new Set<string>();
    for (const entry of listed.files) {
      const id = storyIdOf(entry.relative);
      const number = byId.get(id);
      const holder = number === undefined ? undefined : this.#numbered[number];
      if (ids.has(id) || (holder && holder.path !== entry.path && !gonePaths.has(holder.path))) return null;
      ids.add(id);
    }
    const looked = new Set([...listed.files, ...listed.gone].map((entry) => entry.relative));
    return { files: listed.files, gone, looked };
  }

  /** Whether the last listing found no story id on two files and each story served has an id of its own. */
  #idsOwn(): boolean {
    const { byId, stories } = this.#snapshot;
    return !this.#idsShared && byId.size === stories.length && this.#numbered.length === stories.length;
  }

  /** The path of the known file whose story has story id `id` (see `#idsOwn`). */
  #holderOf(id: string): string | undefined {
    const number = this.#snapshot.byId.get(id);
    return number === undefined ? undefined : this.#numbered[number]?.path;
  }

  async #load(
    started: number,
    initial: boolean,
    timings: Record<string, number> = {},
    whileStating?: () => Promise<void>,
    watched?: readonly WatchedPath[],
    warmWorkers = !initial,
  ): Promise<ReloadReport> {
    // Only a first load's file whose stat changed is looked up by its content (see LoadOptions.known).
    let byHash: Map<string, LoadedFile> | undefined;
    const knownByHash = () => {
      if (!byHash) {
        byHash = new Map();
        for (const file of this.#files.values()) byHash.set(file.sha1, file);
      }
      return byHash;
    };
    const library = this;
    const { logger, onProgress } = this.#options;
    const bar = progressReporter({
      label: initial ? 'loading' : 'reloading',
      terminal: this.#options.progress ? process.stderr : null,
      log: logger
        ? (progress, text) => logger.info({ ...progress, elapsedMs: Math.round(progress.elapsedMs) }, text)
        : null,
    });
    const loadStarted = performance.now();
    // A reload's parse worker starts while the files are listed and stated, not after: one, which
    // parses the few small files a reload mostly finds on its own; a larger parse starts the others.
    if (warmWorkers) this.#options.pool?.warm(1);
    // From the paths a watcher saw change, only those are looked at when they tell all; else every file.
    const changes = watched && !initial ? await this.#changedFiles(watched) : null;
    // The first load checks its size against the heap once the files are counted, before parsing.
    let heapChecked = !initial;
    let cacheKnown = !whileStating;
    let outcome: Awaited<ReturnType<typeof loadStoryFiles>>;
    try {
      outcome = await loadStoryFiles({
        dirs: this.#options.dirs,
        // Read by the loader after `whileStating`: a first load's come from the cache.
        get vocabulary() {
          return library.#vocabulary;
        },
        get known() {
          return library.#files;
        },
        ...(initial ? { knownByHash } : {}),
        ...(whileStating
          ? {
              whileStating: () =>
                whileStating().then(() => {
                  cacheKnown = true;
                }),
            }
          : {}),
        workers: this.#options.workers,
        ...(this.#options.pool ? { pool: this.#options.pool } : {}),
        // A reload parses everything in the workers: the event loop keeps answering meanwhile.
        inlineBelow: initial ? FIRST_LOAD_INLINE_BELOW : 0,
        ...(changes ? { only: changes.files } : {}),
        // A reload looks each file up by its path: unsorted, and only the files not reused have their
        // ids checked against the known stories' when those are each an id of their own.
        ...(initial ? {} : { anyOrder: true }),
        ...(initial || !this.#idsOwn() ? {} : { knownIdHolder: (id: string) => this.#holderOf(id) }),
        ...(this.#lastListing ? { lastListing: this.#lastListing } : {}),
        onProgress: (done, total) => {
          // Once the parse cache is read (a first load reads it while it states the files): a story
          // from it takes less heap than one parsed.
          if (!heapChecked && cacheKnown) {
            heapChecked = true;
            const shortfall = heapShortfall(
              total,
              this.#options.heapLimit,
              heapBytesPerStory(total, this.#files.size),
            );
            if (shortfall) this.#warnHeap(shortfall, total);
          }
          bar.update(done, total);
          onProgress?.({ done, total, elapsedMs: performance.now() - loadStarted });
        },
      });
    } catch (error) {
      bar.end();
      const message = error instanceof Error ? error.message : String(error);
      this.#options.logger?.warn({ error: message }, 'story reload failed; keeping the previous set');
      return this.#failedReload(message, started);
    }
    bar.end();
    const previous = this.#files;
    if (!changes) this.#idsShared = outcome.sharedIds > 0;

    // A file that fails now keeps its last good version, if this library had one.
    const files = outcome.files;
    const listedCount = files.length;
    const keptFailed = new Set<string>();
    if (!initial)
      for (const failure of outcome.failed) {
        const last = previous.get(failure.path);
        if (last && !keptFailed.has(failure.path)) {
          files.push(last);
          keptFailed.add(failure.path);
        }
      }

    // Only the fresh files (a reload's few) are looked up: every other listed file is a known one as it was.
    const added: string[] = [];
    const changed: string[] = [];
    let listedKnown = files.length - outcome.fresh.length;
    for (const file of initial ? files : outcome.fresh) {
      const before = initial ? undefined : previous.get(file.path);
      if (!before) added.push(file.story.file);
      else {
        listedKnown++;
        if (before.sha1 !== file.sha1) changed.push(file.story.file);
      }
    }
    const removedFiles = changes
      ? changes.gone
      : initial || listedKnown === previous.size
        ? []
        : unlisted(previous, files, outcome.failed);
    const removed = removedFiles.map((file) => file.story.file);

    const warnings: FileIssue[] = [...outcome.warnings];
    const failed: FileIssue[] = outcome.failed.map(({ file, reason }) => ({ file, reason }));
    // Only the changed paths were looked at: what the last load said of every other file still stands.
    const errors = [...failed, ...outcome.errors];
    if (changes) {
      const { load } = this.#snapshot;
      const standing = (issue: FileIssue) => !changes.looked.has(issue.file);
      errors.push(...load.errors.filter(standing));
      warnings.push(...load.warnings.filter(standing));
    }
    const indexStarted = performance.now();
    const cached = this.#cached;
    this.#cached = null;
    // The cache keeps its files in the order of the snapshot that wrote it (a reload numbers new
    // files last): the same files in that order find their saved indexes.
    const numberedAsCached = cached ? inOrderOf(previous, files) : null;
    const saved =
      cached && numberedAsCached && sameFiles(numberedAsCached, cached.files) ? cached.indexes : undefined;
    const loadInfo = {
      dirs: this.#options.dirs,
      loadedAt: new Date().toISOString(),
      durationMs: Math.round(performance.now() - started),
      parsed: outcome.parsed,
      reused: changes ? previous.size + added.length - removedFiles.length - outcome.parsed : outcome.reused,
      restoredIndexes: saved !== undefined,
      errors,
      warnings,
    };
    let snapshot: StorySnapshot;
    let numbered = saved ? numberedAsCached! : files;
    /** A patched reload's numbering (see keepNumbers). */
    let kept: ReturnType<typeof keepNumbers> | null = null;
    if (initial) {
      snapshot = buildSnapshot(
        numbered.map((file) => file.story),
        {
          vocabulary: this.#vocabulary,
          vectorOf: (i) => this.#vectorOf(numbered[i]!),
          load: loadInfo,
          ...(saved ? { saved } : {}),
        },
      );
    } else {
      // A reload builds in slices, so answers asked meanwhile wait a few milliseconds at most; a few
      // changed files patch the previous snapshot's indexes instead of building them again.
      kept = keepNumbers(this.#numbered, this.#files.numbers, outcome.fresh, removedFiles);
      if (kept.changed.length === 0) {
        // Every file as served (a check after a start from the cache, a reload with nothing changed): the
        // snapshot and its indexes stay, with this load's report.
        numbered = kept.files;
        snapshot = this.#snapshot;
        Object.assign(snapshot.load, { ...loadInfo, restoredIndexes: snapshot.load.restoredIndexes });
      } else {
        const change: SnapshotChange | undefined =
          kept.changed.length <= PATCH_AT_MOST * Math.max(kept.files.length, this.#numbered.length)
            ? { previous: this.#snapshot, changed: kept.changed }
            : undefined;
        // Only the changed paths were listed: the whole list is the previous one with them (see keepNumbers).
        // Else the set is numbered as listed (sorted only now: a reload lists unsorted).
        if (change || changes) numbered = kept.files;
        else numbered = [...outcome.inListingOrder(), ...files.slice(listedCount)];
        if (!change) kept = null;
        snapshot = await buildSnapshotInSlices(
          numbered.map((file) => file.story),
          {
            vocabulary: this.#vocabulary,
            // A patch asks only for its changed stories': a parsed one's own, else (a story moved to
            // another number) counted again from the story rather than read back out of every posting.
            vectorOf: (i) => (change ? numbered[i]!.vector : this.#vectorOf(numbered[i]!)),
            load: loadInfo,
            ...(change ? { change } : {}),
          },
        );
        const sentences = prepareSentenceIndex(snapshot, { reload: true, ...(change ? { change } : {}) });
        // The lookups that a reload can patch from the previous snapshot's, before prepareAsk builds the rest.
        await prepareCopies(snapshot, change);
        await runInSlices(rootGroupSteps(snapshot.text.vocabulary));
        roleIndex(snapshot, change);
        // Answers from a set of ordinary size always use the sentence index; a patch makes it quick.
        if (change || snapshot.stories.length <= SENTENCE_INDEX_AT_ONCE) await sentences;
      }
    }
    // Two files with one story id: the first by number is the one used (byId holds one number an id).
    if (snapshot.byId.size < snapshot.stories.length) {
      const { stories, byId } = snapshot;
      // Those a reload of the changed paths kept from the last load are not said twice.
      const said = new Set(warnings.map((warning) => `${warning.file}\n${warning.reason}`));
      for (let i = 0; i < stories.length; i++) {
        const first = byId.get(stories.idAt(i))!;
        const reason = `same story id as ${stories.fileAt(first)}; only the first is used`;
        if (first !== i && !said.has(`${stories.fileAt(i)}\n${reason}`))
          warnings.push({ file: stories.fileAt(i), reason });
      }
    }
    // A first load's sentences as the workers read them: the sentence index takes them in as they are.
    // Let go of by the files at once: the build's vectorOf keeps them for as long as the snapshot.
    if (initial && !builtSentenceIndex(snapshot) && numbered.some((file) => file.sentences))
      offerSentences(
        snapshot,
        numbered.map((file) => file.sentences),
      );
    for (const file of numbered) if (file.sentences) delete file.sentences;
    // The lookups `ask` needs are built here, before the swap, so no question pays for them.
    prepareAsk(snapshot);
    for (const prepare of otherLookups(this.#options.serving)) prepare(snapshot);
    const indexMs = performance.now() - indexStarted;
    this.#snapshot = snapshot;
    // Parsed stories are kept in the snapshot's columns from now on, not as objects as well, and their
    // term vectors in its text index.
    const stored = (file: LoadedFile, i: number): LoadedFile => {
      if (file.story instanceof StoredStory && !file.vector && !file.sentences) return file;
      const { vector: _, sentences: __, ...rest } = fileWith(file, { story: snapshot.stories.entry(i) });
      return rest;
    };
    let dirty: boolean;
    if (kept) {
      // A patch: the per-file lists and maps are patched at the numbers and paths it changed.
      for (const i of [...kept.changed, ...kept.touched])
        if (i < numbered.length) numbered[i] = stored(numbered[i]!, i);
      this.#files = previous.patched(numbered, kept.moved);
      // A removal moves the last file to the removed one's number: the listing's numbers no longer hold.
      if (removedFiles.length > 0) this.#lastListing = null;
      else if (outcome.listing) this.#lastListing = outcome.listing;
      this.#numbered = numbered;
      dirty = outcome.parsed > 0 || kept.changed.length > 0 || kept.touched.length > 0;
    } else {
      this.#numbered = numbered.map(stored);
      this.#files = FilesByPath.of(this.#numbered);
      this.#lastListing = null;
      // The cache is rewritten only when the set differs from what it (or the previous load) holds.
      dirty =
        (initial && !saved) ||
        outcome.parsed > 0 ||
        previous.size !== numbered.length ||
        numbered.some((file) => previous.get(file.path) !== file);
    }
    this.#indexed = { files: this.#numbered, text: snapshot.text };
    this.#indexedAt = null;
    const cacheStarted = performance.now();
    // A first load writes the cache now (a command may exit right after); a reload swaps the new set
    // in first and writes the cache a little later, so answers and the report do not wait for it.
    if (this.#options.cacheFile && dirty) {
      if (initial) await this.#saveCache();
      else this.#scheduleCacheWrite();
    } else if (!initial && !this.#options.cacheFile) this.#scheduleCacheWrite();
    // A large set's sentence index is built after the load: the cache is written again once it is
    // there, so the next start reads it instead of building it.
    if (this.#options.cacheFile && !builtSentenceIndex(snapshot) && (dirty || !saved?.sentences))
      void prepareSentenceIndex(snapshot).then(() => {
        if (this.#snapshot === snapshot) this.#scheduleCacheWrite();
      });
    const durationMs = Math.round(performance.now() - started);
    recordDuration(snapshot, durationMs, {
      ...timings,
      ...outcome.timings,
      indexMs,
      cacheWriteMs: performance.now() - cacheStarted,
    });
    this.#options.logger?.info(
      { stories: snapshot.stories.length, parsed: outcome.parsed, failed: failed.length, durationMs },
      initial ? 'stories loaded' : 'stories reloaded',
    );
    return {
      added,
      changed,
      removed,
      failed,
      error: null,
      stories: snapshot.stories.length,
      durationMs,
      ...(changes ? { watchedPaths: changes.looked.size } : {}),
    };
  }

  /** A file's term vector: its own when just parsed, else read back from the index it was last in. */
  #vectorOf(file: LoadedFile): TermVector | undefined {
    if (file.vector) return file.vector;
    const indexed = this.#indexed;
    if (!indexed) return undefined;
    this.#indexedAt ??= new Map(indexed.files.map((known, doc) => [known.sha1, doc]));
    const doc = this.#indexedAt.get(file.sha1);
    if (doc === undefined) return undefined;
    indexed.vectors ??= termVectorsOf(indexed.text);
    return indexed.vectors(doc);
  }

  /** Said once through the logger, or on stderr when there is none, so it is never missed. */
  #warnHeap(message: string, stories: number) {
    if (this.#options.logger) this.#options.logger.warn({ stories }, message);
    else process.stderr.write(`newsbot: ${message}\n`);
  }

  /**
   * Compacts the current set's indexes and writes its cache (when there is one), after any write still
   * running (one at a time, each of the set current when it starts). Never rejects: a failure is said once.
   */
  #saveCache(): Promise<void> {
    this.#writing = this.#writing.then(async () => {
      const file = this.#options.cacheFile;
      try {
        // What the reloads kept beside the indexes' postings is merged in first, in slices, once no
        // reload runs: the cache stores plain postings, and the next reload's patch starts from them.
        while (this.#reloading) await this.#reloading.catch(() => undefined);
        for (let snapshot = this.#snapshot; ; snapshot = this.#snapshot) {
          await compactIndexes(snapshot);
          if (snapshot === this.#snapshot) break;
        }
        if (!file) return;
        await writeCache(file, {
          parserVersion: this.#options.parserVersion,
          vocabulary: this.#vocabulary.terms,
          files: this.#numbered,
          indexes: savedIndexesOf(this.#snapshot),
        });
        if (this.#cacheProblem) this.#options.logger?.info({ file }, 'the parse cache is written again');
        this.#cacheProblem = null;
      } catch (error) {
        if (!file) {
          this.#options.logger?.warn({ error: String(error) }, 'the indexes could not be compacted');
          return;
        }
        // A cache that cannot be written only makes the next start slower: said once, not at every reload.
        const problem = cacheWriteProblem(file, error);
        if (problem !== this.#cacheProblem) this.#options.logger?.warn({ file }, problem);
        this.#cacheProblem = problem;
      }
    });
    return this.#writing;
  }

  /** Writes the parse cache now if a reload left it behind (reloads write it a little later). */
  async flushCache(): Promise<void> {
    if (this.#cacheTimer) {
      clearTimeout(this.#cacheTimer);
      this.#cacheTimer = null;
      await this.#saveCache();
    }
    await this.#writing;
  }

  /**
   * After a reload the indexes are compacted and the cache written a little later: once for a burst of
   * reloads. Both run in slices (the write in the thread pool), so answers go on meanwhile. The timer
   * does not keep the process alive; a process that exits first only has a slower next start.
   */
  #scheduleCacheWrite(delayMs = 5_000) {
    if (this.#cacheTimer) clearTimeout(this.#cacheTimer);
    this.#cacheTimer = setTimeout(() => {
      this.#cacheTimer = null;
      void this.#saveCache();
    }, delayMs);
    this.#cacheTimer.unref();
  }

  /** Counts and dates of the current set, and how long the last load took. */
  stats(): LibraryStats {
    const snapshot = this.#snapshot;
    const { order, stories } = snapshot;
    // Newest first, undated last: the first and the last dated story bound the range.
    let last = order.length - 1;
    while (last >= 0 && !stories.dateAt(order[last]!)) last--;
    const dated = last >= 0 ? [stories.dateAt(order[0]!)!, stories.dateAt(order[last]!)!] : [];
    return {
      stories: snapshot.stories.length,
      speakers: snapshot.speakers.entries.length,
      places: snapshot.places.entries.length,
      from: dated[1] ?? null,
      to: dated[0] ?? null,
      lastReload: snapshot.load.loadedAt,
      loadDurationMs: snapshot.load.durationMs,
      errors: snapshot.load.errors.length,
      warnings: snapshot.load.warnings.length,
    };
  }

  /** Files that failed and warnings from the last load, as `newsbot check` reports them. */
  check(): CheckResult {
    const load = this.#snapshot.load;
    return { stories: this.#snapshot.stories.length, errors: load.errors, warnings: load.warnings };
  }

  /**
   * Reloads when files in the folders change (debounced). Returns a function that stops watching.
   * `onReload` receives each reload's report. While every folder is watched, a reload looks only at
   * the paths the watcher saw change (its report says how many): the cost of the change, not of the
   * set. It lists every file instead when the watcher could not say what changed (a folder moved, a
   * watcher failed, more than WATCHED_AT_MOST paths), and every `fullCheckEveryMs` all the same, since
   * a system may drop events when many come at once.
   */
  watch(
    onReload?: (report: ReloadReport) => void,
    debounceMs = 500,
    fullCheckEveryMs = FULL_CHECK_EVERY_MS,
  ): () => void {
    let timer: NodeJS.Timeout | null = null;
    /** The paths seen since the last reload began; null when every file must be listed. */
    let seen: WatchedPath[] | null = [];
    /** Whether the reload to come is only the periodic check: then it is reported only if it found a change. */
    let onlyChecking = false;
    const run = () => {
      timer = null;
      const checking = onlyChecking;
      onlyChecking = false;
      // A reload already running may have listed the folder before this change: a new one follows it.
      const running = this.#reloading?.catch(() => undefined) ?? Promise.resolve();
      void running
        .then(() => {
          const paths = seen;
          seen = [];
          if (paths?.length === 0) return null;
          return paths && healthy ? this.#reloadWatched(paths) : this.reload();
        })
        .then((report) => {
          const found = report && (report.added.length || report.changed.length || report.removed.length);
          if (report && (found || !checking || report.error)) onReload?.(report);
        });
    };
    const schedule = () => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(run, debounceMs);
    };
    const changedIn = (root: string) => (relative?: string) => {
      // A dot-file, README or node_modules (an editor's swap file) is never a story: no reload for it.
      if (relative?.split('/').some(skipped)) return;
      if (relative === undefined || (seen && seen.length >= WATCHED_AT_MOST)) seen = null;
      else seen?.push({ root, relative });
      onlyChecking = false;
      // A parse worker starts at the first change of a burst: it is ready when the reload needs it.
      if (!timer) this.#options.pool?.warm(1);
      schedule();
    };
    const stops = this.#options.dirs.flatMap((dir) => {
      try {
        return [watchFolderTree(dir, changedIn(dir))];
      } catch (error) {
        this.#options.logger?.warn({ dir, error: String(error) }, 'cannot watch the story folder');
        return [];
      }
    });
    // A folder left unwatched changes unseen: then every reload lists every file.
    const healthy = stops.length === this.#options.dirs.length;
    const fullCheck = setInterval(() => {
      seen = null;
      onlyChecking = !timer;
      schedule();
    }, fullCheckEveryMs);
    fullCheck.unref();
    return () => {
      if (timer) clearTimeout(timer);
      clearInterval(fullCheck);
      for (const stop of stops) stop();
    };
  }
}
