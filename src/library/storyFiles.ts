/**
 * Finding and reading story files. Bad files and folders become one-line reasons, never exceptions,
 * so one broken file cannot stop a whole story set from loading.
 */
import { createHash } from 'node:crypto';
import { closeSync, constants, type Dirent, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import { type FileHandle, lstat, open, opendir, realpath, stat } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import type { FileIssue } from '../engine/types.ts';

/** Story files larger than this are refused: no real story comes near it, and it bounds memory. */
export const MAX_STORY_BYTES = 2 * 1024 * 1024;

export interface StoryFileEntry {
  /** The path to open: the folder as given joined with the path inside it. */
  path: string;
  /** The story folder (as given) the file was found in. */
  root: string;
  /** The path inside `root`, with `/` separators: what `check` and the JSON output show. */
  relative: string;
  /** The file's real path (links resolved): what is read, without following links again. */
  real: string;
}

export type StoryFileText =
  | { ok: true; text: string; bytes: number; sha1: string }
  | { ok: false; reason: string };

const STORY_EXTENSION = /\.(?:txt|md)$/i;
const CONTROL_CHARACTERS = /[\x01-\x08\x0b\x0e-\x1f]/g;
/** Tab, newline, form feed, carriage return. */
const TEXT_CONTROLS = new Set([9, 10, 12, 13]);

/** Files and folders that are never stories: README.*, dot-files and dot-folders, node_modules. */
export function skipped(name: string): boolean {
  return name.startsWith('.') || name === 'node_modules' || /^readme(?:\.|$)/i.test(name);
}

function reasonOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ENOTDIR') return 'not a folder';
  if (code === 'ELOOP') return 'too many symbolic links';
  return error instanceof Error ? error.message : String(error);
}

/** Whether `path` is `folder` or lies inside it (both real paths). */
function isInside(path: string, folder: string): boolean {
  return path === folder || path.startsWith(folder.endsWith(sep) ? folder : folder + sep);
}

/** A path inside a story folder as shown to people: relative to the folder, with `/` separators. */
function shownPath(root: string, path: string): string {
  // The common case, a path the walk made by joining names to the folder, without path.relative's work.
  const prefix = root.endsWith(sep) ? root : root + sep;
  if (path.startsWith(prefix) && !root.startsWith('.')) {
    const inside = path.slice(prefix.length);
    return sep === '/' ? inside : inside.split(sep).join('/');
  }
  return relative(root, path).split(sep).join('/') || '.';
}

/** Entries read per system call, and calls between two turns of the event loop. */
const ENTRIES_PER_READ = 1024;
const READS_PER_TURN = 8;
/** Entries of a folder listed between two turns of the event loop (a power of two). */
const ENTRIES_PER_TURN = 4096;

/**
 * A folder's entries, read a batch at a time on this thread with a turn of the event loop every few
 * batches: half the time of one `readdir` in the thread pool for 100,000 files, without one large
 * allocation of them all there.
 */
async function folderEntries(folder: string): Promise<Dirent[]> {
  const dir = await opendir(folder, { bufferSize: ENTRIES_PER_READ });
  const entries: Dirent[] = [];
  try {
    for (let read = 0; ; read++) {
      const entry = dir.readSync();
      if (!entry) break;
      entries.push(entry);
      if (read % (ENTRIES_PER_READ * READS_PER_TURN) === ENTRIES_PER_READ * READS_PER_TURN - 1)
        await new Promise((resolve) => setImmediate(resolve));
    }
  } finally {
    dir.closeSync();
  }
  return entries;
}

/**
 * Every story file (`*.txt`, `*.md`) under the given folders, recursively, sorted by folder order then
 * path. A folder that is missing or unreadable is an error entry with its path and reason. A path that
 * is a story file itself is accepted as a one-file set. Symbolic links are followed once (no loops) and
 * only to files and folders whose real path lies inside one of the story folders: the folder is a
 * boundary, so a link to `/etc/passwd` or to the bot's `.env` is reported and skipped, never read.
 * Problems inside a folder name the path relative to it, like everything else shown.
 */
