/**
 * The parse cache of a story set: each file's stat, content hash and parsed story, and the indexes,
 * stored in columns so that 100k stories deserialise in well under a second. A restart with
 * unchanged files reads the cache instead of re-reading and re-parsing every story. Entries are
 * reused by content hash too (a moved or copied file is not parsed again). A different parser
 * version or cache format discards the whole cache.
 *
 * On disk it is a small manifest (the cache file) and segment files of at most SEGMENT_BYTES each:
 * one file near 2 GiB could not be read back at all (ERR_FS_FILE_TOO_LARGE). Segments carry the
 * write's generation in their names, so the manifest always names a complete set and a torn write
 * leaves the previous cache whole.
 *
 * The segments hold sections: every large typed array (story columns, the saved text and
 * sentence indexes) as its bytes, read back into an array of its own with no decoding, and the rest
 * (strings, small entries) serialised in one section. A warm start's cost is then the read itself.
 */
import { createHash, randomBytes } from 'node:crypto';
import {
  closeSync,
  openSync,
  read as readCallback,
  readdirSync,
  readFileSync,
  readSync,
  rmSync,
} from 'node:fs';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { deserialize, serialize } from 'node:v8';
import type { GivenSentences } from './sentenceIndex.ts';
import { runInSlices } from './slices.ts';
import type { SavedIndexes } from './snapshot.ts';
import { type StoryColumns, StoryColumnsReader, type TextOnDisk } from './storyColumns.ts';
import { StoredStory, type StoryEntry, storyColumnsSteps } from './storyStore.ts';
import { type StringList, stringAt, stringList, textOf } from './stringList.ts';
import type { TermVector } from './textIndex.ts';

/** The layout of what is stored: a cache of another format is not read (a cold start rewrites it). */
export const CACHE_FORMAT = 13;

/** Far below the 2 GiB one read allows, and small enough to write without a large extra copy. */
const SEGMENT_BYTES = 32 * 2 ** 20;

/** A file without warnings (most files): one array shared by them all. */
const NO_WARNINGS: string[] = [];

/** What a stat says of a file's content without reading it: a shortcut past hashing when all agree. */
export interface FileStamp {
  size: number;
  mtimeMs: number;
  /** Set by the system on every change, including one that restores the mtime afterwards. */
  ctimeMs: number;
  ino: number;
}

/**
 * A file as loaded. Copied with changes by `fileWith`: one read from the cache holds its fields in
 * getters (see CachedFileRow), which a spread does not copy.
 */
export interface CachedFile extends FileStamp {
  path: string;
  sha1: string;
  /** Parsed, or (read from the cache) kept in the cache's columns and decoded when asked for. */
  story: StoryEntry;
  warnings: string[];
  /** Set when just parsed; a stored story's vector is read back from the text index it is in. */
  vector?: TermVector;
  /** Set when just parsed in a worker: its sentences as the sentence index takes them in (never stored). */
  sentences?: GivenSentences;
}

export interface CacheContents {
  parserVersion: string;
  /** The vocabulary the text indexes' term ids refer to. */
  vocabulary: string[];
  files: CachedFile[];
  /** The snapshot's indexes for exactly these files in this order (see `filesKey`). */
  indexes?: SavedIndexes;
}

/** A cache as read: its stories' columns too, row for row the files' stories. */
export interface ReadCacheContents extends CacheContents {
  stories: StoryColumnsReader;
  /**
   * The files (`files` once this has settled): their columns are read from the segments now when the
   * read left them there (see `CacheReadOptions.filesLater`).
   */
  readFiles(): Promise<CachedFile[]>;
  /** The files' paths in their order, once they are read (the files by path share its bytes). */
  readonly paths: StringList | undefined;
}

/** Identifies a list of files and contents, in order: saved indexes are valid only for the same key. */
export function filesKey(files: ReadonlyArray<{ path: string; sha1: string }>): string {
  const hash = createHash('sha1');
  for (const file of files) hash.update(file.path).update('\u0000').update(file.sha1).update('\n');
  return hash.digest('hex');
}

