/**
 * Stories added as the newest patch the speaker directory instead of rebuilding it: every lookup comes
 * out as a build from every story makes it. Real stories: PolNeAR's (many speakers, names merged and
 * shared), read from ../shared.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { StorySnapshot } from '../../src/library/snapshot.ts';
import { buildSpeakerDirectory, type SpeakerDirectory, wordGroupsOf } from '../../src/library/speakers.ts';
import { StoryLibrary } from '../../src/library/storyLibrary.ts';
import { makeStoryFolder, REPO_ROOT, type StoryFolder } from '../helpers/storyFolder.ts';

const POLNEAR = join(REPO_ROOT, '../shared/corpora/polnear/train/stories');
const present = existsSync(POLNEAR);
if (!present) console.warn(`speakerPatch.test.ts: ${POLNEAR} is absent, the directory patch is not tested`);

/** PolNeAR's stories in name order, from `from`, `count` of them. */
function stories(from: number, count: number): Array<[string, string]> {
  return readdirSync(POLNEAR)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .slice(from, from + count)
    .map((name) => [name, readFileSync(join(POLNEAR, name), 'utf8')]);
}

const REUTERS = join(REPO_ROOT, '../shared/corpora/reuters21578/stories');

/** Reuters' stories in name order, from `from`, `count` of them (empty when absent). */
function reuters(from: number, count: number): Array<[string, string]> {
  if (!existsSync(REUTERS)) return [];
  return readdirSync(REUTERS)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .slice(from, from + count)
    .map((name) => [name, readFileSync(join(REUTERS, name), 'utf8')]);
}

/** A story dated after every other (`date 2031-…`), so that it is the newest. */
const newest = (text: string, day: number) =>
  text.replace(
    /^date \d{4}-\d\d-\d\d/,
    `date 2031-${String(1 + Math.floor(day / 28)).padStart(2, '0')}-${String(1 + (day % 28)).padStart(2, '0')}`,
  );

/** Every lookup of a directory, by entry name where a lookup holds entries. */
function lookups(directory: SpeakerDirectory) {
  const names = (indexes: Iterable<number>) => [...indexes].map((i) => directory.entries[i]!.name);
  const fuzzy = ['trmp', 'hilary clinton', 'obma', 'sanders', 'ryn', 'mcconel'].map((query) =>
    directory.fuse.search(query, { limit: 10 }).map((hit) => [hit.item.key, hit.item.entry, hit.score]),
  );
  return {
    entries: directory.entries.map((entry) => ({ ...entry, quotes: [...entry.quotes] })),
    formKeys: directory.formKeys,
    byKey: [...directory.byKey],
    byWord: [...directory.byWord],
    byQuotes: names(directory.byQuotes),
    prefixKeys: directory.prefixKeys,
    byInitial: [...directory.byInitial]
      .map(([initial, list]) => [initial, list.map((entry) => entry.name)])
      .sort(),
    wordGroups: [...wordGroupsOf(directory)].sort(),
    fuzzy,
  };
}

/** The directory a build from every story of the snapshot makes. */
const rebuilt = (snapshot: StorySnapshot) => buildSpeakerDirectory(snapshot.stories, snapshot.rankOf);

/** A library of the folder's stories, with no cache and no workers. */
const openLibrary = (dir: string) =>
  StoryLibrary.open({ dirs: [dir], cacheDir: null, workers: 0, progress: false });

/**
 * The directory after a reload was patched (most entries are the previous directory's own objects, a
 * build makes every one anew), and every lookup is as a build makes it.
 */
function expectPatched(before: StorySnapshot, after: StorySnapshot) {
  const kept = new Set(before.speakers.entries);
  expect(after.speakers.entries.filter((entry) => kept.has(entry)).length).toBeGreaterThan(
    before.speakers.entries.length / 2,
  );
  expect(lookups(after.speakers)).toEqual(lookups(rebuilt(after)));
}

let folder: StoryFolder | undefined;
afterEach(() => folder?.cleanup());