export async function listStoryFiles(
  dirs: string[],
): Promise<{ files: StoryFileEntry[]; errors: FileIssue[] }> {
  const { files, errors } = await walkFolders(dirs, null);
  // Sorting within each root keeps folders in the order given and paths in a stable order; a walk of
  // flat folders lists them so already, which a pass checks before a sort of 100k paths.
  const compare = byListingOrder(dirs);
  if (files.some((file, i) => i > 0 && compare(files[i - 1]!, file) > 0)) files.sort(compare);
  return { files, errors };
}

/**
 * The files `listStoryFiles` lists, in the folders' own order (see `byListingOrder` to sort them) and
 * kept as each folder's file names, an entry made only when asked for: a reload looks each file up by
 * its path and needs no order, and 100,000 entries and paths kept for the whole check were most of
 * what its collections of garbage copied. The order decides which path of a file that links reach
 * twice is listed, so a set with a link in it (or a story file given as a folder) is listed as
 * `listStoryFiles` does: the same paths either way. A folder with no sub-folder that `previous` (the
 * last such listing) listed, stated as it was then, is listed from there without reading its entries:
 * its names, in the same order (a reload's check of 100,000 files read them in some 250 ms).
 */
export async function listStoryFilesUnsorted(
  dirs: string[],
  previous?: FolderColumns,
): Promise<{ files: ListedFiles; errors: FileIssue[] }> {
  const columns = new FolderColumns();
  const walked = await walkFolders(dirs, columns, previous);
  if (!walked.linkMet && walked.files.length === 0) return { files: columns, errors: walked.errors };
  const listed = await listStoryFiles(dirs);
  return { files: listedFiles(listed.files), errors: listed.errors };
}

/** A listing's files by their number: entries, or names by folder (see listStoryFilesUnsorted). */
export interface ListedFiles {
  readonly length: number;
  /** File i's entry: made when asked for from names by folder. */
  at(i: number): StoryFileEntry;
  /** File i's path, relative path and real path, without its entry. */
  pathAt(i: number): string;
  relativeAt(i: number): string;
  realAt(i: number): string;
}

/** Entries as ListedFiles. */
export function listedFiles(entries: readonly StoryFileEntry[]): ListedFiles {
  return {
    length: entries.length,
    at: (i) => entries[i]!,
    pathAt: (i) => entries[i]!.path,
    relativeAt: (i) => entries[i]!.relative,
    realAt: (i) => entries[i]!.real,
  };
}

/** A folder of a listing kept as names: what a file's path, relative path and real path begin with. */
interface ListedFolder {
  root: string;
  path: string;
  relative: string;
  real: string;
  /**
   * A folder with no sub-folder: its stat before its entries were read, when they were read (the
   * clock of the listing that read them), and where its names lie in the listing (one stretch), for
   * the next listing to take them from (see FolderColumns.unchanged).
   */
  leaf?: { stamp: FolderStamp; readAt: number; from: number; to: number };
}

/** What changes when a folder's entries do: an entry added, removed or renamed sets its mtime. */
interface FolderStamp {
  mtimeMs: number;
  ctimeMs: number;
  ino: number;
}

/**
 * How long before a listing a folder's times must be for the listing after to trust them: a change
 * within the same tick of a coarse clock (2 s on FAT) may leave them as they were.
 */
const SETTLED_MS = 2000;

/**
 * How long a folder's names are taken from the listings before without its entries read again: a clock
 * set back, or a network file system whose clock lags, could hide a change from its times, for this long
 * at most.
 */
const REREAD_AFTER_MS = 10 * 60_000;

/** What a folder's files' paths and real paths begin with: a name is one plain path segment after it. */
function namePrefixes(folder: string, real: string): { path: string; real: string } {
  const realPrefix = real.endsWith(sep) ? real : real + sep;
  return { path: folder === real ? realPrefix : join(folder, 'x').slice(0, -1), real: realPrefix };
}

