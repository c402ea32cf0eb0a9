import { describe, expect, it } from 'vitest';
import { FilesByPath } from '../../src/library/filesByPath.ts';
import type { CachedFile } from '../../src/library/parseCache.ts';
import { stringList } from '../../src/library/stringList.ts';

const fileAt = (path: string): CachedFile => ({
  path,
  size: path.length,
  mtimeMs: 1,
  ctimeMs: 1,
  ino: 1,
  sha1: path,
  story: { id: path, file: path } as CachedFile['story'],
  warnings: [],
});

describe('FilesByPath', () => {
  const files = Array.from({ length: 50 }, (_, i) => fileAt(`/stories/story-${i}.txt`));

  it('finds each file by its path, with or without the list of paths it was read with', () => {
    for (const known of [
      FilesByPath.of(files),
      FilesByPath.of(files, stringList(files.map((f) => f.path))),
    ]) {
      expect(known.size).toBe(50);
      expect(known.get('/stories/story-7.txt')).toBe(files[7]);
      expect(known.get('/stories/story-50.txt')).toBeUndefined();
      expect([...known.keys()]).toEqual(files.map((file) => file.path));
    }
  });

  it('patched with the paths that moved, answers as a map of the new list', () => {
    // story-3 removed (the last, story-49, takes its number), one added at the end, story-5 edited in place.
    const next = files.slice();
    next[3] = files[49]!;
    next.pop();
    next.push(fileAt('/stories/new.txt'));
    next[5] = { ...files[5]!, sha1: 'edited' };
    const moved = new Map<string, number | null>([
      ['/stories/story-3.txt', null],
      ['/stories/story-49.txt', 3],
      ['/stories/new.txt', 49],
    ]);
    const patched = FilesByPath.of(files).patched(next, moved);
    const expected = new Map(next.map((file) => [file.path, file]));
    expect(patched.size).toBe(expected.size);
    for (const path of [...files.map((file) => file.path), '/stories/new.txt'])
      expect(patched.get(path)).toBe(expected.get(path));
  });
});
