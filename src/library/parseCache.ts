/**
 * The parse cache of a story set: each file's stat, content hash, parsed story and term vector,
 * stored in columns so that 100k stories deserialise in well under a second. A restart with
 * unchanged files reads the cache instead of re-reading and re-parsing every story. Entries are
 * reused by content hash too (a moved or copied file is not parsed again). A different parser
 * version or cache format discards the whole cache.
 *
 * On disk it is a small manifest (the cache file) and segment files of at most SEGMENT_BYTES each:
 * one file near 2 GiB could not be read back at all (ERR_FS_FILE_TOO_LARGE). Segments carry the
 * write's generation in their names, so the manifest always names a complete set and a torn write
 * leaves the previous cache whole.
 */
import { createHash, randomBytes } from 'node:crypto';
import {
  closeSync,
  fstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { SavedIndexes } from './snapshot.ts';
import { type StoryColumns, StoryColumnsReader } from './storyColumns.ts';
import { StoredStory, type StoryEntry, storyColumnsOf } from './storyStore.ts';
import type { TermVector } from './textIndex.ts';

const FORMAT = 8;

/** Far below the 2 GiB one read allows, and small enough to write without a large extra copy. */
const SEGMENT_BYTES = 32 * 2 ** 20;

/** What a stat says of a file's content without reading it: a shortcut past hashing when all agree. */
export interface FileStamp {
  size: number;
  mtimeMs: number;
  /** Set by the system on every change, including one that restores the mtime afterwards. */
  ctimeMs: number;
  ino: number;
}

export function stampOf(info: FileStamp): FileStamp {
  return { size: info.size, mtimeMs: info.mtimeMs, ctimeMs: info.ctimeMs, ino: info.ino };
}

export function sameStamp(a: FileStamp, b: FileStamp): boolean {
  return a.size === b.size && a.mtimeMs === b.mtimeMs && a.ctimeMs === b.ctimeMs && a.ino === b.ino;
}

export interface CachedFile extends FileStamp {
  path: string;
  sha1: string;
  /** Parsed, or (read from the cache) kept in the cache's columns and decoded when asked for. */
  story: StoryEntry;
  warnings: string[];
  vector: TermVector;
}

export interface CacheContents {
  parserVersion: string;
  /** The vocabulary the vectors' term ids refer to. */
  vocabulary: string[];
  files: CachedFile[];
  /** The snapshot's indexes for exactly these files in this order (see `filesKey`). */
  indexes?: SavedIndexes;
}

/** Identifies a list of files and contents, in order: saved indexes are valid only for the same key. */
export function filesKey(files: ReadonlyArray<{ path: string; sha1: string }>): string {
  const hash = createHash('sha1');
  for (const file of files) hash.update(file.path).update('\u0000').update(file.sha1).update('\n');
  return hash.digest('hex');
}

/** What is stored: the files' stats, stories and term vectors in columns (see storyColumns.ts). */
interface StoredCache {
  format: number;
  parserVersion: string;
  vocabulary: string[];
  paths: string[];
  sizes: Float64Array;
  mtimes: Float64Array;
  ctimes: Float64Array;
  inodes: Float64Array;
  sha1s: string[];
  warnings: Array<string | null>;
  stories: StoryColumns;
  vectorOffsets: Uint32Array;
  vectorIds: Uint32Array;
  vectorCounts: Uint16Array;
  vectorLengths: Float64Array;
  indexes: SavedIndexes | null;
}

/** The cache file itself: which segments hold the serialised StoredCache, in order. */
interface Manifest {
  format: number;
  parserVersion: string;
  generation: string;
  /** Each segment's length in bytes. */
  segments: number[];
}

/** Why a cache that exists could not be used: the file at fault and the reason, for a warning. */
export interface CacheProblem {
  file: string;
  reason: string;
}

/** The cache file of a set of story folders. */
export function cacheFileFor(cacheDir: string, dirs: readonly string[]): string {
  const key = createHash('sha1')
    .update(dirs.map((dir) => resolve(dir)).join('\n'))
    .digest('hex')
    .slice(0, 12);
  return join(cacheDir, `stories-${key}.v8`);
}

function segmentFile(file: string, generation: string, index: number): string {
  return `${file}.${generation}.${index}.seg`;
}

function errorReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  const message = error instanceof Error ? error.message : String(error);
  return code && !message.startsWith(code) ? `${code}: ${message}` : message;
}