/** Files as a name and a folder each (see listStoryFilesUnsorted). */
export class FolderColumns implements ListedFiles {
  readonly #folders: ListedFolder[] = [];
  readonly #names: string[] = [];
  readonly #folderOf: number[] = [];
  /** When the listing started (the clock a folder's times are compared with). */
  readonly #listedAt = Date.now();
  /** The folders by the path walked, made when the next listing first asks (see unchanged). */
  #byPath: Map<string, number> | null = null;
  /** How many folders' entries were read: the others were listed from the last listing. */
  foldersRead = 0;

  get length(): number {
    return this.#names.length;
  }

  /** Starts a folder walked as `folder` (the path as joined), whose real path is `real`. */
  addFolder(root: string, folder: string, real: string): number {
    const { path, real: realPrefix } = namePrefixes(folder, real);
    this.#folders.push({ root, path, relative: shownPath(root, `${path}x`).slice(0, -1), real: realPrefix });
    return this.#folders.length - 1;
  }

  add(folder: number, name: string) {
    this.#names.push(name);
    this.#folderOf.push(folder);
  }

  /** Marks `folder`, listed from `from` on with no sub-folder, as a leaf stated as `stamp`, read at `readAt`. */
  endLeaf(folder: number, stamp: FolderStamp, from: number, readAt = this.#listedAt) {
    this.#folders[folder]!.leaf = { stamp, readAt, from, to: this.#names.length };
  }