/**
 * What is stored: the files' stats and stories in columns (see storyColumns.ts). Their term vectors
 * are not: the saved text index holds them, and a build that needs them reads them back from it.
 */
interface StoredCache {
  format: number;
  parserVersion: string;
  vocabulary: string[];
  /** What a start served from the cache needs only once it checks the files: bytes, decoded then. */
  paths: StringList;
  sizes: Float64Array;
  mtimes: Float64Array;
  ctimes: Float64Array;
  inodes: Float64Array;
  sha1s: HashList;
  /** The files with warnings (few): row and the warnings as JSON. */
  warnings: Array<[number, string]>;
  stories: StoryColumns;
  indexes: SavedIndexes | null;
}

/** SHA-1 hashes as their 20 bytes each; any that is not one (none so far) kept as written, by row. */
interface HashList {
  bytes: Uint8Array;
  other: Array<[number, string]>;
}

const HASH_BYTES = 20;
const SHA1_HEX = /^[0-9a-f]{40}$/;

function hashList(hashes: readonly string[]): HashList {
  const bytes = Buffer.alloc(hashes.length * HASH_BYTES);
  const other: Array<[number, string]> = [];
  hashes.forEach((hash, i) => {
    if (SHA1_HEX.test(hash)) bytes.write(hash, i * HASH_BYTES, 'hex');
    else other.push([i, hash]);
  });
  return { bytes, other };
}

/** The typed arrays a section may hold, by the name stored in the manifest. */
const ARRAY_TYPES = {
  u8: Uint8Array,
  u16: Uint16Array,
  u32: Uint32Array,
  f32: Float32Array,
  f64: Float64Array,
} as const;
type ArrayType = keyof typeof ARRAY_TYPES;
type StoredArray = Uint8Array | Uint16Array | Uint32Array | Float32Array | Float64Array;

/** Typed arrays of at least this many bytes get a section of their own; smaller ones are serialised. */
const SECTION_MIN_BYTES = 4096;

/**
 * One section: where its bytes lie in the stream the segments cut (`at`, `bytes`), and either the path
 * of the typed array it holds inside the stored object, or (no path) the serialised rest of it.
 */
interface Section {
  path?: Array<string | number>;
  type?: ArrayType;
  at: number;
  bytes: number;
}

