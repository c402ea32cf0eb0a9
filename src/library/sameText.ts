/**
 * Stories filed more than once with the same text (the same file in two folders, a wire story sent
 * twice): one story to the reader. Grouped once per snapshot by a hash of the text, so a query only
 * looks up whether a story is a later copy.
 */
import { createHash } from 'node:crypto';
import { ITEMS_PER_STEP, runInSlices, runNow, type Steps } from './slices.ts';
import type { SnapshotChange, StorySnapshot } from './snapshot.ts';

interface Copies {
  /** For each story index, the index of the first story with the same text (itself when none is earlier). */
  firstOf: Uint32Array;
  /** Story index → the files of every story with its text, for the groups with more than one. */
  readonly files: Map<number, string[]>;
  /** Each story's text hash (SHA-1, KEY_BYTES a story), as the parse cache keeps them: a reload reuses the kept ones. */
  keyBytes?: Uint8Array;
}

/** A SHA-1 digest's length. */
const KEY_BYTES = 20;

const bySnapshot = new WeakMap<StorySnapshot, Copies>();

/** The copies of a snapshot, grouped on first use (call it at load time, off the path of a question). */
export function copiesOf(snapshot: StorySnapshot, change?: SnapshotChange): Copies {
  let copies = bySnapshot.get(snapshot);
  if (copies) return copies;
  copies = runNow(copiesSteps(snapshot, change));
  bySnapshot.set(snapshot, copies);
  return copies;
}

/** Groups the copies of a snapshot in slices (see slices.ts), as a reload does before its swap. */
export async function prepareCopies(snapshot: StorySnapshot, change?: SnapshotChange): Promise<void> {
  if (bySnapshot.has(snapshot)) return;
  const copies = await runInSlices(copiesSteps(snapshot, change));
  if (!bySnapshot.has(snapshot)) bySnapshot.set(snapshot, copies);
}

function* copiesSteps(snapshot: StorySnapshot, change?: SnapshotChange): Steps<Copies> {
  const before = change && bySnapshot.get(change.previous);
  if (change && before?.keyBytes) return yield* patchedCopies(snapshot, change, before.keyBytes, before);
  const { stories, order } = snapshot;
  const firstOf = new Uint32Array(stories.length);
  const seen = new Map<string, number>();
  const files = new Map<number, string[]>();
  const keyBytes = new Uint8Array(stories.length * KEY_BYTES);
  const keys = new Array<string>(stories.length);
  for (let i = 0; i < keys.length; i++) {
    const digest = yield* textDigest(snapshot, i);
    keyBytes.set(digest, i * KEY_BYTES);
    keys[i] = digest.toString('base64');
  }
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
  return { firstOf, files, keyBytes };
}

/**
 * The hash of the text that makes two stories the same to a reader: date, headline and body. A step
 * every few hundred paragraphs, and every few hundred stories.
 */
function* textDigest(snapshot: StorySnapshot, index: number): Steps<Buffer> {
  const { stories } = snapshot;
  const hash = createHash('sha1').update(stories.dateAt(index) ?? '');
  let parts = 0;
  for (const part of stories.textBytesAt(index)) {
    hash.update('\n').update(part);
    if ((++parts & (ITEMS_PER_STEP * 4 - 1)) === 0) yield;
  }
  if ((index & (ITEMS_PER_STEP - 1)) === 0) yield;
  return hash.digest();
}

/**
 * The copies after a reload, from those before: only the changed stories are hashed, and only the
 * groups their old and new texts were or are in are made again (their other members found in one
 * pass over the hashes as bytes, by their first four bytes); every other story keeps its first.
 */