  /**
   * The folder of this listing walked as `path` (whose real path is `real`) when the next listing may
   * take its names from here: a leaf then, stated as it is now (`stamp`), its times settled before this
   * listing started, its entries read less than REREAD_AFTER_MS ago. A folder whose entries did not
   * change lists the same names in the same order.
   */
  unchanged(root: string, path: string, real: string, stamp: FolderStamp): number | null {
    if (!this.#byPath) {
      this.#byPath = new Map();
      this.#folders.forEach((folder, i) => {
        if (folder.leaf) this.#byPath!.set(folder.path, i);
      });
    }
    const prefixes = namePrefixes(path, real);
    const number = this.#byPath.get(prefixes.path);
    if (number === undefined) return null;
    const folder = this.#folders[number]!;
    const leaf = folder.leaf!;
    const settled = this.#listedAt - SETTLED_MS;
    const same =
      folder.root === root &&
      folder.real === prefixes.real &&
      leaf.stamp.mtimeMs === stamp.mtimeMs &&
      leaf.stamp.ctimeMs === stamp.ctimeMs &&
      leaf.stamp.ino === stamp.ino &&
      stamp.mtimeMs < settled &&
      stamp.ctimeMs < settled &&
      Date.now() - leaf.readAt < REREAD_AFTER_MS;
    return same ? number : null;
  }

  /** Lists folder `number` of `previous` (see unchanged) as it was: its names, without reading it. */
  addAsBefore(previous: FolderColumns, number: number, root: string, path: string, real: string) {
    const { leaf } = previous.#folders[number]!;
    const folder = this.addFolder(root, path, real);
    const from = this.#names.length;
    for (let k = leaf!.from; k < leaf!.to; k++) this.add(folder, previous.#names[k]!);
    this.endLeaf(folder, leaf!.stamp, from, leaf!.readAt);
  }

  at(i: number): StoryFileEntry {
    const folder = this.#folders[this.#folderOf[i]!]!;
    const name = this.#names[i]!;
    return {
      path: folder.path + name,
      root: folder.root,
      relative: folder.relative + name,
      real: folder.real + name,
    };
  }

  pathAt(i: number): string {
    return this.#folders[this.#folderOf[i]!]!.path + this.#names[i]!;
  }

  relativeAt(i: number): string {
    return this.#folders[this.#folderOf[i]!]!.relative + this.#names[i]!;
  }

  realAt(i: number): string {
    return this.#folders[this.#folderOf[i]!]!.real + this.#names[i]!;
  }

  /**
   * Whether file i is file j of `other`: the same name in a folder walked as the same number with the
   * same paths. A folder that did not change lists its names in the same order again.
   */
  sameAt(i: number, other: FolderColumns, j: number): boolean {
    const folder = this.#folderOf[i]!;
    if (other.#folderOf[j] !== folder || other.#names[j] !== this.#names[i]) return false;
    const mine = this.#folders[folder]!;
    const theirs = other.#folders[folder];
    return (
      mine === theirs ||
      (theirs !== undefined &&
        mine.path === theirs.path &&
        mine.real === theirs.real &&
        mine.root === theirs.root)
    );
  }
}

/**
 * The walk of `listStoryFiles`, in the folders' own order when `columns` is given: the files then go
 * there as names, and a link stops the walk (`linkMet`; see listStoryFilesUnsorted).
 */
async function walkFolders(
  dirs: string[],
  columns: FolderColumns | null,
  previous?: FolderColumns,
): Promise<{ files: StoryFileEntry[]; errors: FileIssue[]; linkMet: boolean }> {
  const files: StoryFileEntry[] = [];
  const errors: FileIssue[] = [];
  const seenFolders = new Set<string>();
  /**
   * The real paths of the files listed, once a link to a file is met: only a link can list a file
   * twice (a plain file's real path is its folder's, and each real folder is walked once), so a set of
   * every path, a hash of each of 100,000 strings, is made only then, of the files listed so far.
   */
  let seenFiles: Set<string> | null = null;
  let linkMet = false;
  const realRoots: string[] = [];
  for (const dir of dirs) {
    const real = await realpath(dir).catch(() => null);
    if (real) realRoots.push(real);
  }
  const withinRoots = (real: string) => realRoots.some((root) => isInside(real, root));

  const addFile = (root: string, path: string, real: string, linked: boolean) => {
    if (linked && !seenFiles) seenFiles = new Set(files.map((file) => file.real));
    if (seenFiles) {
      if (seenFiles.has(real)) return;
      seenFiles.add(real);
    }
    files.push({ path, root, relative: shownPath(root, path), real });
  };

  /** `known` is the folder's real path when its parent's is known and it is no link (see below). */
  const walk = async (root: string, folder: string, known?: string) => {
    let real: string;
    let entries: Dirent[];
    let stamp: FolderStamp | null = null;
    try {
      // A realpath reads every folder of the path: one per folder would make a deep tree quadratic.
      real = known ?? (await realpath(folder));
      if (seenFolders.has(real)) return;
      seenFolders.add(real);
      if (columns) {
        // Stated before its entries are read: a change made meanwhile shows in the next listing's stat.
        const { mtimeMs, ctimeMs, ino } = await stat(real);
        stamp = { mtimeMs, ctimeMs, ino };
        const before = previous?.unchanged(root, folder, real, stamp);
        if (before !== undefined && before !== null) {
          columns.addAsBefore(previous!, before, root, folder, real);
          return;
        }
      }
      entries = await folderEntries(folder);
      if (columns) columns.foldersRead++;
    } catch (error) {
      errors.push({ file: shownPath(root, folder), reason: `cannot read folder: ${reasonOf(error)}` });
      return;
    }
    if (!columns) entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const folderNumber = columns?.addFolder(root, folder, real) ?? -1;
    const firstName = columns?.length ?? 0;
    let leaf = true;
    for (let at = 0; at < entries.length && !linkMet; at++) {
      // A folder of 100,000 files is taken in a few thousand at a time, between turns of the event loop.
      if ((at & (ENTRIES_PER_TURN - 1)) === ENTRIES_PER_TURN - 1)
        await new Promise((resolve) => setImmediate(resolve));
      const entry = entries[at]!;
      if (skipped(entry.name)) continue;
      let isDirectory = entry.isDirectory();
      let isFile = entry.isFile();
      if (columns) {
        if (entry.isSymbolicLink()) {
          linkMet = true;
          return;
        }
        // A plain file is its name: its paths are its folder's and the name (see FolderColumns).
        if (isFile) {
          if (STORY_EXTENSION.test(entry.name)) columns.add(folderNumber, entry.name);
          continue;
        }
      }
      // Only a link needs resolving: a plain entry's real path is its real folder's plus its name
      // (one realpath per file costs seconds at 100k files, one per folder grows with the square of
      // the depth: 1,500 nested folders took minutes).
      // `real` is a real path (absolute, normalised): a name is appended without path.join's work.
      let target = real.endsWith(sep) ? real + entry.name : real + sep + entry.name;
      // A folder given by its real path (the usual case) names its files by theirs: one string for both.
      const path = folder === real ? target : join(folder, entry.name);
      if (entry.isSymbolicLink()) {
        try {
          target = await realpath(path);
          const info = await stat(target);
          isDirectory = info.isDirectory();
          isFile = info.isFile();
        } catch (error) {
          errors.push({ file: shownPath(root, path), reason: `broken link: ${reasonOf(error)}` });
          continue;
        }
        if (!(isDirectory || STORY_EXTENSION.test(entry.name))) continue;
        if (!withinRoots(target)) {
          errors.push({
            file: shownPath(root, path),
            reason: `link to a ${isDirectory ? 'folder' : 'file'} outside the story folders; skipped`,
          });
          continue;
        }
      }
      if (isDirectory) {
        leaf = false;
        await walk(root, path, target);
      } else if (isFile && STORY_EXTENSION.test(entry.name)) addFile(root, path, target, target !== path);
    }
    if (columns && leaf && !linkMet) columns.endLeaf(folderNumber, stamp!, firstName);
  };

  for (const dir of dirs) {
    let info: Awaited<ReturnType<typeof stat>>;
    try {
      info = await stat(dir);
    } catch (error) {
      errors.push({ file: dir, reason: `story folder unavailable: ${reasonOf(error)}` });
      continue;
    }
    if (info.isFile()) {
      if (STORY_EXTENSION.test(dir)) {
        const root = resolve(dir, '..');
        addFile(root, dir, await realpath(dir).catch(() => resolve(dir)), true);
      } else errors.push({ file: dir, reason: 'not a folder or a story file (*.txt, *.md)' });
      continue;
    }
    await walk(dir, dir);
    if (linkMet) break;
  }
  return { files, errors, linkMet };
}

/** The order of a sorted listing of `dirs`: by story folder in the order given, then by path inside it. */
export function byListingOrder(dirs: readonly string[]): (a: StoryFileEntry, b: StoryFileEntry) => number {
  const order = new Map(dirs.map((dir, index) => [dir, index]));
  return (a, b) =>
    (order.get(a.root) ?? dirs.length) - (order.get(b.root) ?? dirs.length) ||
    (a.relative < b.relative ? -1 : a.relative > b.relative ? 1 : 0);
}

/** A path that a folder watcher saw change: the story folder as given, and the path inside it. */
export interface WatchedPath {
  root: string;
  /** With `/` separators. */
  relative: string;
}

/**
 * What is at paths a folder watcher saw change, as `listStoryFiles` would list them: the story files
 * there, and the entries of paths where none is any more (a file removed, or one that is no longer a
 * plain story file). Null when only a full listing can tell: a folder or a link changed, a path outside
 * the folders or one that cannot be looked at. Costs the paths, not the folders' size; a story folder's
 * sub-folders are watched only when they are plain folders, so a plain path's real path is its folder's.
 */
export async function listChangedFiles(
  dirs: readonly string[],
  changes: readonly WatchedPath[],
): Promise<{ files: StoryFileEntry[]; gone: StoryFileEntry[] } | null> {
  const realRoots = new Map<string, string>();
  const files: StoryFileEntry[] = [];
  const gone: StoryFileEntry[] = [];
  const seen = new Set<string>();
  for (const { root, relative: inside } of changes) {
    if (!dirs.includes(root)) return null;
    const names = inside.split('/');
    if (names.some((name) => name === '' || name === '.' || name === '..')) return null;
    if (names.some(skipped) || seen.has(inside)) continue;
    seen.add(inside);
    let realRoot = realRoots.get(root);
    if (realRoot === undefined) {
      try {
        realRoot = await realpath(root);
        if (!(await stat(realRoot)).isDirectory()) return null;
      } catch {
        return null;
      }
      realRoots.set(root, realRoot);
    }
    const rest = sep === '/' ? inside : names.join(sep);
    const real = realRoot.endsWith(sep) ? realRoot + rest : realRoot + sep + rest;
    // The path as the walk makes it: one string with the real path for a folder given by its real path.
    const entry = { path: root === realRoot ? real : join(root, rest), root, relative: inside, real };
    let info: Stats;
    try {
      info = await lstat(real);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException | null)?.code;
      if (code !== 'ENOENT' && code !== 'ENOTDIR') return null;
      gone.push(entry);
      continue;
    }
    if (info.isDirectory() || info.isSymbolicLink()) return null;
    if (info.isFile() && STORY_EXTENSION.test(inside)) files.push(entry);
    else gone.push(entry);
  }
  return { files, gone };
}