/** The cache file itself: which segments hold the sections, in order, and what each section is. */
interface Manifest {
  format: number;
  parserVersion: string;
  generation: string;
  /** Each segment's length in bytes. */
  segments: number[];
  sections: Section[];
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

/**
 * Reads the manifest's sections, each into a buffer of its own (a typed array keeps only its own
 * bytes alive), in the thread pool: the caller's thread meanwhile does other work (deserialising the
 * section read first, given to `onRead` as soon as it is in). Rejects with a CacheProblem naming the
 * bad segment.
 */
async function readSections(
  file: string,
  manifest: Manifest,
  leftOnDisk: (section: Section) => boolean,
  onRead: (k: number, buffer: ArrayBuffer) => void,
): Promise<Array<ArrayBuffer | null>> {
  const starts = [0];
  for (const bytes of manifest.segments) starts.push(starts.at(-1)! + bytes);
  const problem = (index: number, error: unknown): CacheProblem => ({
    file: segmentFile(file, manifest.generation, index),
    reason: errorReason(error),
  });
  const handles = await Promise.allSettled(
    manifest.segments.map(async (bytes, index) => {
      const handle = await open(segmentFile(file, manifest.generation, index), 'r');
      const { size } = await handle.stat();
      if (size !== bytes) {
        await handle.close();
        throw new Error(`${size} bytes where the manifest says ${bytes}`);
      }
      return handle;
    }),
  );
  try {
    const opened = handles.map((outcome, index) => {
      if (outcome.status === 'rejected') throw problem(index, outcome.reason);
      return outcome.value;
    });
    return await Promise.all(
      manifest.sections.map(async (section, k) => {
        const { at, bytes } = section;
        if (leftOnDisk(section)) return null;
        // Every byte is read over: not zeroed first (a quarter of a gigabyte at 100k stories).
        const out = Buffer.allocUnsafeSlow(bytes);
        const buffer = out.buffer as ArrayBuffer;
        let done = 0;
        while (done < bytes) {
          const position = at + done;
          let index = 0;
          while (starts[index + 1]! <= position) index++;
          const within = position - starts[index]!;
          const want = Math.min(bytes - done, manifest.segments[index]! - within);
          let got: number;
          try {
            ({ bytesRead: got } = await opened[index]!.read(out, done, want, within));
          } catch (error) {
            throw problem(index, error);
          }
          if (got === 0) throw problem(index, new Error(`ends after ${within} bytes`));
          done += got;
        }
        onRead(k, buffer);
        return buffer;
      }),
    );
  } finally {
    for (const outcome of handles) if (outcome.status === 'fulfilled') await outcome.value.close();
  }
}

/** The story columns left in the cache's files (see `CacheReadOptions.storyTextOnDisk`). */
const LEFT_ON_DISK = new Set(['text', 'offsetMapValues']);

function isLeftOnDisk(path: ReadonlyArray<string | number> | undefined): boolean {
  return path?.length === 2 && path[0] === 'stories' && LEFT_ON_DISK.has(String(path[1]));
}

export interface CacheReadOptions {
  /**
   * Leave the story text and paragraph offset maps in the cache's files and read them a story at a time
   * when asked for (the last few thousand stories' text read is kept): about 1.2 KB a story less memory
   * and less to read at start, at the cost of a read from the file for each story an answer touches
   * first (a question over many stories is slower).
   */
  storyTextOnDisk?: boolean;
  /**
   * Leave the files' paths, stats and hashes in the segments until `readFiles()` (a start served from
   * the cache needs them only once it checks the files, after it is ready).
   */
  filesLater?: boolean;
}

/** The stored object's file columns (see StoredCache). */
const FILE_COLUMNS = new Set(['paths', 'sizes', 'mtimes', 'ctimes', 'inodes', 'sha1s']);

const isFileColumn = (path: ReadonlyArray<string | number> | undefined) =>
  path !== undefined && FILE_COLUMNS.has(String(path[0]));

const readAsync = promisify(readCallback);

/** The piece of a section read at a time by `TextOnDisk.prefetch`, into one buffer used again. */
const PREFETCH_BYTES = 2 ** 20;

/** Files read a range at a time keep their descriptors until their reader is collected. */
const openFiles = new FinalizationRegistry<number[]>((fds) => {
  for (const fd of fds) closeSync(fd);
});

/**
 * A section read a range at a time from the segments it lies in. The segments stay open: a later
 * write of the cache removes them from the folder, but what is open can still be read.
 */
function textOnDisk(file: string, manifest: Manifest, section: Section): TextOnDisk {
  const starts = [0];
  for (const bytes of manifest.segments) starts.push(starts.at(-1)! + bytes);
  const fds = new Map<number, number>();
  const fdOf = (index: number) => {
    let fd = fds.get(index);
    if (fd === undefined) {
      fd = openSync(segmentFile(file, manifest.generation, index), 'r');
      fds.set(index, fd);
    }
    return fd;
  };
  // Opened now, while the files are surely there.
  for (let index = 0; index < manifest.segments.length; index++)
    if (starts[index + 1]! > section.at && starts[index]! < section.at + section.bytes) fdOf(index);
  // The pieces of bytes start … end of the section: which segment, where in it, how many bytes.
  const pieces = (start: number, end: number) => {
    const out: Array<{ fd: number; at: number; length: number }> = [];
    for (let position = section.at + start; position < section.at + end; ) {
      let index = 0;
      while (starts[index + 1]! <= position) index++;
      const length = Math.min(section.at + end - position, starts[index + 1]! - position);
      out.push({ fd: fdOf(index), at: position - starts[index]!, length });
      position += length;
    }
    return out;
  };
  const ended = () => new Error(`the parse cache ended early at ${file}`);
  const text: TextOnDisk = {
    byteLength: section.bytes,
    async readAll() {
      const out = Buffer.allocUnsafe(section.bytes);
      let done = 0;
      for (const { fd, at, length } of pieces(0, section.bytes))
        for (let got = 0; got < length; ) {
          const { bytesRead } = await readAsync(fd, out, done, length - got, at + got);
          if (bytesRead === 0) throw ended();
          got += bytesRead;
          done += bytesRead;
        }
      return out;
    },
    async prefetch() {
      const chunk = Buffer.allocUnsafe(Math.min(PREFETCH_BYTES, section.bytes));
      for (const { fd, at, length } of pieces(0, section.bytes))
        for (let got = 0; got < length; ) {
          const want = Math.min(chunk.length, length - got);
          const { bytesRead } = await readAsync(fd, chunk, 0, want, at + got);
          if (bytesRead === 0) throw ended();
          got += bytesRead;
        }
    },
    read(start, end) {
      const out = Buffer.allocUnsafe(end - start);
      let done = 0;
      for (const { fd, at, length } of pieces(start, end))
        for (let got = 0; got < length; ) {
          const bytesRead = readSync(fd, out, done, length - got, at + got);
          if (bytesRead === 0) throw ended();
          got += bytesRead;
          done += bytesRead;
        }
      return out;
    },
  };
  openFiles.register(text, [...fds.values()]);
  return text;
}

/**
 * `value` with its large typed arrays taken out into `arrays` (with their paths) and left as null:
 * objects and arrays on the way to one are copied, everything else is shared.
 */
function takeArrays(
  value: unknown,
  path: Array<string | number>,
  arrays: Array<{ path: Array<string | number>; array: StoredArray }>,
): unknown {
  if (ArrayBuffer.isView(value)) {
    const type = arrayType(value);
    // What a reader may leave in the segments is a section however small.
    if (!type || (value.byteLength < SECTION_MIN_BYTES && !isLeftOnDisk(path) && !isFileColumn(path)))
      // Small 16-bit arrays are narrowed at once, as large ones are in steps (see `narrowed`).
      return value instanceof Uint16Array && value.every((count) => count <= 0xff)
        ? Uint8Array.from(value)
        : value;
    arrays.push({ path, array: value as StoredArray });
    return null;
  }
  if (value === null || typeof value !== 'object') return value;
  // Whether anything below was taken out or narrowed: the object or array on the way is then a copy.
  let changed = false;
  const take = (item: unknown, key: string | number) => {
    const taken = takeArrays(item, [...path, key], arrays);
    if (taken !== item) changed = true;
    return taken;
  };
  if (Array.isArray(value)) {
    // Long lists of strings or numbers (paths, terms) hold no typed array: not walked item by item.
    if (value.length > 0 && typeof value[0] !== 'object') return value;
    const out = value.map(take);
    return changed ? out : value;
  }
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) out[key] = take(item, key);
  return changed ? out : value;
}

