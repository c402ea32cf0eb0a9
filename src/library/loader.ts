/**
 * Loads a story set: lists the files of the folders, re-uses what is known (the previous snapshot,
 * then the parse cache, matched by stat and then by content hash), reads and parses the rest — in
 * worker threads when there are many — and reports every file that failed.
 */
import { statSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { Worker } from 'node:worker_threads';
import { type ParseOutcome, parseStory, storyIdOf } from '../engine/parseStory.ts';
import type { FileIssue } from '../engine/types.ts';
import { type CachedFile, type FileStamp, fileWith } from './parseCache.ts';
import { type ParsedCopy, type ParsedStory, renamedParsed, renamedStory } from './parsedStory.ts';
import type { ParsePool } from './parsePool.ts';
import type { GivenSentences } from './sentenceIndex.ts';
import { ITEMS_PER_STEP, runInSlices, type Steps } from './slices.ts';
import { storyTermVector } from './snapshot.ts';
import {
  byListingOrder,
  FolderColumns,
  type ListedFiles,
  listedFiles,
  listStoryFiles,
  listStoryFilesUnsorted,
  readStoryFile,
  type StoryFileEntry,
  sharedIds,
} from './storyFiles.ts';
import { parsedColumns, StoredStory, type StoryEntry, withFile } from './storyStore.ts';
import { type TermVector, type Vocabulary, vectorOfPacked, WorkerTerms } from './textIndex.ts';

/** One loaded file: where it is, what it held, and what it parsed to. */
export type LoadedFile = CachedFile;

/** Files at least this large are parsed in the workers even on a first load: their parse may be slow. */
const POOLED_STORY_BYTES = 64 * 1024;

/** The whole load failed (a folder gone or unreadable): nothing was changed. */
export class LoadError extends Error {
  override name = 'LoadError';
}

export interface LoadOptions {
  dirs: readonly string[];
  vocabulary: Vocabulary;
  /**
   * Files known from the previous snapshot or the cache, by path, and (made when first needed) by
   * content hash. Read once the files are listed and stated, after `ready`. A file whose stat changed
   * but not its content is found at its path; by its hash only when the known files may lie at other
   * paths (a cache of another copy of the folders): a map of every file that a reload need not make.
   */
  known: KnownFiles;
  knownByHash?: () => ReadonlyMap<string, LoadedFile>;
  /** Worker threads for parsing; 0 parses inline. */
  workers: number;
  /** The workers (with `workers` > 0). */
  pool?: ParsePool;
  /**
   * Fewer files to parse than this are parsed inline, except large ones (starting workers costs more
   * than a few stories do). Default 0: everything goes to the workers.
   */
  inlineBelow?: number;
  /** A missing story folder is a LoadError (default) or, when false, one of the listing's errors. */
  requireFolders?: boolean;
  onProgress?: (done: number, total: number) => void;
  /**
   * Started once the files are listed (the listing waits for no other work in the thread pool) and
   * awaited once they are stated, before `known`, `knownByHash` and `vocabulary` are read: the parse
   * cache is read meanwhile.
   */
  whileStating?: () => Promise<unknown>;
  /** From this many files on, worker threads state them (default STAT_IN_WORKER_FROM). */
  statInWorkerFrom?: number;
  /**
   * Only these files are checked, instead of listing the folders (the story files at the paths a
   * watcher saw change; see listChangedFiles): the outcome is theirs alone, and every other known
   * file stands as it was. Their ids are the caller's to check against the others'.
   */
  only?: readonly StoryFileEntry[];
  /**
   * The files may be listed in the folders' own order, not sorted (see listStoryFiles): `files` then
   * come so, `fresh` and `failed` still in the listing's order, and `inListingOrder` sorts them all
   * when asked. A reload that patches its snapshot at the few files that changed needs no order.
   */
  anyOrder?: boolean;
  /**
   * The path of the known file whose story has this id, when every known story has an id of its own
   * (see sharedIds): then only the listed files not reused as known are checked for an id another file
   * has, not every file's id made and counted; one that another file may share checks them all.
   */
  knownIdHolder?: (id: string) => string | undefined;
  /**
   * The last listing of every file and where each was found among the known files then: a file listed
   * again as it was (most of a reload's) is looked for at that number first, not by its path (see
   * ListingMemo). Read only when `known` has numbers.
   */
  lastListing?: ListingMemo;
}

/** The known files of LoadOptions: by path, and where they have them, by number. */
interface KnownFiles {
  get(path: string): LoadedFile | undefined;
  readonly size: number;
  /** The number of the known file at `path`, and the file of a number (a FilesByPath's). */
  numberOf?(path: string): number | undefined;
  at?(number: number): LoadedFile | undefined;
}

/**
 * A listing of every file (names by folder) and the number among the known files of the file listed at
 * each place (-1: none). A folder that did not change lists its names in the same order again, so the
 * next listing finds most of its files with a comparison of names rather than a hash and lookup of each
 * path (100,000 of them in a reload's check of every file); a file listed elsewhere is looked up. It
 * holds while the known files keep their numbers: an edit or an addition keeps every number, a removal
 * moves one (see keepNumbers), so the caller lets go of it then.
 */
export interface ListingMemo {
  files: FolderColumns;
  numbers: Int32Array;
}

export interface LoadOutcome {
  files: LoadedFile[];
  /** `files` in the listing's order (by folder, then path): a new list, made when asked for. */
  inListingOrder(): LoadedFile[];
  /** The files of `files` that are not a known entry as it was (parsed, matched by content, renamed). */
  fresh: LoadedFile[];
  /** Files that could not be read or parsed, with their full path (to find a last good version). */
  failed: Array<FileIssue & { path: string }>;
  /** Folder-level problems that did not stop the load (an unreadable sub-folder). */
  errors: FileIssue[];
  warnings: FileIssue[];
  parsed: number;
  reused: number;
  /** Files refused because another file has their story id (see sharedIds). */
  sharedIds: number;
  timings: Record<string, number>;
  /** Where each file of a listing of every file was found among the known files (see ListingMemo). */
  listing?: ListingMemo;
}

async function checkFolders(dirs: readonly string[]): Promise<void> {
  if (dirs.length === 0) throw new LoadError('no story folder given');
  for (const dir of dirs) {
    let info: Awaited<ReturnType<typeof stat>>;
    try {
      info = await stat(dir);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new LoadError(
        code === 'ENOENT'
          ? `story folder "${dir}" does not exist`
          : `story folder "${dir}" is unreadable (${code})`,
      );
    }
    if (!info.isDirectory() && !(info.isFile() && /\.(txt|md)$/i.test(dir)))
      throw new LoadError(`"${dir}" is not a folder or a story file`);
  }
}

/** Runs `task` over items with at most `limit` at a time (fs calls queue in libuv's small pool anyway). */
async function eachLimited<T>(
  items: readonly T[],
  limit: number,
  task: (item: T, index: number) => Promise<void>,
) {
  let next = 0;
  const lanes = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const index = next++;
      await task(items[index]!, index);
    }
  });
  await Promise.all(lanes);
}