/** The manifest's segments read into one buffer; throws a CacheProblem naming the bad segment. */
function readSegments(file: string, manifest: Manifest): Buffer {
  const buffer = Buffer.allocUnsafe(manifest.segments.reduce((sum, bytes) => sum + bytes, 0));
  let offset = 0;
  manifest.segments.forEach((bytes, index) => {
    const segment = segmentFile(file, manifest.generation, index);
    try {
      const fd = openSync(segment, 'r');
      try {
        const size = fstatSync(fd).size;
        if (size !== bytes) throw new Error(`${size} bytes where the manifest says ${bytes}`);
        let read = 0;
        while (read < bytes) {
          const got = readSync(fd, buffer, offset + read, bytes - read, read);
          if (got === 0) throw new Error(`ends after ${read} of ${bytes} bytes`);
          read += got;
        }
      } finally {
        closeSync(fd);
      }
    } catch (error) {
      throw { file: segment, reason: errorReason(error) } satisfies CacheProblem;
    }
    offset += bytes;
  });
  return buffer;
}

/**
 * The cache's contents, or null when it is absent, unusable or from another parser version. A cache
 * that exists but cannot be read goes to `onProblem` (file and reason): its loss makes a cold start.
 */
export function readCache(
  file: string,
  parserVersion: string,
  onProblem?: (problem: CacheProblem) => void,
): CacheContents | null {
  let manifest: Manifest;
  try {
    manifest = deserialize(readFileSync(file)) as Manifest;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') onProblem?.({ file, reason: errorReason(error) });
    return null;
  }
  if (manifest?.format !== FORMAT || manifest.parserVersion !== parserVersion) return null;
  if (!Array.isArray(manifest.segments) || !/^[0-9a-f]+$/.test(String(manifest.generation))) {
    onProblem?.({ file, reason: 'not a parse cache manifest' });
    return null;
  }
  let buffer: Buffer;
  try {
    buffer = readSegments(file, manifest);
  } catch (problem) {
    onProblem?.(problem as CacheProblem);
    return null;
  }
  try {
    const stored = deserialize(buffer) as StoredCache;
    if (stored?.format !== FORMAT || stored.parserVersion !== parserVersion)
      throw new Error('the segments do not match the manifest');
    const reader = new StoryColumnsReader(stored.stories);
    const files: CachedFile[] = stored.paths.map((path, i) => {
      const start = stored.vectorOffsets[i]!;
      const end = stored.vectorOffsets[i + 1]!;
      const warnings = stored.warnings[i];
      return {
        path,
        size: stored.sizes[i]!,
        mtimeMs: stored.mtimes[i]!,
        ctimeMs: stored.ctimes[i]!,
        ino: stored.inodes[i]!,
        sha1: stored.sha1s[i]!,
        story: new StoredStory(reader, i, stored.stories.ids[i]!, stored.stories.files[i]!),
        warnings: warnings ? (JSON.parse(warnings) as string[]) : [],
        vector: {
          ids: stored.vectorIds.subarray(start, end),
          counts: stored.vectorCounts.subarray(start, end),
          length: stored.vectorLengths[i]!,
        },
      };
    });
    return {
      parserVersion,
      vocabulary: stored.vocabulary,
      files,
      ...(stored.indexes ? { indexes: stored.indexes } : {}),
    };
  } catch (error) {
    const segments = manifest.segments.map((_, index) => segmentFile(file, manifest.generation, index));
    onProblem?.({ file: segments.join(', '), reason: `unreadable (${errorReason(error)})` });
    return null;
  }
}

/** Writes a file through a temp file and a rename, so a crash never leaves it torn. */
function writeAtomically(file: string, data: Uint8Array): void {
  const temp = `${file}.${process.pid}.tmp`;
  try {
    // A temp file left by an earlier failure is replaced, never written through (it may be a link).
    rmSync(temp, { force: true });
    writeFileSync(temp, data, { flag: 'wx' });
    renameSync(temp, file);
  } catch (error) {
    // A partial temp file would keep a full disk full: it goes with the failure.
    rmSync(temp, { force: true });
    throw error;
  }
}

/**
 * Writes the cache: the segments of a new generation first, then the manifest naming them (each
 * atomically), then removes other generations' segments. A failure removes what it wrote.
 */