/** The stored type of a typed array (a Buffer is stored as the bytes it is, and read back as them). */
function arrayType(view: ArrayBufferView): ArrayType | undefined {
  return (Object.keys(ARRAY_TYPES) as ArrayType[]).find((type) => view instanceof ARRAY_TYPES[type]);
}

/**
 * Node's deserialiser makes each small typed array a view into the bytes it read (or, when those are not
 * aligned, into a pooled buffer), which would keep the whole serialised section (20 MB at 100k stories,
 * mostly strings copied out already) alive for as long as any of them: the views that do not own their
 * buffer are copied, all together, into one buffer of their own size.
 */
function copyViewsOut(root: unknown): void {
  const views: Array<{ holder: Record<string | number, unknown>; key: string | number; view: StoredArray }> =
    [];
  const walk = (value: unknown) => {
    if (value === null || typeof value !== 'object' || ArrayBuffer.isView(value)) return;
    // Long lists of strings or numbers (paths, terms) hold no typed array: not walked item by item.
    if (Array.isArray(value) && (value.length === 0 || typeof value[0] !== 'object')) return;
    const holder = value as Record<string | number, unknown>;
    for (const key of Object.keys(holder)) {
      const item = holder[key];
      if (ArrayBuffer.isView(item) && arrayType(item) && item.byteLength < item.buffer.byteLength)
        views.push({ holder, key, view: item as StoredArray });
      else walk(item);
    }
  };
  walk(root);
  // Every view starts at a multiple of 8 bytes, whatever its type.
  const padded = (bytes: number) => Math.ceil(bytes / 8) * 8;
  const pool = new ArrayBuffer(views.reduce((sum, { view }) => sum + padded(view.byteLength), 0));
  let at = 0;
  for (const { holder, key, view } of views) {
    // By its stored type: a Buffer's constructor would be the deprecated `Buffer()`, which warns.
    const Type = ARRAY_TYPES[arrayType(view)!];
    const copy = new Type(pool, at, view.length);
    copy.set(view);
    holder[key] = copy;
    at += padded(view.byteLength);
  }
}