/** From this many files on, worker threads state them (STAT_LANES of them, a part each), not this one. */
const STAT_IN_WORKER_FROM = 20_000;

/**
 * Worker threads that state a large set's files, each a part: a stat is a system call of some
 * microseconds, so 100,000 take about half a second of one core.
 */
const STAT_LANES = 2;

/** What a failed stat says, in the words of a load's failures. */
const statFailure = (code: unknown) => `cannot read: ${code}`;

/**
 * Files' stamps as columns: size, mtime, ctime and inode of file `i` at `values[i * 4…]`, and the reason
 * a file could not be stated instead, by index (few). No object per file: a reload compares them in place.
 */
interface FileStamps {
  values: Float64Array;
  failures: Map<number, string>;
}

const stampAt = ({ values }: FileStamps, i: number): FileStamp => ({
  size: values[i * 4]!,
  mtimeMs: values[i * 4 + 1]!,
  ctimeMs: values[i * 4 + 2]!,
  ino: values[i * 4 + 3]!,
});

const sameStampAt = (known: FileStamp, { values }: FileStamps, i: number) =>
  known.size === values[i * 4] &&
  known.mtimeMs === values[i * 4 + 1] &&
  known.ctimeMs === values[i * 4 + 2] &&
  known.ino === values[i * 4 + 3];