/**
 * Files whose story ids (their names without folder and extension) are taken by another file: each
 * with the reason naming the others. Neither of two such files may stand for the id, or a file planted
 * in a sub-folder would take a real story's place.
 */
export function sharedIds(
  files: readonly StoryFileEntry[],
  idOf: (relative: string) => string,
): Map<StoryFileEntry, string> {
  // Ids are nearly always unique: a first pass finds the few taken twice, and only those get lists.
  const ids = files.map((file) => idOf(file.relative));
  const seen = new Set<string>();
  const taken = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) taken.add(id);
    else seen.add(id);
  }
  const byId = new Map<string, StoryFileEntry[]>();
  files.forEach((file, i) => {
    const id = ids[i]!;
    if (!taken.has(id)) return;
    const list = byId.get(id);
    if (list) list.push(file);
    else byId.set(id, [file]);
  });
  const shared = new Map<StoryFileEntry, string>();
  for (const [id, list] of byId) {
    if (list.length < 2) continue;
    for (const file of list) {
      const others = list.filter((other) => other !== file);
      const named = others
        .slice(0, 3)
        .map((other) => other.relative)
        .join(', ');
      const more = others.length > 3 ? ` and ${others.length - 3} more` : '';
      shared.set(
        file,
        `story id "${id}" is also the id of ${named}${more}; none of them is loaded until they are renamed`,
      );
    }
  }
  return shared;
}