/** Puts a section's typed array back at its path in the stored object. */
function putArray(
  root: unknown,
  path: ReadonlyArray<string | number>,
  array: StoredArray | TextOnDisk,
): void {
  let at = root as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
  at[path.at(-1)!] = array;
}

/**
 * The cache's contents, or null when it is absent, unusable or from another parser version. A cache
 * that exists but cannot be read goes to `onProblem` (file and reason): its loss makes a cold start.
 */
export async function readCache(
  file: string,
  parserVersion: string,
  onProblem?: (problem: CacheProblem) => void,
  options: CacheReadOptions = {},
): Promise<ReadCacheContents | null> {
  let manifest: Manifest;
  try {
    manifest = deserialize(readFileSync(file)) as Manifest;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') onProblem?.({ file, reason: errorReason(error) });
    return null;
  }
  if (manifest?.format !== CACHE_FORMAT || manifest.parserVersion !== parserVersion) return null;
  if (
    !Array.isArray(manifest.segments) ||
    !Array.isArray(manifest.sections) ||
    !/^[0-9a-f]+$/.test(String(manifest.generation))
  ) {
    onProblem?.({ file, reason: 'not a parse cache manifest' });
    return null;
  }
  const rest = manifest.sections.findIndex((section) => !section.path);
  // The serialised rest is deserialised as soon as it is in, while the large sections are still read.
  let deserialised: { stored: StoredCache } | { error: unknown } | undefined;
  let sections: Array<ArrayBuffer | null>;
  try {
    sections = await readSections(
      file,
      manifest,
      (section) =>
        Boolean(
          (options.storyTextOnDisk && isLeftOnDisk(section.path)) ||
            (options.filesLater && isFileColumn(section.path)),
        ),
      (k, buffer) => {
        if (k !== rest) return;
        try {
          const stored = deserialize(new Uint8Array(buffer)) as StoredCache;
          if (stored?.format !== CACHE_FORMAT || stored.parserVersion !== parserVersion)
            throw new Error('the segments do not match the manifest');
          copyViewsOut(stored);
          deserialised = { stored };
        } catch (error) {
          deserialised = { error };
        }
      },
    );
  } catch (problem) {
    onProblem?.(problem as CacheProblem);
    return null;
  }
  try {
    if (!deserialised) throw new Error('the manifest names no serialised section');
    if ('error' in deserialised) throw deserialised.error;
    const { stored } = deserialised;
    // The getter below shares this function's closures: they hold nothing of the cache but `fileColumns`.
    deserialised = undefined;
    // Nor by the list of sections, which the contents' closures below keep.
    sections[rest] = null;
    // Opened now, while the segments are surely there (see textOnDisk), and read when asked for.
    const later: Array<{ section: Section; bytes: TextOnDisk }> = [];
    manifest.sections.forEach((section, k) => {
      const { path, type } = section;
      if (!path) return;
      const Type = ARRAY_TYPES[type!];
      const bytes = sections[k];
      if (bytes) putArray(stored, path, new Type(bytes));
      else if (isFileColumn(path)) later.push({ section, bytes: textOnDisk(file, manifest, section) });
      else putArray(stored, path, textOnDisk(file, manifest, section));
    });
    const reader = new StoryColumnsReader(stored.stories);
    // An entry per file is made when first asked for: a start served from the cache before the files
    // are checked needs only the columns, and 100,000 objects kept alive cost the collector seconds.
    let files: CachedFile[] | undefined;
    let paths: StringList | undefined;
    // What the entries are made of, let go once they are made.
    let fileColumns: FileColumns | null = stored;
    const entries = () => {
      if (!files) {
        files = filesOf(fileColumns!, reader);
        paths = fileColumns!.paths;
        fileColumns = null;
      }
      return files;
    };
    let reading: Promise<CachedFile[]> | undefined;
    return {
      parserVersion,
      vocabulary: stored.vocabulary,
      get files() {
        if (later.length > 0) throw new Error('the files of this parse cache are read by readFiles()');
        return entries();
      },
      readFiles() {
        reading ??= (async () => {
          for (const { section, bytes } of later) {
            const Type = ARRAY_TYPES[section.type!];
            let read: Uint8Array = await bytes.readAll();
            // A view of a wider type must start at a multiple of its width (a small read may not).
            if (read.byteOffset % Type.BYTES_PER_ELEMENT !== 0) read = new Uint8Array(read);
            const buffer = read.buffer as ArrayBuffer;
            putArray(
              fileColumns!,
              section.path!,
              new Type(buffer, read.byteOffset, read.byteLength / Type.BYTES_PER_ELEMENT),
            );
          }
          later.length = 0;
          return entries();
        })();
        return reading;
      },
      get paths() {
        return paths;
      },
      stories: reader,
      ...(stored.indexes ? { indexes: stored.indexes } : {}),
    };
  } catch (error) {
    const segments = manifest.segments.map((_, index) => segmentFile(file, manifest.generation, index));
    onProblem?.({ file: segments.join(', '), reason: `unreadable (${errorReason(error)})` });
    return null;
  }
}

