/**
 * Finding and reading story files. Bad files and folders become one-line reasons, never exceptions,
 * so one broken file cannot stop a whole story set from loading.
 */
import { createHash } from 'node:crypto';
import { type Dirent, readFileSync, statSync } from 'node:fs';
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
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
}

export type StoryFileText =
  | { ok: true; text: string; bytes: number; sha1: string }
  | { ok: false; reason: string };

const STORY_EXTENSION = /\.(?:txt|md)$/i;
const CONTROL_CHARACTERS = /[\x01-\x08\x0b\x0e-\x1f]/g;
/** Tab, newline, form feed, carriage return. */
const TEXT_CONTROLS = new Set([9, 10, 12, 13]);

/** Files and folders that are never stories: README.*, dot-files and dot-folders, node_modules. */
function skipped(name: string): boolean {
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

/**
 * Every story file (`*.txt`, `*.md`) under the given folders, recursively, sorted by folder order then
 * path. A folder that is missing or unreadable is an error entry with its path and reason. A path that
 * is a story file itself is accepted as a one-file set. Symbolic links are followed once (no loops).
 */
export async function listStoryFiles(
  dirs: string[],
): Promise<{ files: StoryFileEntry[]; errors: FileIssue[] }> {
  const files: StoryFileEntry[] = [];
  const errors: FileIssue[] = [];
  const seenFolders = new Set<string>();
  const seenFiles = new Set<string>();

  const addFile = (root: string, path: string, real: string) => {
    if (seenFiles.has(real)) return;
    seenFiles.add(real);
    files.push({ path, root, relative: relative(root, path).split(sep).join('/') });
  };

  const walk = async (root: string, folder: string) => {
    let real: string;
    let entries: Dirent[];
    try {
      real = await realpath(folder);
      if (seenFolders.has(real)) return;
      seenFolders.add(real);
      entries = await readdir(folder, { withFileTypes: true });
    } catch (error) {
      errors.push({ file: folder, reason: `cannot read folder: ${reasonOf(error)}` });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (skipped(entry.name)) continue;
      const path = join(folder, entry.name);
      let isDirectory = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        try {
          const target = await stat(path);
          isDirectory = target.isDirectory();
          isFile = target.isFile();
        } catch (error) {
          errors.push({ file: path, reason: `broken link: ${reasonOf(error)}` });
          continue;
        }
      }
      if (isDirectory) await walk(root, path);
      else if (isFile && STORY_EXTENSION.test(entry.name)) {
        try {
          // Only a link needs resolving: a plain file's real path is its real folder's plus its name
          // (one realpath per file costs seconds at 100k files).
          addFile(root, path, entry.isSymbolicLink() ? await realpath(path) : join(real, entry.name));
        } catch (error) {
          errors.push({ file: path, reason: reasonOf(error) });
        }
      }
    }
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
        addFile(root, dir, await realpath(dir).catch(() => resolve(dir)));
      } else errors.push({ file: dir, reason: 'not a folder or a story file (*.txt, *.md)' });
      continue;
    }
    await walk(dir, dir);
  }
  // Sorting within each root keeps folders in the order given and paths in a stable order.
  const order = new Map(dirs.map((dir, index) => [dir, index]));
  files.sort(
    (a, b) =>
      (order.get(a.root) ?? dirs.length) - (order.get(b.root) ?? dirs.length) ||
      (a.relative < b.relative ? -1 : a.relative > b.relative ? 1 : 0),
  );
  return { files, errors };
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
 * does not repeat the path (callers pair it with `displayPath` in a FileIssue).
 */
export async function readStoryFile(path: string, _displayPath?: string): Promise<StoryFileText> {
  try {
    const info = await stat(path);
    if (!info.isFile()) return { ok: false, reason: `not a file` };
    if (info.size > MAX_STORY_BYTES)
      return {
        ok: false,
        reason: `file too large (${info.size} bytes; the limit is ${MAX_STORY_BYTES})`,
      };
    return decodeStoryBytes(await readFile(path));
  } catch (error) {
    return { ok: false, reason: `${reasonOf(error)}` };
  }
}

/** `readStoryFile` for callers that cannot wait (worker threads, the command line). */
export function readStoryFileSync(path: string, _displayPath?: string): StoryFileText {
  try {
    const info = statSync(path);
    if (!info.isFile()) return { ok: false, reason: `not a file` };
    if (info.size > MAX_STORY_BYTES)
      return {
        ok: false,
        reason: `file too large (${info.size} bytes; the limit is ${MAX_STORY_BYTES})`,
      };
    return decodeStoryBytes(readFileSync(path));
  } catch (error) {
    return { ok: false, reason: `${reasonOf(error)}` };
  }
}
