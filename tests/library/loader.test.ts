import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadStoryFiles } from '../../src/library/loader.ts';
import { ParsePool } from '../../src/library/parsePool.ts';
import { StoryStore } from '../../src/library/storyStore.ts';
import { Vocabulary } from '../../src/library/textIndex.ts';
import { makeStoryFolder } from '../helpers/storyFolder.ts';

describe('loadStoryFiles', () => {
  it('states a large set in worker threads, with the same stamps, and reuses them all', async () => {
    const folder = makeStoryFolder();
    try {
      const load = (statInWorkerFrom?: number, known = new Map()) =>
        loadStoryFiles({
          dirs: [folder.dir],
          vocabulary: new Vocabulary(),
          known,
          knownByHash: () => new Map(),
          workers: 0,
          ...(statInWorkerFrom === undefined ? {} : { statInWorkerFrom }),
        });
      const here = await load();
      const split = await load(1);
      const stamps = (files: typeof here.files) =>
        files.map(({ path, size, mtimeMs, ctimeMs, ino }) => ({ path, size, mtimeMs, ctimeMs, ino }));
      expect(here.files.length).toBeGreaterThan(4);
      expect(stamps(split.files)).toEqual(stamps(here.files));
      const known = new Map(here.files.map((file) => [file.path, file]));
      // Known files as many as the threshold start the workers before the listing, which uses them.
      const again = await load(1, known);
      expect(again).toMatchObject({ parsed: 0, reused: here.files.length });
      // Fewer files listed than the known ones said: the workers started ahead are ended, the files
      // stated here.
      const fewer = await load(here.files.length + 1, new Map([...known, ['/gone/a.txt', here.files[0]!]]));
      expect(fewer).toMatchObject({ parsed: 0, reused: here.files.length });
      expect(stamps(fewer.files)).toEqual(stamps(here.files));
    } finally {
      folder.cleanup();
    }
  });

  it("takes in the workers' stories as they come back: the same files, term ids and failures, in order, as inline", async () => {
    const folder = makeStoryFolder();
    for (let i = 0; i < 150; i++)
      folder.write(
        `extra-${String(i).padStart(3, '0')}.txt`,
        `date 2015-01-${String((i % 28) + 1).padStart(2, '0')}\nLONDON, Jan 5 (Reuters) - Word${i} rose ${i} pct, ` +
          `chairman John Smith${i} said. "It was a good year for item${i}," he said.\n`,
      );
    // A story filed twice, under two names: parsed once in the workers, the same as each parsed inline.
    folder.write('extra-010b.txt', readFileSync(join(folder.dir, 'extra-010.txt'), 'utf8'));
    folder.write('extra-050-empty.txt', '');
    folder.write('extra-120-binary.txt', 'date 2015-01-01\nA\u0000B\n');
    const pool = new ParsePool(2, { idleMs: 0 });
    try {
      const load = async (workers: number) => {
        const vocabulary = new Vocabulary();
        const outcome = await loadStoryFiles({
          dirs: [folder.dir],
          vocabulary,
          known: new Map(),
          knownByHash: () => new Map(),
          workers,
          pool,
        });
        return { outcome, vocabulary };
      };
      // Each file's terms and counts by word; and the ids as given.
      const view = ({ outcome, vocabulary }: Awaited<ReturnType<typeof load>>, byWord: boolean) => ({
        files: outcome.files.map((file) => ({
          path: file.path,
          id: file.story.id,
          // Parsed here, an object; from a worker, its own columns: the same story either way.
          story: StoryStore.of([file.story]).at(0),
          terms: [...file.vector!.ids]
            .map((id, k) => `${byWord ? vocabulary.terms[id] : id}:${file.vector!.counts[k]}`)
            .sort(),
        })),
        failed: outcome.failed,
      });
      const inline = await load(0);
      const pooled = await load(2);
      expect(inline.outcome.files.length).toBeGreaterThan(150);
      expect(inline.outcome.failed.map((failure) => failure.reason)).toEqual([
        'empty file',
        expect.stringContaining('binary file'),
      ]);
      expect(view(pooled, true)).toEqual(view(inline, true));
      // Stories are taken in in job order whichever worker is first: the same ids from run to run.
      const again = await load(2);
      expect(again.vocabulary.terms).toEqual(pooled.vocabulary.terms);
      expect(view(again, false)).toEqual(view(pooled, false));
    } finally {
      await pool.close();
      folder.cleanup();
    }
  });
});