/**
 * Checks and decodes the bytes of a story file. The text is kept exactly as decoded from UTF-8 (a
 * byte-order mark stays as U+FEFF) because every span is an offset into that text.
 */
export function decodeStoryBytes(bytes: Uint8Array): StoryFileText {
  if (bytes.length === 0) return { ok: false, reason: `empty file` };
  if (bytes.length > MAX_STORY_BYTES)
    return {
      ok: false,
      reason: `file too large (${bytes.length} bytes; the limit is ${MAX_STORY_BYTES})`,
    };
  // Native searches only: a byte loop in JS holds the event loop for tens of ms on a large file.
  if (Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(0))
    return { ok: false, reason: `binary file (contains NUL bytes)` };
  let text: string | null = null;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    // Not UTF-8: counted below on the bytes, to say whether it is binary.
  }
  // ASCII control characters other than tab, newline, form feed and carriage return.
  let control = 0;
  if (text !== null) control = text.match(CONTROL_CHARACTERS)?.length ?? 0;
  else for (const byte of bytes) if (byte < 32 && !TEXT_CONTROLS.has(byte)) control++;
  if (control > 8 && control * 100 > bytes.length)
    return { ok: false, reason: `binary file (${control} control characters)` };
  if (text === null)
    return {
      ok: false,
      reason: `not UTF-8 text (invalid byte at offset ${firstInvalidUtf8(bytes)}); save it as UTF-8`,
    };
  if (text.trim() === '') return { ok: false, reason: `empty file (only white space)` };
  const sha1 = createHash('sha1').update(bytes).digest('hex');
  return { ok: true, text, bytes: bytes.length, sha1 };
}