type FileColumns = Pick<
  StoredCache,
  'paths' | 'sizes' | 'mtimes' | 'ctimes' | 'inodes' | 'sha1s' | 'warnings' | 'stories'
>;

/** The file columns of a cache as read, which its entries read their fields from. */
interface FileRows {
  paths: StringList;
  text: Buffer;
  sizes: Float64Array;
  mtimes: Float64Array;
  ctimes: Float64Array;
  inodes: Float64Array;
  /** The hashes as stored (see HashList), 20 bytes a row. */
  hashBytes: Buffer;
  /** The hashes kept as written (see HashList), by row. */
  otherHashes: Map<number, string>;
  warnings: Map<number, string[]>;
}

/**
 * A file of the cache, its fields read from the cache's columns when asked for: an object of three
 * fields a file rather than of eight with two strings and four boxed numbers (some 30 MB kept at 100k
 * files). A copy with changes is made by `fileWith` (a spread would not copy the getters).
 */
class CachedFileRow implements CachedFile {
  readonly story: StoryEntry;
  /** Not private, so that a walk of the files' memory counts the columns. */
  readonly rows: FileRows;
  readonly row: number;

  constructor(rows: FileRows, row: number, story: StoryEntry) {
    this.rows = rows;
    this.row = row;
    this.story = story;
  }

  get path(): string {
    return stringAt(this.rows.paths, this.rows.text, this.row);
  }

  get size(): number {
    return this.rows.sizes[this.row]!;
  }

  get mtimeMs(): number {
    return this.rows.mtimes[this.row]!;
  }

