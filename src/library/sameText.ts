/**
 * Stories filed more than once with the same text (the same file in two folders, a wire story sent
 * twice): one story to the reader. Grouped once per snapshot by a hash of the text, so a query only
 * looks up whether a story is a later copy.
 */
import { createHash } from 'node:crypto';
import type { Story } from '../engine/types.ts';
import type { StorySnapshot } from './snapshot.ts';

interface Copies {
  /** For each story index, the index of the first story with the same text (itself when none is earlier). */
  firstOf: Uint32Array;
  /** Story index → the files of every story with its text, for the groups with more than one. */
  files: Map<number, string[]>;
}

const bySnapshot = new WeakMap<StorySnapshot, Copies>();

/** The text that makes two stories the same to a reader: date, headline and body. */
function textOf(story: Story): string {
  return `${story.date ?? ''}\n${story.headline}\n${(story.paragraphs ?? [story.summary]).join('\n')}`;
}

/** Each story's text hash, kept while the story is: a reload hashes only the stories it changed. */
const keys = new WeakMap<Story, string>();

function keyOf(story: Story): string {
  let key = keys.get(story);
  if (key === undefined) {
    key = createHash('sha1').update(textOf(story)).digest('base64');
    keys.set(story, key);
  }
  return key;
}

/** The copies of a snapshot, grouped on first use (call it at load time, off the path of a question). */
export function copiesOf(snapshot: StorySnapshot): Copies {
  let copies = bySnapshot.get(snapshot);
  if (copies) return copies;
  const { stories, order } = snapshot;
  const firstOf = new Uint32Array(stories.length);
  const seen = new Map<string, number>();
  const files = new Map<number, string[]>();
  // Newest first, so the copy kept is the one lists show first.
  for (const index of order) {
    const story = stories[index]!;
    const key = keyOf(story);
    const first = seen.get(key);
    if (first === undefined) {
      seen.set(key, index);
      firstOf[index] = index;
      continue;
    }
    firstOf[index] = first;
    const list = files.get(first) ?? [stories[first]!.file];
    list.push(story.file);
    files.set(first, list);
    files.set(index, list);
  }
  copies = { firstOf, files };
  bySnapshot.set(snapshot, copies);
  return copies;
}

/** Whether a story is a later copy of another story's text. */
export function isCopy(snapshot: StorySnapshot, index: number): boolean {
  return copiesOf(snapshot).firstOf[index] !== index;
}

/** Every file holding a story's text (just its own when it has no copies). */
export function filesOf(snapshot: StorySnapshot, index: number): string[] {
  return copiesOf(snapshot).files.get(index) ?? [snapshot.stories[index]!.file];
}
