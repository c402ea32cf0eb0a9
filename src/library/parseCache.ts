/**
 * The parse cache: one file per story set (v8-serialised), holding each file's stat, content hash,
 * parsed story and term vector, stored in columns so that 100k stories deserialise in well under a second. A restart with unchanged files reads this one file instead of
 * re-reading and re-parsing every story. Entries are reused by content hash too (a moved or copied
 * file is not parsed again). A different parser version or cache format discards the whole file.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { Story } from '../engine/types.ts';
import type { SavedIndexes } from './snapshot.ts';
import { decodeStories, encodeStories, type StoryColumns } from './storyColumns.ts';
import type { TermVector } from './textIndex.ts';

const FORMAT = 4;

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
  story: Story;
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

/** The cache file of a set of story folders. */
export function cacheFileFor(cacheDir: string, dirs: readonly string[]): string {
  const key = createHash('sha1')
    .update(dirs.map((dir) => resolve(dir)).join('\n'))
    .digest('hex')
    .slice(0, 12);
  return join(cacheDir, `stories-${key}.v8`);
}

/** The cache's contents, or null when it is absent, unreadable or from another parser version. */
export function readCache(file: string, parserVersion: string): CacheContents | null {
  let buffer: Buffer;
  try {
    buffer = readFileSync(file);
  } catch {
    return null;
  }
  try {
    const stored = deserialize(buffer) as StoredCache;
    if (stored?.format !== FORMAT || stored.parserVersion !== parserVersion) return null;
    const stories = decodeStories(stored.stories);
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
        story: stories[i]!,
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
  } catch {
    return null;
  }
}

/** Writes the cache atomically (temp file + rename), so a crash never leaves a torn cache. */
export function writeCache(file: string, contents: CacheContents): void {
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
    stories: encodeStories(files.map((entry) => entry.story)),
    vectorOffsets,
    vectorIds,
    vectorCounts,
    vectorLengths: Float64Array.from(files, (entry) => entry.vector.length),
    indexes: contents.indexes ?? null,
  };
  mkdirSync(dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  try {
    // A temp file left by an earlier failure is replaced, never written through (it may be a link).
    rmSync(temp, { force: true });
    writeFileSync(temp, serialize(stored), { flag: 'wx' });
    renameSync(temp, file);
  } catch (error) {
    // A partial temp file would keep a full disk full: it goes with the failure.
    rmSync(temp, { force: true });
    throw error;
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
    const pid =
      name.startsWith(prefix) && name.endsWith('.tmp') ? Number(name.slice(prefix.length, -4)) : NaN;
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