function* patchedCopies(
  snapshot: StorySnapshot,
  change: SnapshotChange,
  beforeKeys: Uint8Array,
  before: Copies,
): Steps<Copies> {
  const { stories, rankOf } = snapshot;
  const n = stories.length;
  const previousCount = change.previous.stories.length;
  const kept = Math.min(n, previousCount);
  const keyBytes = new Uint8Array(n * KEY_BYTES);
  keyBytes.set(beforeKeys.subarray(0, kept * KEY_BYTES));
  const firstOf = new Uint32Array(n);
  firstOf.set(before.firstOf.subarray(0, kept));
  const files = new Map(before.files);
  const changed = [...new Set(change.changed)];
  /** The texts whose groups are made again, by their hash's first four bytes. */
  const touched = new Map<number, Uint8Array[]>();
  const touch = (key: Uint8Array) => {
    const prefix = new DataView(key.buffer, key.byteOffset, KEY_BYTES).getUint32(0);
    const list = touched.get(prefix) ?? [];
    if (!list.some((other) => Buffer.compare(other, key) === 0)) list.push(key);
    touched.set(prefix, list);
  };
  for (const s of changed) {
    files.delete(s);
    if (s < previousCount) touch(beforeKeys.subarray(s * KEY_BYTES, (s + 1) * KEY_BYTES));
    if (s < n) {
      keyBytes.set(yield* textDigest(snapshot, s), s * KEY_BYTES);
      touch(keyBytes.subarray(s * KEY_BYTES, (s + 1) * KEY_BYTES));
    }
  }
  const groups = new Map<Uint8Array, number[]>();
  const view = new DataView(keyBytes.buffer, keyBytes.byteOffset, keyBytes.byteLength);
  for (let s = 0; s < n && touched.size > 0; s++) {
    // A cheap look at the first four bytes before the exact comparison.
    const list = touched.get(view.getUint32(s * KEY_BYTES));
    if (!list) continue;
    const key = keyBytes.subarray(s * KEY_BYTES, (s + 1) * KEY_BYTES);
    const group = list.find((other) => Buffer.compare(other, key) === 0);
    if (!group) continue;
    const members = groups.get(group);
    if (members) members.push(s);
    else groups.set(group, [s]);
  }
  for (const members of groups.values()) {
    // Newest first, so the copy kept is the one lists show first.
    members.sort((a, b) => rankOf[a]! - rankOf[b]!);
    for (const s of members) firstOf[s] = members[0]!;
    const list = members.length > 1 ? members.map((s) => stories.fileAt(s)) : null;
    for (const s of members)
      if (list) files.set(s, list);
      else files.delete(s);
  }
  return { firstOf, files, keyBytes };
}

/** Every story's text hash as bytes, for the parse cache (none when they were never computed). */
export function copyKeyBytes(snapshot: StorySnapshot): Uint8Array | undefined {
  return copiesOf(snapshot).keyBytes;
}

/**
 * Restores the copies of a snapshot from their `firstOf` and text hashes (saved with its indexes in
 * the parse cache), instead of hashing the text of every story again.
 */
export function restoreCopies(snapshot: StorySnapshot, firstOf: Uint32Array, keyBytes?: Uint8Array): void {
  // The files of each group are listed when first asked for: a start from the cache is ready sooner.
  let files: Map<number, string[]> | undefined;
  const valid = keyBytes?.length === snapshot.stories.length * KEY_BYTES;
  bySnapshot.set(snapshot, {
    firstOf,
    get files() {
      files ??= filesOfGroups(snapshot, firstOf);
      return files;
    },
    ...(valid ? { keyBytes } : {}),
  });
}

/** Story index → the files of its group, for the stories in a group of more than one, newest first. */
function filesOfGroups(snapshot: StorySnapshot, firstOf: Uint32Array): Map<number, string[]> {
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
  return files;
}

/** Whether a story is a later copy of another story's text. */
export function isCopy(snapshot: StorySnapshot, index: number): boolean {
  return copiesOf(snapshot).firstOf[index] !== index;
}

/** Every file holding a story's text (just its own when it has no copies). */
export function filesOf(snapshot: StorySnapshot, index: number): string[] {
  return copiesOf(snapshot).files.get(index) ?? [snapshot.stories.at(index)!.file];
}