describe.skipIf(!present)('stories added as the newest patch the speaker directory', () => {
  it('each lookup as a build makes it, the entries none of them touch kept as they were', async () => {
    folder = makeStoryFolder({ copyRepoStories: false, files: Object.fromEntries(stories(0, 240)) });
    const library = await openLibrary(folder.dir);
    const first = library.snapshot;
    expect(first.speakers.entries.length).toBeGreaterThan(300);
    // Twice: the second patch starts from a patched directory.
    let day = 1;
    /** Rounds whose lookups were patched in place: some lists by name are the previous ones. */
    let inPlace = 0;
    // Copies of stories already in the set (new files, the same speakers) as well as new ones.
    const copies = (from: number, count: number) =>
      stories(from, count).map(([name, text]): [string, string] => [`copy-${name}`, text]);
    for (const batch of [
      stories(240, 12),
      copies(0, 6),
      stories(252, 25),
      copies(100, 10),
      stories(277, 3),
      stories(280, 1),
      [...copies(10, 3), ...stories(281, 5)],
    ]) {
      const before = library.snapshot;
      for (const [name, text] of batch) folder.write(`added-${name}`, newest(text, day++));
      const report = await library.reload();
      expect(report.added).toHaveLength(batch.length);
      const after = library.snapshot;
      // Patched: most entries are the previous directory's own objects (a build makes every one anew).
      const kept = new Set(before.speakers.entries);
      const same = after.speakers.entries.filter((entry) => kept.has(entry)).length;
      expect(same).toBeGreaterThan(before.speakers.entries.length / 2);
      expect(same).toBeLessThan(after.speakers.entries.length);
      expect(lookups(after.speakers)).toEqual(lookups(rebuilt(after)));
      const lists = new Set(before.speakers.byKey.values());
      if ([...after.speakers.byKey.values()].some((list) => lists.has(list))) inPlace++;
    }
    expect(inPlace).toBeGreaterThan(0);
  });

  it('a name the added stories make shared, or merge into another, comes out as a build makes it', async () => {
    folder = makeStoryFolder({
      copyRepoStories: false,
      files: {
        ...Object.fromEntries(stories(300, 60)),
        'quill.txt':
          'date 1987-03-02 LONDON, March 2 - Cocoa traders met in London.\n' +
          '    "Cocoa stocks are too high," said John Quillfeather, a trader.\n' +
          '    "Prices will fall," said Treasury Secretary James Baker.\n',
        'quill2.txt':
          'date 1987-03-05 LONDON, March 5 - Cocoa stocks rose again.\n' +
          '    "Demand is weak," Quillfeather told reporters.\n',
      },
    });
    const library = await openLibrary(folder.dir);
    const before = library.snapshot;
    expect(before.speakers.byKey.get('quillfeather')).toHaveLength(1);
    folder.write(
      'quills.txt',
      'date 2031-02-01 LONDON, Feb 1 - Coffee traders met in London.\n' +
        '    "Coffee prices will recover," said Adam Quillfeather, an analyst.\n' +
        '    "Rates will stay where they are," said James Baker.\n' +
        '    "Nothing is agreed," said Baker.\n',
    );
    await library.reload();
    const after = library.snapshot;
    expect(after.speakers.entries.find((entry) => entry.name === 'Quillfeather')?.ambiguousWith).toEqual(
      expect.arrayContaining(['John Quillfeather', 'Adam Quillfeather']),
    );
    expectPatched(before, after);
  });

  it('copies of stories already in the set, as a folder of replicated stories gets them', async () => {
    const base = [...stories(600, 40), ...reuters(0, 400)];
    folder = makeStoryFolder({ copyRepoStories: false, files: Object.fromEntries(base) });
    const library = await openLibrary(folder.dir);
    let day = 1;
    for (const from of [0, 10, 20]) {
      const before = library.snapshot;
      for (const [name, text] of base.slice(from, from + 10))
        folder.write(`copy-${from}-${name}`, newest(text, day++));
      await library.reload();
      const after = library.snapshot;
      expectPatched(before, after);
    }
  });

  it('after a start from the parse cache, once the files are checked', async () => {
    folder = makeStoryFolder({ copyRepoStories: false, files: Object.fromEntries(stories(400, 150)) });
    const options = { dirs: [folder.dir], cacheDir: folder.cacheDir, workers: 0, progress: false };
    await StoryLibrary.open(options);
    const library = await StoryLibrary.open({ ...options, verifyAfterReady: true });
    expect(library.snapshot.load.restoredIndexes).toBe(true);
    await library.verified;
    const before = library.snapshot;
    for (const [name, text] of stories(550, 10)) folder.write(`added-${name}`, newest(text, 3));
    await library.reload();
    const after = library.snapshot;
    expectPatched(before, after);
  });
});