/**
 * The stamp of each file, or why it could not be stated. A large set is stated in worker threads, a part
 * each (on the other cores, this thread free to answer meanwhile), those of `lanes` when given (started
 * while the files were listed); a small one here, letting the event loop run every thousand files.
 */
async function statFiles(
  count: number,
  pathAt: (index: number) => string,
  inWorkersFrom = STAT_IN_WORKER_FROM,
  lanes: StatLane[] = [],
): Promise<FileStamps> {
  const stamps: FileStamps = { values: new Float64Array(count * 4), failures: new Map() };
  if (count < inWorkersFrom) {
    for (const lane of lanes) void lane.worker.terminate();
    for (let index = 0; index < count; index++) {
      try {
        const info = statSync(pathAt(index));
        stamps.values.set([info.size, info.mtimeMs, info.ctimeMs, info.ino], index * 4);
      } catch (error) {
        stamps.failures.set(index, statFailure((error as NodeJS.ErrnoException).code ?? error));
      }
      if ((index & 1023) === 1023) await new Promise((resolve) => setImmediate(resolve));
    }
    return stamps;
  }
  const part = Math.ceil(count / STAT_LANES);
  const parts = Array.from({ length: STAT_LANES }, (_, lane) => lane * part).filter((from) => from < count);
  await Promise.all(
    parts.map(async (from, k) => {
      const lane = lanes[k] ?? startStatLane();
      // The paths of the part, made and joined at once: none is kept while the worker states them.
      const paths = new Array<string>(Math.min(part, count - from));
      for (let i = 0; i < paths.length; i++) paths[i] = pathAt(from + i);
      lane.worker.postMessage(paths.join('\0'));
      const { values, failures } = await lane.stamped;
      stamps.values.set(values, from * 4);
      for (const [k, code] of Object.entries(failures))
        stamps.failures.set(from + Number(k), statFailure(code));
    }),
  );
  return stamps;
}

/**
 * The worker of `statFiles`: size, mtime, ctime and inode per file, or the error code of its stat. The
 * paths come as one string in its one message (one copy between threads rather than one per path); it
 * ends once it has answered.
 */
const STAT_WORKER = `
const { parentPort } = require('node:worker_threads');
const { statSync } = require('node:fs');
parentPort.once('message', (joined) => {
  const paths = joined.split('\\0');
  const values = new Float64Array(paths.length * 4);
  const failures = {};
  for (let k = 0; k < paths.length; k++) {
    try {
      const info = statSync(paths[k]);
      values[k * 4] = info.size;
      values[k * 4 + 1] = info.mtimeMs;
      values[k * 4 + 2] = info.ctimeMs;
      values[k * 4 + 3] = info.ino;
    } catch (error) {
      failures[k] = String(error.code ?? error);
    }
  }
  parentPort.postMessage({ values, failures }, [values.buffer]);
});
`;

/** What a stat worker answers: the stamps of its part, and the error codes by index in it. */
interface Stamped {
  values: Float64Array;
  failures: Record<number, string>;
}

/** A stat worker, started ahead of its paths (see statFiles), and its answer. */
interface StatLane {
  worker: Worker;
  stamped: Promise<Stamped>;
}

function startStatLane(): StatLane {
  const worker = new Worker(STAT_WORKER, { eval: true });
  const stamped = new Promise<Stamped>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  // A lane that is ended unused never answers: its failure is nobody's to report.
  stamped.catch(() => {});
  return { worker, stamped };
}

/**
 * Whether a listed file not reused (its slot empty: to read, or failed) may share its story id: with
 * another such file, or with a known story at another path (see LoadOptions.knownIdHolder).
 */
function mayShareIds(
  files: ListedFiles,
  slots: ReadonlyArray<LoadedFile | undefined>,
  holderOf: (id: string) => string | undefined,
): boolean {
  const ids = new Set<string>();
  for (let index = 0; index < files.length; index++) {
    if (slots[index]) continue;
    const id = storyIdOf(files.relativeAt(index));
    const holder = holderOf(id);
    if (ids.has(id) || (holder !== undefined && holder !== files.pathAt(index))) return true;
    ids.add(id);
  }
  return false;
}