  get ctimeMs(): number {
    return this.rows.ctimes[this.row]!;
  }

  get ino(): number {
    return this.rows.inodes[this.row]!;
  }

  get sha1(): string {
    const { hashBytes, otherHashes } = this.rows;
    return (
      otherHashes.get(this.row) ??
      hashBytes.toString('hex', this.row * HASH_BYTES, (this.row + 1) * HASH_BYTES)
    );
  }

  get warnings(): string[] {
    return this.rows.warnings.get(this.row) ?? NO_WARNINGS;
  }
}

/** `file` with `changes`, as a plain entry (its term vector and sentences kept unless changed). */
export function fileWith(file: CachedFile, changes: Partial<CachedFile>): CachedFile {
  const { path, size, mtimeMs, ctimeMs, ino, sha1, story, warnings, vector, sentences } = file;
  return {
    path,
    size,
    mtimeMs,
    ctimeMs,
    ino,
    sha1,
    story,
    warnings,
    ...(vector ? { vector } : {}),
    ...(sentences ? { sentences } : {}),
    ...changes,
  };
}

/** The cache's files as entries, their stories kept in the columns of `reader`. */
function filesOf(columns: FileColumns, reader: StoryColumnsReader): CachedFile[] {
  const { sizes, mtimes, ctimes, inodes, stories, paths } = columns;
  const rows: FileRows = {
    paths,
    text: textOf(paths),
    sizes,
    mtimes,
    ctimes,
    inodes,
    hashBytes: textOf(columns.sha1s),
    otherHashes: new Map(columns.sha1s.other),
    warnings: new Map(columns.warnings.map(([i, warned]) => [i, JSON.parse(warned) as string[]])),
  };
  return Array.from(
    { length: stories.count },
    (_, i) => new CachedFileRow(rows, i, new StoredStory(reader, i)),
  );
}

/** Values looked at (and copied) between two turns of the event loop when a large array is narrowed. */
const NARROW_STEP = 1 << 20;

/**
 * A 16-bit array whose values all fit in a byte, as bytes (and read back so: a reader takes either):
 * the term counts of the text and sentence indexes, which a story or sentence almost never holds 256
 * times, in half their memory. Looked at in steps, so a large set's write holds no answer up.
 */
async function narrowed(array: Uint16Array): Promise<Uint16Array | Uint8Array> {
  for (let at = 0; at < array.length; at += NARROW_STEP) {
    const end = Math.min(array.length, at + NARROW_STEP);
    for (let i = at; i < end; i++) if (array[i]! > 0xff) return array;
    await new Promise((resolve) => setImmediate(resolve));
  }
  const bytes = new Uint8Array(array.length);
  for (let at = 0; at < array.length; at += NARROW_STEP) {
    bytes.set(array.subarray(at, at + NARROW_STEP), at);
    await new Promise((resolve) => setImmediate(resolve));
  }
  return bytes;
}

/** The bytes of a typed array, without a copy. */
function bytesOf(array: ArrayBufferView): Uint8Array {
  return new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
}

/** Writes a file through a temp file and a rename, so a crash never leaves it torn. */
async function writeAtomically(file: string, pieces: readonly Uint8Array[]): Promise<void> {
  const temp = `${file}.${process.pid}.tmp`;
  try {
    // A temp file left by an earlier failure is replaced, never written through (it may be a link).
    await rm(temp, { force: true });
    const handle = await open(temp, 'wx');
    try {
      const { bytesWritten } = await handle.writev(pieces as Uint8Array[]);
      const bytes = pieces.reduce((sum, piece) => sum + piece.byteLength, 0);
      if (bytesWritten !== bytes) throw new Error(`${bytesWritten} of ${bytes} bytes written to ${temp}`);
    } finally {
      await handle.close();
    }
    await rename(temp, file);
  } catch (error) {
    // A partial temp file would keep a full disk full: it goes with the failure.
    await rm(temp, { force: true });
    throw error;
  }
}

