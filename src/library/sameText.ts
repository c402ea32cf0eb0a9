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
  /** Each story's text hash, when they were computed here (not restored): a reload reuses the kept ones. */
  keys?: string[];
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
  const kept = change && bySnapshot.get(change.previous)?.keys;
  if (kept) {
    for (let i = 0; i < Math.min(kept.length, keys.length); i++) keys[i] = kept[i]!;
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

/**
 * Restores the copies of a snapshot from their `firstOf` (saved with its indexes in the parse cache),
 * instead of hashing the text of every story again.
 */
export function restoreCopies(snapshot: StorySnapshot, firstOf: Uint32Array): void {
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
  bySnapshot.set(snapshot, { firstOf, files });
}

/** Whether a story is a later copy of another story's text. */
export function isCopy(snapshot: StorySnapshot, index: number): boolean {
  return copiesOf(snapshot).firstOf[index] !== index;
}

/** Every file holding a story's text (just its own when it has no copies). */
export function filesOf(snapshot: StorySnapshot, index: number): string[] {
  return copiesOf(snapshot).files.get(index) ?? [snapshot.stories.at(index)!.file];
}
