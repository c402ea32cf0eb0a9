/**
 * Stories filed more than once with the same text (the same file in two folders, a wire story sent
 * twice): one story to the reader. Grouped once per snapshot by a hash of the text, so a query only
 * looks up whether a story is a later copy.
 */
import { createHash } from 'node:crypto';
import type { SnapshotChange, StorySnapshot } from './snapshot.ts';

interface Copies {
  /** For each story index, the index of the first story with the same text (itself when none is earlier). */
  firstOf: Uint32Array;
  /** Story index → the files of every story with its text, for the groups with more than one. */
  files: Map<number, string[]>;
  /** Each story's text hash (base64 of its SHA-1): a reload reuses the kept ones. */
  keys?: string[];
  /** The same hashes as bytes (KEY_BYTES a story), as the parse cache keeps them. */
  keyBytes?: Uint8Array;
}

/** A SHA-1 digest's length. */
const KEY_BYTES = 20;

/** Story i's text hash from the hashes as bytes. */
function keyAt(bytes: Uint8Array, i: number): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset + i * KEY_BYTES, KEY_BYTES).toString('base64');
}

const bySnapshot = new WeakMap<StorySnapshot, Copies>();

/** The copies of a snapshot, grouped on first use (call it at load time, off the path of a question). */
export function copiesOf(snapshot: StorySnapshot, change?: SnapshotChange): Copies {
  let copies = bySnapshot.get(snapshot);
  if (copies) return copies;
  const { stories, order } = snapshot;
  const firstOf = new Uint32Array(stories.length);
  const seen = new Map<string, number>();
  const files = new Map<number, string[]>();
  // After a reload, the stories it kept keep their hashes: only the changed ones are hashed.
  const keys = new Array<string>(stories.length);
  const before = change && bySnapshot.get(change.previous);
  if (before && (before.keys || before.keyBytes)) {
    const changed = new Set(change.changed);
    const keptCount = Math.min(change.previous.stories.length, keys.length);
    for (let i = 0; i < keptCount; i++)
      if (!changed.has(i)) keys[i] = before.keys ? before.keys[i]! : keyAt(before.keyBytes!, i);
    for (const s of change.changed) if (s < keys.length) keys[s] = textKey(snapshot, s);
  } else for (let i = 0; i < keys.length; i++) keys[i] = textKey(snapshot, i);
  // Newest first, so the copy kept is the one lists show first.
  for (const index of order) {
    const key = keys[index]!;
    const first = seen.get(key);
    if (first === undefined) {
      seen.set(key, index);
      firstOf[index] = index;
      continue;
    }
    firstOf[index] = first;
    const list = files.get(first) ?? [stories.fileAt(first)];
    list.push(stories.fileAt(index));
    files.set(first, list);
    files.set(index, list);
  }
  copies = { firstOf, files, keys };
  bySnapshot.set(snapshot, copies);
  return copies;
}

/** The hash of the text that makes two stories the same to a reader: date, headline and body. */
function textKey(snapshot: StorySnapshot, index: number): string {
  const { stories } = snapshot;
  const hash = createHash('sha1').update(stories.dateAt(index) ?? '');
  for (const part of stories.textBytesAt(index)) hash.update('\n').update(part);
  return hash.digest('base64');
}

/** Every story's text hash as bytes, for the parse cache (none when they were never computed). */
export function copyKeyBytes(snapshot: StorySnapshot): Uint8Array | undefined {
  const copies = copiesOf(snapshot);
  if (copies.keyBytes || !copies.keys) return copies.keyBytes;
  const bytes = new Uint8Array(copies.keys.length * KEY_BYTES);
  copies.keys.forEach((key, i) => {
    bytes.set(Buffer.from(key, 'base64'), i * KEY_BYTES);
  });
  return bytes;
}

/**
 * Restores the copies of a snapshot from their `firstOf` and text hashes (saved with its indexes in
 * the parse cache), instead of hashing the text of every story again.
 */
export function restoreCopies(snapshot: StorySnapshot, firstOf: Uint32Array, keyBytes?: Uint8Array): void {
  const { stories } = snapshot;
  const files = new Map<number, string[]>();
  for (const index of snapshot.order) {
    const first = firstOf[index]!;
    if (first === index) continue;
    const list = files.get(first) ?? [stories.fileAt(first)];
    list.push(stories.fileAt(index));
    files.set(first, list);
    files.set(index, list);
  }
  const valid = keyBytes?.length === snapshot.stories.length * KEY_BYTES;
  bySnapshot.set(snapshot, { firstOf, files, ...(valid ? { keyBytes } : {}) });
}

/** Whether a story is a later copy of another story's text. */
export function isCopy(snapshot: StorySnapshot, index: number): boolean {
  return copiesOf(snapshot).firstOf[index] !== index;
}

/** Every file holding a story's text (just its own when it has no copies). */
export function filesOf(snapshot: StorySnapshot, index: number): string[] {
  return copiesOf(snapshot).files.get(index) ?? [snapshot.stories.at(index)!.file];
}
