import { describe, expect, it } from 'vitest';
import { loadStoryFiles } from '../../src/library/loader.ts';
import { Vocabulary } from '../../src/library/textIndex.ts';
import { makeStoryFolder } from '../helpers/storyFolder.ts';

describe('loadStoryFiles', () => {
  it('stats half the files in a worker thread for a large set, with the same stamps, and reuses them all', async () => {
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
      const again = await load(1, new Map(here.files.map((file) => [file.path, file])));
      expect(again).toMatchObject({ parsed: 0, reused: here.files.length });
    } finally {
      folder.cleanup();
    }
  });
});