export function writeCache(
  file: string,
  contents: CacheContents,
  segmentBytes: number = SEGMENT_BYTES,
): void {
  const { files } = contents;
  const vectorOffsets = new Uint32Array(files.length + 1);
  for (let i = 0; i < files.length; i++)
    vectorOffsets[i + 1] = vectorOffsets[i]! + files[i]!.vector.ids.length;
  const vectorIds = new Uint32Array(vectorOffsets[files.length]!);
  const vectorCounts = new Uint16Array(vectorIds.length);
  files.forEach((entry, i) => {
    vectorIds.set(entry.vector.ids, vectorOffsets[i]);
    vectorCounts.set(entry.vector.counts, vectorOffsets[i]);
  });
  const stored: StoredCache = {
    format: FORMAT,
    parserVersion: contents.parserVersion,
    vocabulary: contents.vocabulary,
    paths: files.map((entry) => entry.path),
    sizes: Float64Array.from(files, (entry) => entry.size),
    mtimes: Float64Array.from(files, (entry) => entry.mtimeMs),
    ctimes: Float64Array.from(files, (entry) => entry.ctimeMs),
    inodes: Float64Array.from(files, (entry) => entry.ino),
    sha1s: files.map((entry) => entry.sha1),
    warnings: files.map((entry) => (entry.warnings.length ? JSON.stringify(entry.warnings) : null)),
    stories: storyColumnsOf(files.map((entry) => entry.story)),
    vectorOffsets,
    vectorIds,
    vectorCounts,
    vectorLengths: Float64Array.from(files, (entry) => entry.vector.length),
    indexes: contents.indexes ?? null,
  };
  mkdirSync(dirname(file), { recursive: true });
  const data = serialize(stored);
  const generation = randomBytes(6).toString('hex');
  const segments: number[] = [];
  try {
    for (let offset = 0; offset < data.length || segments.length === 0; offset += segmentBytes) {
      const chunk = data.subarray(offset, offset + segmentBytes);
      writeAtomically(segmentFile(file, generation, segments.length), chunk);
      segments.push(chunk.length);
    }
    const manifest: Manifest = {
      format: FORMAT,
      parserVersion: contents.parserVersion,
      generation,
      segments,
    };
    writeAtomically(file, serialize(manifest));
  } catch (error) {
    segments.forEach((_, index) => {
      rmSync(segmentFile(file, generation, index), { force: true });
    });
    throw error;
  }
  removeOtherGenerations(file, generation);
}

/**
 * Segments of earlier writes (or of a write that died before its manifest) go once a new one is in;
 * those the manifest on disk names stay, should another process have written it meanwhile.
 */
function removeOtherGenerations(file: string, generation: string): void {
  const prefix = `${basename(file)}.`;
  const keep = new Set([generation]);
  try {
    keep.add(String((deserialize(readFileSync(file)) as Manifest).generation));
  } catch {
    // No readable manifest: only this write's segments are worth keeping.
  }
  let names: string[];
  try {
    names = readdirSync(dirname(file));
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.startsWith(prefix) || !name.endsWith('.seg')) continue;
    if (keep.has(name.slice(prefix.length).split('.')[0]!)) continue;
    rmSync(join(dirname(file), name), { force: true });
  }
}

/**
 * Removes temp files that writers of this cache file left behind: those of processes no longer
 * running (a crash or a kill mid-write). Returns how many it removed.
 */
export function removeStaleTemps(file: string): number {
  const folder = dirname(file);
  const prefix = `${basename(file)}.`;
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return 0;
  }
  let removed = 0;
  for (const name of names) {
    // `<file>.<pid>.tmp` for the manifest, `<file>.<generation>.<n>.seg.<pid>.tmp` for a segment.
    const pid =
      name.startsWith(prefix) && name.endsWith('.tmp') ? Number(name.slice(0, -4).split('.').at(-1)) : NaN;
    if (!Number.isInteger(pid) || (pid !== process.pid && isRunning(pid))) continue;
    try {
      rmSync(join(folder, name), { force: true });
      removed++;
    } catch {
      // Another start may have removed it first.
    }
  }
  return removed;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Why the cache could not be written, in a line: a full disk is said plainly. */
export function cacheWriteProblem(file: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  const where = dirname(file);
  if (code === 'ENOSPC' || code === 'EDQUOT' || code === 'EFBIG')
    return `the parse cache cannot be written: the disk is full (${code}) at ${where}; stories are served as loaded, and the next start parses them again`;
  return `the parse cache cannot be written at ${where} (${code ?? (error instanceof Error ? error.message : String(error))}); stories are served as loaded, and the next start parses them again`;
}