/**
 * Writes the cache: the segments of a new generation first, then the manifest naming them (each
 * atomically), then removes other generations' segments. A failure removes what it wrote. The story
 * columns are gathered in slices and the bytes written in the thread pool, so answers go on meanwhile;
 * the indexes are immutable, so what is written is the snapshot given, whatever comes after it.
 */
export async function writeCache(
  file: string,
  contents: CacheContents,
  segmentBytes: number = SEGMENT_BYTES,
): Promise<void> {
  const { files } = contents;
  const stored: StoredCache = {
    format: CACHE_FORMAT,
    parserVersion: contents.parserVersion,
    vocabulary: contents.vocabulary,
    paths: stringList(files.map((entry) => entry.path)),
    sizes: Float64Array.from(files, (entry) => entry.size),
    mtimes: Float64Array.from(files, (entry) => entry.mtimeMs),
    ctimes: Float64Array.from(files, (entry) => entry.ctimeMs),
    inodes: Float64Array.from(files, (entry) => entry.ino),
    sha1s: hashList(files.map((entry) => entry.sha1)),
    warnings: files.flatMap(
      (entry, i): Array<[number, string]> =>
        entry.warnings.length ? [[i, JSON.stringify(entry.warnings)]] : [],
    ),
    stories: await runInSlices(storyColumnsSteps(files.map((entry) => entry.story))),
    indexes: contents.indexes ?? null,
  };
  await mkdir(dirname(file), { recursive: true });
  // Story text and offset maps left on disk by the read of an earlier cache are read back for the write.
  const { text, offsetMapValues } = stored.stories;
  if (!(text instanceof Uint8Array)) stored.stories = { ...stored.stories, text: await text.readAll() };
  if (!(offsetMapValues instanceof Uint8Array))
    stored.stories = { ...stored.stories, offsetMapValues: await offsetMapValues.readAll() };
  const arrays: Array<{ path: Array<string | number>; array: StoredArray }> = [];
  const rest = serialize(takeArrays(stored, [], arrays));
  for (const entry of arrays)
    if (entry.array instanceof Uint16Array) entry.array = await narrowed(entry.array);
  // The stream the segments cut: the serialised rest, then each typed array's bytes.
  const parts: Uint8Array[] = [rest, ...arrays.map(({ array }) => bytesOf(array))];
  const sections: Section[] = [];
  let at = 0;
  parts.forEach((part, k) => {
    const array = k > 0 ? arrays[k - 1]! : undefined;
    sections.push({
      ...(array ? { path: array.path, type: arrayType(array.array)! } : {}),
      at,
      bytes: part.byteLength,
    });
    at += part.byteLength;
  });
  const generation = randomBytes(6).toString('hex');
  const segments: number[] = [];
  try {
    let part = 0;
    let within = 0;
    for (let offset = 0; offset < at || segments.length === 0; offset += segmentBytes) {
      // The pieces of the parts that fall in this segment, written without joining them.
      const pieces: Uint8Array[] = [];
      let size = 0;
      while (part < parts.length && size < segmentBytes) {
        const take = Math.min(parts[part]!.byteLength - within, segmentBytes - size);
        pieces.push(parts[part]!.subarray(within, within + take));
        size += take;
        within += take;
        if (within === parts[part]!.byteLength) {
          part++;
          within = 0;
        }
      }
      segments.push(size);
      await writeAtomically(segmentFile(file, generation, segments.length - 1), pieces);
    }
    const manifest: Manifest = {
      format: CACHE_FORMAT,
      parserVersion: contents.parserVersion,
      generation,
      segments,
      sections,
    };
    await writeAtomically(file, [serialize(manifest)]);
  } catch (error) {
    await Promise.all(segments.map((_, index) => rm(segmentFile(file, generation, index), { force: true })));
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
    try {
      rmSync(join(dirname(file), name), { force: true });
    } catch {
      // Still open where files in use cannot be removed: the next write removes it.
    }
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
