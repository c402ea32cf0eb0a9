/**
 * A set's files by path: its list of files with their numbers by path in a StringTable (patched as story
 * numbers by id are), rather than a map of 100,000 path strings beside the list.
 */
import type { CachedFile } from './parseCache.ts';
import { PatchedStoryNumbers, type StoryNumbers } from './storyIds.ts';
import type { StringList } from './stringList.ts';
import { StringTable, StringTableBuilder } from './stringTable.ts';

export class FilesByPath {
  readonly files: readonly CachedFile[];
  /** The number of each file of `files` by its path. */
  readonly numbers: StoryNumbers;

  private constructor(files: readonly CachedFile[], numbers: StoryNumbers) {
    this.files = files;
    this.numbers = numbers;
  }

  /**
   * `files` by their paths (each path once: a listing never gives a path twice); `paths`, the list of
   * their paths in order when there is one (a cache's), is shared rather than copied.
   */
  static of(files: readonly CachedFile[], paths?: StringList): FilesByPath {
    if (paths?.ends.length === files.length) return new FilesByPath(files, StringTable.ofList(paths));
    const numbers = new StringTableBuilder();
    for (let i = 0; i < files.length; i++) numbers.add(files[i]!.path, i);
    return new FilesByPath(files, numbers.done());
  }

  /**
   * `files`, the list these are with the paths of `moved` at new numbers (null when gone): the numbers
   * by path patched, not made again.
   */
  patched(files: readonly CachedFile[], moved: ReadonlyMap<string, number | null>): FilesByPath {
    const removed: Array<[string, number]> = [];
    const added: Array<[string, number]> = [];
    for (const [path, number] of moved) {
      const before = this.numbers.get(path);
      if (before !== undefined) removed.push([path, before]);
      if (number !== null) added.push([path, number]);
    }
    const numbers = PatchedStoryNumbers.patch(this.numbers, removed, added);
    return numbers ? new FilesByPath(files, numbers) : FilesByPath.of(files);
  }

  get size(): number {
    return this.files.length;
  }

  get(path: string): CachedFile | undefined {
    const number = this.numbers.get(path);
    return number === undefined ? undefined : this.files[number];
  }

  numberOf(path: string): number | undefined {
    return this.numbers.get(path);
  }

  /** The file of a number (its place in `files`). */
  at(number: number): CachedFile | undefined {
    return this.files[number];
  }

  values(): Iterable<CachedFile> {
    return this.files;
  }

  *keys(): Iterable<string> {
    for (const file of this.files) yield file.path;
  }
}