/** The offset of the first byte that breaks UTF-8, for the error message. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const byte = bytes[i]!;
    const length = byte < 0x80 ? 1 : byte >= 0xc2 && byte < 0xe0 ? 2 : byte >= 0xe0 && byte < 0xf0 ? 3 : 0;
    const need = length || (byte >= 0xf0 && byte < 0xf5 ? 4 : 0);
    if (need === 0 || i + need > bytes.length) return i;
    for (let k = 1; k < need; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    i += need;
  }
  return i;
}

/**
 * Reads one story file: its text, size and SHA-1, or a one-line reason it cannot be used. The reason
 * does not repeat the path (callers pair it with the path they show). With `noFollow`, a path that is a
 * symbolic link is refused: a file listed as plain cannot be swapped for a link before it is read.
 */
export async function readStoryFile(
  path: string,
  options: { noFollow?: boolean } = {},
): Promise<StoryFileText> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(path, openFlags(options));
    const info = await handle.stat();
    const refused = refusedFile(info);
    if (refused) return refused;
    let bytes: Buffer = Buffer.allocUnsafe(info.size + 1);
    let length = 0;
    for (;;) {
      const { bytesRead } = await handle.read(bytes, length, bytes.length - length, null);
      if (bytesRead === 0) return decodeStoryBytes(bytes.subarray(0, length));
      length += bytesRead;
      const room = roomToRead(bytes, length);
      if (!room) return grewTooLarge;
      bytes = room;
    }
  } catch (error) {
    return { ok: false, reason: readReason(error, options) };
  } finally {
    await handle?.close();
  }
}

/** `readStoryFile` for callers that cannot wait (the command line). */
export function readStoryFileSync(path: string, options: { noFollow?: boolean } = {}): StoryFileText {
  let fd: number | undefined;
  try {
    fd = openSync(path, openFlags(options));
    const info = fstatSync(fd);
    const refused = refusedFile(info);
    if (refused) return refused;
    let bytes: Buffer = Buffer.allocUnsafe(info.size + 1);
    let length = 0;
    for (;;) {
      const read = readSync(fd, bytes, length, bytes.length - length, null);
      if (read === 0) return decodeStoryBytes(bytes.subarray(0, length));
      length += read;
      const room = roomToRead(bytes, length);
      if (!room) return grewTooLarge;
      bytes = room;
    }
  } catch (error) {
    return { ok: false, reason: readReason(error, options) };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function openFlags(options: { noFollow?: boolean }): number {
  return constants.O_RDONLY | (options.noFollow ? constants.O_NOFOLLOW : 0);
}

/** A file that passed the size check, then grew past the limit while it was read (see roomToRead). */
const grewTooLarge: StoryFileText = {
  ok: false,
  reason: `file too large (it grew past ${MAX_STORY_BYTES} bytes while read)`,
};

/**
 * Where to read on after `length` bytes: `bytes` while it has room, else a buffer twice as large with
 * them copied, or null past the limit. A file is read to its end, not to the size its stat gave, but
 * never beyond the limit and a byte.
 */
function roomToRead(bytes: Buffer, length: number): Buffer | null {
  if (length < bytes.length) return bytes;
  if (length > MAX_STORY_BYTES) return null;
  const grown = Buffer.allocUnsafe(Math.min(MAX_STORY_BYTES + 1, bytes.length * 2));
  bytes.copy(grown, 0, 0, length);
  return grown;
}

function refusedFile(info: Stats): StoryFileText | null {
  if (!info.isFile()) return { ok: false, reason: `not a file` };
  if (info.size > MAX_STORY_BYTES)
    return { ok: false, reason: `file too large (${info.size} bytes; the limit is ${MAX_STORY_BYTES})` };
  return null;
}

function readReason(error: unknown, options: { noFollow?: boolean }): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (options.noFollow && code === 'ELOOP') return 'became a link after it was listed; skipped';
  if (code === 'EISDIR') return 'not a file';
  return reasonOf(error);
}
