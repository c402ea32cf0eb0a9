import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchFolderTree } from '../../src/library/folderWatch.ts';

const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

function watched(setUp?: (dir: string) => void) {
  const dir = mkdtempSync(join(tmpdir(), 'newsbot-watch-'));
  setUp?.(dir);
  let changes = 0;
  let waiting: (() => void) | null = null;
  const stop = watchFolderTree(dir, () => {
    changes++;
    waiting?.();
  });
  cleanups.push(() => {
    stop();
    rmSync(dir, { recursive: true, force: true });
  });
  const changed = () =>
    new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no change reported within 5 s')), 5_000);
      waiting = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  return { dir, changed, changes: () => changes };
}

describe('watchFolderTree', () => {
  it('reports a file written into a folder that already existed, right after it returns', async () => {
    const { dir, changed } = watched((dir) => mkdirSync(join(dir, 'a', 'b'), { recursive: true }));
    const reported = changed();
    writeFileSync(join(dir, 'a', 'b', 'late.txt'), 'date 2016-05-20\nMADRID - A fire.\n');
    await reported;
  });

  it('watches a folder made after it started, and the files written into it', async () => {
    const { dir, changed } = watched();
    const madeFolder = changed();
    mkdirSync(join(dir, 'late'));
    await madeFolder;
    // The new folder's watcher is in place once its parent has reported it.
    await new Promise((resolve) => setTimeout(resolve, 50));
    const wroteFile = changed();
    writeFileSync(join(dir, 'late', 'story.txt'), 'date 2016-05-20\nMADRID - A fire.\n');
    await wroteFile;
  });

  it('leaves out dot-folders (the parse cache may live in the story folder)', async () => {
    const { dir, changes } = watched((dir) => mkdirSync(join(dir, '.cache')));
    writeFileSync(join(dir, '.cache', 'stories.v8'), 'x');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(changes()).toBe(0);
  });

  it('names the changed path inside the folder, and none for a watched folder moved away', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsbot-watch-'));
    mkdirSync(join(dir, 'a', 'b'), { recursive: true });
    const seen: Array<string | undefined> = [];
    const stop = watchFolderTree(dir, (relative) => seen.push(relative));
    cleanups.push(() => {
      stop();
      rmSync(dir, { recursive: true, force: true });
    });
    writeFileSync(join(dir, 'a', 'b', 'story.txt'), 'date 2016-05-20\nMADRID - A fire.\n');
    await vi.waitFor(() => expect(seen).toContain('a/b/story.txt'));
    renameSync(join(dir, 'a', 'b'), join(dir, 'moved'));
    await vi.waitFor(() => expect(seen).toContain(undefined));
  });

  it('throws when the folder cannot be watched', () => {
    expect(() => watchFolderTree(join(tmpdir(), 'newsbot-no-such-folder'), () => {})).toThrow(/ENOENT/);
  });
});