export async function loadStoryFiles(options: LoadOptions): Promise<LoadOutcome> {
  const t0 = performance.now();
  if (options.requireFolders !== false) await checkFolders(options.dirs);
  // A reload of a set stated in workers starts them before it lists the files: each loads while the
  // folders are walked here, and is sent its part of the paths once they are.
  const statLanes =
    !options.only &&
    !options.whileStating &&
    options.known.size >= (options.statInWorkerFrom ?? STAT_IN_WORKER_FROM)
      ? Array.from({ length: STAT_LANES }, startStatLane)
      : [];
  let listing: { files: ListedFiles; errors: FileIssue[] };
  try {
    if (options.only) listing = { files: listedFiles(options.only), errors: [] };
    else if (options.anyOrder)
      listing = await listStoryFilesUnsorted([...options.dirs], options.lastListing?.files);
    else {
      const listed = await listStoryFiles([...options.dirs]);
      listing = { files: listedFiles(listed.files), errors: listed.errors };
    }
  } catch (error) {
    for (const lane of statLanes) void lane.worker.terminate();
    throw error;
  }
  const total = listing.files.length;
  /** Every file's entry, made once when every one is needed (kept as names, a listing makes them on demand). */
  let entries: StoryFileEntry[] | null = null;
  const entriesOf = () => {
    entries ??= Array.from({ length: total }, (_, i) => listing.files.at(i));
    return entries;
  };
  // Every listed file's id counted against the others', unless the files not reused are enough (below).
  let shared =
    options.only || options.knownIdHolder
      ? new Map<StoryFileEntry, string>()
      : sharedIds(entriesOf(), storyIdOf);
  const t1 = performance.now();
  const slots = new Array<LoadedFile | undefined>(total);
  const failed: LoadOutcome['failed'] = [];
  /** The listing index of each failure, to give them in the listing's order whatever order they came in. */
  const failedAt = new Map<LoadOutcome['failed'][number], number>();
  const fail = (index: number, reason: string) => {
    const failure = { file: listing.files.relativeAt(index), path: listing.files.pathAt(index), reason };
    failed.push(failure);
    failedAt.set(failure, index);
  };
  const toParse: Array<{
    index: number;
    /** The text, or (with `path`) nothing yet: the worker reads it. */
    raw?: string;
    path?: string;
    file: string;
    stamp: FileStamp;
    sha1: string;
  }> = [];
  let reused = 0;
  let done = 0;
  const progress = () => options.onProgress?.(done, total);
  // The count of files is known now: a long read shows "0 of N" rather than nothing.
  progress();

  // Every file's stat first (a synchronous stat is several times cheaper than a promise per file),
  // while the parse cache is read beside it; then each is matched with what is known.
  const beside = options.whileStating?.();
  const stamps = await statFiles(total, (i) => listing.files.realAt(i), options.statInWorkerFrom, statLanes);
  await beside;
  // With nothing to find by content (a cold load), the workers read the files too: reading then takes
  // every core rather than this thread alone, and the texts never cross between threads.
  const readInWorkers =
    options.workers > 0 &&
    options.pool !== undefined &&
    options.known.size === 0 &&
    total >= (options.inlineBelow ?? 0);

  // Files whose stat says they are unchanged are taken at once, in a plain loop (most files of a
  // reload); only the others go through the reads below, each a promise.
  const toRead: number[] = [];
  const asKnown = new Uint8Array(total);
  // Where each listed file was found among the known ones, when they are numbered (see ListingMemo).
  const listed = listing.files instanceof FolderColumns ? listing.files : null;
  const knownNumbers = listed && options.known.at && options.known.numberOf ? new Int32Array(total) : null;
  const classify = async () => {
    // Read once (a caller's getter): the known files, and whether any file is refused or unstated.
    const knownFiles = options.known;
    const refusing = shared.size > 0 || stamps.failures.size > 0;
    const last = knownNumbers ? options.lastListing : undefined;
    const lastCount = last ? Math.min(last.files.length, last.numbers.length) : 0;
    /** The place in the last listing the next file is looked for at. */
    let next = 0;
    knownNumbers?.fill(-1);
    for (let index = 0; index < total; index++) {
      if (refusing) {
        const refused =
          (shared.size > 0 ? shared.get(entriesOf()[index]!) : undefined) ?? stamps.failures.get(index);
        if (refused) {
          fail(index, refused);
          continue;
        }
      }
      // Same size, times and inode: unchanged without reading it. Restoring a file's mtime after an edit
      // still changes its ctime, which no one can set; anything else is read and matched by its hash.
      let known: LoadedFile | undefined;
      let guessed = false;
      if (knownNumbers) {
        // The last listing read alongside: a file listed there next (or after one gone) is taken at its
        // number; one it lacks (added since: the folder lists it among the others) leaves the place.
        let guess = -1;
        if (next < lastCount && listed!.sameAt(index, last!.files, next)) guess = last!.numbers[next++]!;
        else if (next + 1 < lastCount && listed!.sameAt(index, last!.files, next + 1)) {
          guess = last!.numbers[next + 1]!;
          next += 2;
        }
        if (guess >= 0) {
          known = knownFiles.at!(guess);
          knownNumbers[index] = guess;
          guessed = true;
        } else {
          const number = knownFiles.numberOf!(listing.files.pathAt(index));
          if (number !== undefined) {
            known = knownFiles.at!(number);
            knownNumbers[index] = number;
          }
        }
      } else known = knownFiles.get(listing.files.pathAt(index));
      if (known && sameStampAt(known, stamps, index)) {
        // A file at the path the last listing found it at is shown as it was then: a reload made each
        // known file's name the one its path shows (a name changed is a fresh file).
        const display = guessed ? null : listing.files.relativeAt(index);
        if (display === null || known.story.file === display) {
          slots[index] = known;
          asKnown[index] = 1;
        } else slots[index] = fileWith(known, { story: withFile(known.story, display) });
        reused++;
        done++;
        if (done % 1000 === 0) progress();
      } else toRead.push(index);
      if ((index & 8191) === 8191) await new Promise((resolve) => setImmediate(resolve));
    }
  };
  await classify();
  // Reused files hold the ids their known stories had, each its own: only the others' ids can be shared
  // (with one another, or with a known story at another path). When one may be, every file is counted.
  if (!options.only && options.knownIdHolder && mayShareIds(listing.files, slots, options.knownIdHolder)) {
    shared = sharedIds(entriesOf(), storyIdOf);
    if (shared.size > 0) {
      slots.fill(undefined);
      asKnown.fill(0);
      toRead.length = 0;
      failed.length = 0;
      failedAt.clear();
      reused = 0;
      done = 0;
      await classify();
    }
  }

  await eachLimited(toRead, 64, async (index) => {
    const entry = listing.files.at(index);
    const display = entry.relative;
    const stamp = stampAt(stamps, index);
    if (readInWorkers) {
      toParse.push({ index, path: entry.real, file: display, stamp, sha1: '' });
      return;
    }
    const read = await readStoryFile(entry.real, { noFollow: true });
    if (!read.ok) {
      fail(index, read.reason);
      return;
    }
    const atPath = options.known.get(entry.path);
    const byHash = atPath?.sha1 === read.sha1 ? atPath : options.knownByHash?.().get(read.sha1);
    if (byHash && byHash.story.file === display) {
      slots[index] = fileWith(byHash, { path: entry.path, ...stamp });
      reused++;
      done++;
      return;
    }
    toParse.push({ index, raw: read.text, file: display, stamp, sha1: read.sha1 });
  });

  const t2 = performance.now();
  // With workers, a reload parses everything there, so the caller's event loop never waits on a parse.
  // A first load parses a few small files here (starting workers costs more than they do), but a large
  // file always goes to the workers, where a story that runs out of time is stopped.
  const pool = options.workers > 0 ? options.pool : undefined;
  const inlineBelow = options.inlineBelow ?? 0;
  const pooled = pool
    ? toParse.length >= inlineBelow
      ? toParse.map((_, i) => i)
      : toParse.flatMap((job, i) => (job.stamp.size >= POOLED_STORY_BYTES ? [i] : []))
    : [];
  // From the workers, packed (see parsedStory.ts); parsed here, as objects.
  const outcomes = new Array<ParsedStory | ParsedCopy | { inline: ParseOutcome } | undefined>(toParse.length);
  // Outcomes are taken in (unpacked, their terms counted) in job order, as far as they have come back:
  // while the workers parse the rest, so this thread's share of a cold load runs beside theirs, and
  // in the same order as they would be one after another (term ids are given in that order).
  let settled = 0;
  /** The vocabulary's ids of the terms each worker numbered (see WorkerTerms), by its list of them. */
  const workerTerms = new Map<readonly string[], WorkerTerms>();
  /** Jobs whose parse failed, with their text's hash: a copy of one fails the same way. */
  const failedTexts = new Map<number, { sha1: string; reason: string }>();

  // In slices: a story of megabytes from a worker is unpacked a few thousand quotes at a time.
  function* settle(): Steps<void> {
    for (; settled < toParse.length && outcomes[settled] !== undefined; settled++) {
      const i = settled;
      const job = toParse[i]!;
      const result = outcomes[i]!;
      outcomes[i] = undefined;
      if ('sameAs' in result) {
        // The same text as an earlier file, taken in before this one: its story under this file's name,
        // or its failure. (Its slot holds the story as parsed: only a load with nothing known reads files
        // in workers.) A claim whose hash differs (the claims key on 32 bits) is parsed here after all.
        const first = slots[toParse[result.sameAs]!.index];
        const firstFailed = failedTexts.get(result.sameAs);
        if (first?.sha1 === result.sha1) {
          slots[job.index] = fileWith(first, {
            path: listing.files.pathAt(job.index),
            ...job.stamp,
            story:
              first.story instanceof StoredStory
                ? yield* renamedParsed(first.story, job.file)
                : renamedStory(first.story, job.file),
          });
          continue;
        }
        if (firstFailed?.sha1 === result.sha1) {
          fail(job.index, firstFailed.reason);
          continue;
        }
        break;
      }
      const outcome = 'inline' in result ? result.inline : result.outcome;
      if (!outcome.ok) {
        fail(job.index, outcome.error);
        if (!('inline' in result) && result.sha1)
          failedTexts.set(i, { sha1: result.sha1, reason: outcome.error });
        continue;
      }
      // A worker's story stays in the columns it came in (copied into the set's when the snapshot is
      // built), its terms counted there; one parsed here is an object.
      let story: StoryEntry;
      let vector: TermVector;
      let sentences: GivenSentences | undefined;
      if ('columns' in outcome) {
        const { counts, sentences: read, terms } = result as ParsedStory;
        story = parsedColumns(outcome.columns);
        const known = terms!.known!;
        if (!workerTerms.has(known)) workerTerms.set(known, new WorkerTerms(options.vocabulary, known));
        const numbered = workerTerms.get(known)!;
        const idOf = (own: number) => numbered.idOf(own);
        vector = vectorOfPacked(counts!, idOf);
        if (read) sentences = { sentences: read, idOf };
      } else {
        story = outcome.story;
        vector = storyTermVector(options.vocabulary, outcome.story);
      }
      slots[job.index] = {
        path: listing.files.pathAt(job.index),
        ...job.stamp,
        sha1: 'inline' in result ? job.sha1 : (result.sha1 ?? job.sha1),
        story,
        warnings: outcome.warnings,
        vector,
        ...(sentences ? { sentences } : {}),
      };
      if ((i & (ITEMS_PER_STEP - 1)) === 0) yield;
    }
  }
  // One settling at a time; an outcome that comes back while one runs is taken by it or the next.
  let settling: Promise<void> = Promise.resolve();
  let settleQueued = false;
  const settleArrived = () => {
    if (settleQueued) return;
    settleQueued = true;
    settling = settling.then(() => {
      settleQueued = false;
      return runInSlices(settle());
    });
  };

  const base = done;
  const folderWarnings: FileIssue[] = [];
  if (pool && pooled.length > 0) {
    try {
      await pool.parseEach(
        pooled.map((i) => toParse[i]!),
        (k, parsed) => {
          outcomes[pooled[k]!] = 'sameAs' in parsed ? { ...parsed, sameAs: pooled[parsed.sameAs]! } : parsed;
          settleArrived();
        },
        (n) => {
          done = base + n;
          progress();
        },
        { shareTexts: readInWorkers },
      );
    } catch (error) {
      // Workers are only a speed-up: without them the same parse runs here (those that came back are kept).
      folderWarnings.push({
        file: options.dirs.join(', '),
        reason: `parse workers failed (${error}); parsed inline`,
      });
      done = base + settled;
    }
    await settling;
  }
  for (let i = settled; i < toParse.length; i++) {
    const job = toParse[i]!;
    if (outcomes[i]) continue;
    if (job.raw === undefined) {
      // Left for workers that failed: read here.
      const read = await readStoryFile(job.path!, { noFollow: true });
      if (!read.ok) {
        outcomes[i] = { inline: { ok: false, error: read.reason } };
        continue;
      }
      job.raw = read.text;
      job.sha1 = read.sha1;
    }
    outcomes[i] = { inline: parseStory(job.raw, job.file) };
    done++;
    if (done % 200 === 0) progress();
  }
  progress();
  await runInSlices(settle());

  const t3 = performance.now();
  // Listing indexes in the listing's order: as they are, unless the files were listed unsorted.
  const compare = byListingOrder(options.dirs);
  // Few indexes, compared by entries made for the comparison (every file's: see inListingOrder).
  const inOrder = (indexes: number[]) =>
    options.anyOrder && !options.only
      ? indexes.sort((a, b) => compare(listing.files.at(a), listing.files.at(b)))
      : indexes;
  const files: LoadedFile[] = [];
  const freshAt: number[] = [];
  const warnedAt: number[] = [];
  for (let index = 0; index < total; index++) {
    const slot = slots[index];
    if (!slot) continue;
    files.push(slot);
    if (!asKnown[index]) freshAt.push(index);
    if (slot.warnings.length > 0) warnedAt.push(index);
  }
  const fresh = inOrder(freshAt).map((index) => slots[index]!);
  const failedOrder = inOrder([...failedAt.values()]);
  const rankOfFailure = new Map(failedOrder.map((index, rank) => [index, rank]));
  failed.sort((a, b) => rankOfFailure.get(failedAt.get(a)!)! - rankOfFailure.get(failedAt.get(b)!)!);
  const warnings = [...folderWarnings];
  for (const index of inOrder(warnedAt)) {
    const file = slots[index]!;
    for (const reason of file.warnings) warnings.push({ file: file.story.file, reason });
  }
  const timings = { listMs: t1 - t0, readMs: t2 - t1, parseMs: t3 - t2 };
  return {
    ...(listed && knownNumbers && !options.only ? { listing: { files: listed, numbers: knownNumbers } } : {}),
    files,
    inListingOrder: () => {
      const indexes: number[] = [];
      for (let index = 0; index < total; index++) if (slots[index]) indexes.push(index);
      if (options.anyOrder && !options.only) {
        // Every file: by the folder's place and the relative path, read once each (see byListingOrder),
        // compared as plain numbers and strings, as a sorted listing sorts a folder's names.
        const place = new Map(options.dirs.map((dir, i) => [dir, i]));
        const roots = new Map<string, number>();
        const rootOf = new Int32Array(total);
        const relatives = new Array<string>(total);
        for (const index of indexes) {
          const root = listing.files.at(index).root;
          let number = roots.get(root);
          if (number === undefined) {
            number = place.get(root) ?? options.dirs.length;
            roots.set(root, number);
          }
          rootOf[index] = number;
          relatives[index] = listing.files.relativeAt(index);
        }
        indexes.sort(
          (a, b) =>
            rootOf[a]! - rootOf[b]! ||
            (relatives[a]! < relatives[b]! ? -1 : relatives[a]! > relatives[b]! ? 1 : 0),
        );
      }
      return indexes.map((index) => slots[index]!);
    },
    fresh,
    failed,
    errors: listing.errors,
    warnings,
    parsed: toParse.length,
    reused,
    sharedIds: shared.size,
    timings,
  };
}
