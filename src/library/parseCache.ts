/**
 * The parse cache: one file per story set (v8-serialised), holding each file's stat, content hash,
 * parsed story and term vector. A restart with unchanged files reads this one file instead of
 * re-reading and re-parsing every story. Entries are reused by content hash too (a moved or copied
 * file is not parsed again). A different parser version or cache format discards the whole file.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { Story } from '../engine/types.ts';
import type { TermVector } from './textIndex.ts';

const FORMAT = 1;

export interface CachedFile {
  path: string;
  size: number;
  mtimeMs: number;
  sha1: string;
  story: Story;
  warnings: string[];
  vector: TermVector;
}

export interface CacheContents {
  format: number;
  parserVersion: string;
  /** The vocabulary the vectors' term ids refer to. */
  vocabulary: string[];
  files: CachedFile[];
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
    const contents = deserialize(buffer) as CacheContents;
    if (contents?.format !== FORMAT || contents.parserVersion !== parserVersion) return null;
    if (!Array.isArray(contents.files) || !Array.isArray(contents.vocabulary)) return null;
    return contents;
  } catch {
    return null;
  }
}

/** Writes the cache atomically (temp file + rename), so a crash never leaves a torn cache. */
export function writeCache(file: string, contents: Omit<CacheContents, 'format'>): void {
  mkdirSync(join(file, '..'), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, serialize({ format: FORMAT, ...contents }));
  renameSync(temp, file);
}
