/** A story filed twice with the same text is one story: listed and cited once, with all its files. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storyReply } from '../../src/format/cards.ts';
import { ask } from '../../src/library/ask.ts';
import { findStories } from '../../src/library/queries/stories.ts';
import { filesOf, isCopy } from '../../src/library/sameText.ts';
import type { StorySnapshot } from '../../src/library/snapshot.ts';
import { StoryLibrary } from '../../src/library/storyLibrary.ts';
import { makeStoryFolder, snapshotOf } from '../helpers/storyFolder.ts';

let snapshot: StorySnapshot;
let cleanup: () => void;

const TEXT =
  'date 1987-03-02 LIMA, March 2 - Peru raised fishmeal output in February, officials said.\n' +
  '    "The anchovy catch was the best in years," said Carlos Vega, the fisheries minister.\n';

beforeAll(async () => {
  ({ snapshot, cleanup } = await snapshotOf({
    'wire/fishmeal.txt': TEXT,
    'resent/fishmeal_again.txt': TEXT,
    'other.txt': 'date 1987-03-02 LIMA, March 2 - Peru copper exports fell in February.\n',
  }));
});

afterAll(() => cleanup());

/** A folder with one story filed twice, another story, and `more`. */
const copiesFolder = (more: Record<string, string> = {}) =>
  makeStoryFolder({
    copyRepoStories: false,
    files: {
      'wire/fishmeal.txt': TEXT,
      'resent/fishmeal_again.txt': TEXT,
      'other.txt': TEXT.replace('fishmeal', 'copper'),
      ...more,
    },
  });

describe('stories with the same text', () => {
  it('are listed once, with every file they are in', () => {
    const found = findStories(snapshot, { place: 'Lima' });
    expect(found.total).toBe(2);
    const index = snapshot.byId.get(found.results.find((r) => /fishmeal/.test(r.id))!.id)!;
    expect(filesOf(snapshot, index).sort()).toEqual(['resent/fishmeal_again.txt', 'wire/fishmeal.txt']);
    expect([...snapshot.stories].filter((_, i) => isCopy(snapshot, i))).toHaveLength(1);
    const card = storyReply(snapshot.stories.at(index)!, { files: filesOf(snapshot, index) });
    expect(JSON.stringify(card.pages[0])).toContain('resent/fishmeal_again.txt');
  });

  it('are cited once', () => {
    const answer = ask(snapshot, 'what did Carlos Vega say?');
    expect(answer.citations).toHaveLength(1);
  });

  it('are grouped after a reload as a fresh load groups them: a copy edited apart, a story edited into a copy', async () => {
    const folder = copiesFolder({
      'later.txt': TEXT.replace('1987-03-02', '1987-03-09'),
      // Enough other stories for the edits below to be patched in rather than built anew.
      ...Object.fromEntries(
        Array.from({ length: 6 }, (_, i) => [`filler${i}.txt`, TEXT.replace('fishmeal', `tin ${i}`)]),
      ),
    });
    try {
      const open = () =>
        StoryLibrary.open({ dirs: [folder.dir], cacheDir: null, workers: 0, progress: false });
      const library = await open();
      const groups = (s: StorySnapshot) =>
        [...s.stories]
          .map((story, i) => `${story.id}: ${isCopy(s, i)} ${filesOf(s, i).sort().join(' ')}`)
          .sort();
      const edits: Array<Record<string, string>> = [
        { 'wire/fishmeal.txt': TEXT.replace('best', 'worst') },
        {
          'other.txt': TEXT.replace('best', 'worst'),
          'resent/fishmeal_again.txt': TEXT.replace('best', 'worst'),
        },
      ];
      for (const edit of edits) {
        for (const [name, text] of Object.entries(edit)) writeFileSync(join(folder.dir, name), text);
        await library.reload();
        expect(library.snapshot.text.changes).toBeDefined();
        expect(groups(library.snapshot)).toEqual(groups((await open()).snapshot));
      }
      // Three stories hold one text now, the newest kept.
      expect([...library.snapshot.stories].filter((_, i) => isCopy(library.snapshot, i))).toHaveLength(2);
    } finally {
      folder.cleanup();
    }
  });

  it('are known again on a start from the parse cache, without hashing every story', async () => {
    const folder = copiesFolder();
    try {
      const open = () =>
        StoryLibrary.open({ dirs: [folder.dir], cacheDir: folder.cacheDir, workers: 0, progress: false });
      const cold = (await open()).snapshot;
      const warm = (await open()).snapshot;
      expect(warm.load.restoredIndexes).toBe(true);
      const fishmeal = warm.byId.get('fishmeal')!;
      expect(filesOf(warm, fishmeal).sort()).toEqual(['resent/fishmeal_again.txt', 'wire/fishmeal.txt']);
      const copies = (s: StorySnapshot) => [...s.stories].map((_, i) => isCopy(s, i));
      expect(copies(warm)).toEqual(copies(cold));
      expect(copies(warm).filter(Boolean)).toHaveLength(1);
    } finally {
      folder.cleanup();
    }
  });
});
