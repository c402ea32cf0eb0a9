import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ask } from '../../src/library/ask.ts';
import {
  findQuotes,
  findStories,
  LoadError,
  listSpeakers,
  StoryLibrary,
  type StorySnapshot,
  suggestStories,
  summarizeStory,
} from '../../src/library/index.ts';
import { cacheFileFor, readCache } from '../../src/library/parseCache.ts';
import { parserVersion } from '../../src/library/parserVersion.ts';
import type { ReloadReport } from '../../src/library/results.ts';
import { queryTermIds } from '../../src/library/textIndex.ts';

const temps: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'newsbot-library-'));
  temps.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const cities = ['PARIS', 'LONDON', 'TOKYO', 'BOGOTA', 'NAIROBI', 'MADRID'];
const topics = [
  'coffee exports',
  'cocoa prices',
  'oil output',
  'wheat harvest',
  'steel tariffs',
  'gold reserves',
];

function storyText(i: number, extra = ''): string {
  const city = cities[i % cities.length]!;
  const topic = topics[i % topics.length]!;
  const day = String((i % 28) + 1).padStart(2, '0');
  return (
    `date 1987-03-${day} ${city}, March ${Number(day)} - Officials reported new figures on ${topic} ` +
    `on Tuesday in story number ${i}.\n    "We expect ${topic} to improve," minister Carlos Mendez said.\n` +
    `    The figures covered the first quarter.${extra}\n`
  );
}

function writeStories(dir: string, count: number, from = 0): void {
  for (let i = from; i < from + count; i++)
    writeFileSync(join(dir, `story-${String(i).padStart(4, '0')}.txt`), storyText(i));
}

/** Rounds of edits, additions, removals and a rename, each followed by a reload in the tests. */
function partialReloadRounds(dir: string): Array<() => void> {
  const file = (name: string) => join(dir, name);
  return [
    () => {
      writeFileSync(file('story-0003.txt'), storyText(3, ' A zeppelin landed in the harbour.'));
      writeStories(dir, 2, 100);
    },
    () => {
      rmSync(file('story-0007.txt'));
      renameSync(file('story-0010.txt'), file('renamed-0010.txt'));
      writeFileSync(file('story-0003.txt'), storyText(3, ' The zeppelin left the harbour again.'));
    },
    () => {
      rmSync(file('story-0100.txt'));
      writeFileSync(file('story-0020.txt'), storyText(20, ' Cocoa prices fell sharply, traders said.'));
      writeStories(dir, 1, 200);
    },
    () => {
      // Re-dated: one story to another month, one to another day (the ranks of the stories between move).
      writeFileSync(file('story-0005.txt'), storyText(5).replace('date 1987-03-06', 'date 1987-04-02'));
      writeFileSync(file('story-0011.txt'), storyText(11).replace('date 1987-03-12', 'date 1987-03-27'));
      writeFileSync(file('broken.txt'), '');
    },
    () => {
      // The broken file is still said to be broken, by a reload that did not look at it again.
      writeStories(dir, 1, 300);
      rmSync(file('story-0001.txt'));
    },
  ];
}

/** What a partial reload must answer as a fresh load of the same files does. */
function answersOf(snapshot: StorySnapshot) {
  return {
    topics: ['cocoa prices', 'zeppelin harbour', 'wheat', 'story number 10'].map(
      (topic) => findStories(snapshot, { topic, limit: 50 }).results,
    ),
    dates: ['March 1987', 'April 1987', 'March 27 1987'].map(
      (date) => findStories(snapshot, { date, limit: 100 }).results,
    ),
    places: ['Paris', 'Tokyo'].map((place) => findStories(snapshot, { place, limit: 100 }).results),
    quotes: findQuotes(snapshot, { speaker: 'Carlos Mendez', about: 'cocoa', limit: 50 }).results,
    asked: [
      'what landed in the harbour?',
      'who expects cocoa prices to improve?',
      'what did mendez say about oil output',
      'stories about steel tariffs',
    ].map((question) => ask(snapshot, question)),
    suggested: suggestStories(snapshot, 'zep'),
    // Misspelt words stand for the commonest close term the set holds, new and gone ones included.
    corrected: ['zepelin', 'harbuor', 'landd', 'sharpley', 'tarifs'].map((word) =>
      queryTermIds(snapshot.text, word, { correct: true }).ids.map(
        (id) => snapshot.text.vocabulary.terms[id],
      ),
    ),
    speakers: listSpeakers(snapshot, {}),
    problems: [...snapshot.load.errors, ...snapshot.load.warnings]
      .map((issue) => `${issue.file}: ${issue.reason}`)
      .sort(),
  };
}

/** A library over `count` stories, watched (a short wait), with the reports of its reloads. */
async function watchedLibrary(count: number) {
  const dir = tempDir();
  writeStories(dir, count);
  const library = await StoryLibrary.open({ dirs: [dir], cacheDir: null, workers: 0 });
  const reports: ReloadReport[] = [];
  const stop = library.watch((report) => reports.push(report), 20);
  return { dir, library, reports, stop };
}

/** A library whose next load, once armed, calls `then` as it starts (once its files are listed). */
async function openArmed(dir: string, workers: number, then: (library: StoryLibrary) => void) {
  let armed = false;
  const library: StoryLibrary = await StoryLibrary.open({
    dirs: [dir],
    cacheDir: null,
    workers,
    onProgress: () => {
      if (!armed) return;
      armed = false;
      then(library);
    },
  });
  return {
    library,
    arm: () => {
      armed = true;
    },
  };
}

describe('StoryLibrary', () => {
  it('loads folders recursively and answers from the snapshot', async () => {
    const dir = tempDir();
    writeStories(dir, 6);
    mkdirSync(join(dir, 'more'));
    writeFileSync(join(dir, 'more', 'extra.md'), storyText(7));
    const library = await StoryLibrary.open({ dirs: [dir], cacheDir: null, workers: 0 });
    expect(library.snapshot.stories).toHaveLength(7);
    expect([...library.snapshot.stories].map((s) => s.file)).toContain('more/extra.md');
    const stats = library.stats();
    expect(stats).toMatchObject({ stories: 7, from: '1987-03-01', to: '1987-03-08' });
    expect(findStories(library.snapshot, { topic: 'cocoa' }).total).toBeGreaterThan(0);
    expect(library.check().errors).toEqual([]);
  });

  it('refuses a missing folder with a clear LoadError', async () => {
    await expect(StoryLibrary.open({ dirs: [join(tempDir(), 'nope')], cacheDir: null })).rejects.toThrow(
      LoadError,
    );
    await expect(StoryLibrary.open({ dirs: [join(tempDir(), 'nope')], cacheDir: null })).rejects.toThrow(
      /does not exist/,
    );
  });

  it('reports broken files and keeps loading the others', async () => {
    const dir = tempDir();
    writeStories(dir, 3);
    writeFileSync(join(dir, 'binary.txt'), Buffer.from([0, 1, 2, 3, 0, 0]));
    writeFileSync(join(dir, 'empty.txt'), '');
    const library = await StoryLibrary.open({ dirs: [dir], cacheDir: null, workers: 0 });
    expect(library.snapshot.stories).toHaveLength(3);
    const failed = library
      .check()
      .errors.map((issue) => issue.file)
      .sort();
    expect(failed).toEqual(['binary.txt', 'empty.txt']);
  });

  it('reloads: added, changed, removed, and a broken file keeps its last good version', async () => {
    const dir = tempDir();
    writeStories(dir, 4);
    const library = await StoryLibrary.open({ dirs: [dir], cacheDir: null, workers: 0 });
    const before = library.snapshot;
    writeStories(dir, 1, 10);
    writeFileSync(join(dir, 'story-0001.txt'), storyText(1, ' A new zeppelin landed.'));
    rmSync(join(dir, 'story-0002.txt'));
    writeFileSync(join(dir, 'story-0003.txt'), Buffer.from([0, 0, 0, 1]));
    const report = await library.reload();
    expect(report.error).toBeNull();
    expect(report.added).toEqual(['story-0010.txt']);
    expect(report.changed).toEqual(['story-0001.txt']);
    expect(report.removed).toEqual(['story-0002.txt']);
    expect(report.failed.map((f) => f.file)).toEqual(['story-0003.txt']);
    expect(report.failed[0]!.reason).toMatch(/binary/);
    expect(report.stories).toBe(4);
    const ids = [...library.snapshot.stories].map((s) => s.id).sort();
    expect(ids).toEqual(['story-0000', 'story-0001', 'story-0003', 'story-0010']);
    expect(findStories(library.snapshot, { topic: 'zeppelin' }).total).toBe(1);
    // The old snapshot is untouched.
    expect(before.stories).toHaveLength(4);
    expect(findStories(before, { topic: 'zeppelin' }).total).toBe(0);
  });

  it('answers after successive partial reloads (edits, additions, removals, a rename) as a fresh load does', async () => {
    const dir = tempDir();
    writeStories(dir, 40);
    const library = await StoryLibrary.open({ dirs: [dir], cacheDir: null, workers: 0 });
    const rounds = partialReloadRounds(dir);
    for (const round of rounds) {
      round();
      expect((await library.reload()).error).toBeNull();
      // The change is kept beside the indexes' postings until the compaction after the reload.
      expect(library.snapshot.text.changes).toBeDefined();
      const fresh = await StoryLibrary.open({ dirs: [dir], cacheDir: null, workers: 0 });
      expect(answersOf(library.snapshot)).toEqual(answersOf(fresh.snapshot));
    }
    const before = answersOf(library.snapshot);
    await library.flushCache();
    expect(library.snapshot.text.changes).toBeUndefined();
    expect(answersOf(library.snapshot)).toEqual(before);
  });

  it('finds every change in reloads that list the files as the last one did (edits, additions, an edit of a file just added, a touch)', async () => {
    const dir = tempDir();
    writeStories(dir, 40);
    const library = await StoryLibrary.open({ dirs: [dir], cacheDir: null, workers: 0 });
    const file = (name: string) => join(dir, name);
    // No removal until the last round: each reload finds the files where the one before listed them.
    const rounds = [
      () => writeFileSync(file('story-0004.txt'), storyText(4, ' A zeppelin landed in the harbour.')),
      () => writeStories(dir, 2, 100),
      () =>
        writeFileSync(file('story-0101.txt'), storyText(101, ' Cocoa prices fell sharply, traders said.')),
      () => utimesSync(file('story-0004.txt'), new Date(), new Date(Date.UTC(2001, 0, 1))),
      () => {
        writeFileSync(file('story-0004.txt'), storyText(4, ' The zeppelin left the harbour again.'));
        writeFileSync(file('story-0030.txt'), storyText(30, ' Wheat output rose.'));
      },
      () => renameSync(file('story-0012.txt'), file('renamed-0012.txt')),
      () => writeFileSync(file('renamed-0012.txt'), storyText(12, ' Steel tariffs were cut.')),
    ];
    const changedBy: string[][] = [];
    for (const round of rounds) {
      round();
      const report = await library.reload();
      expect(report.error).toBeNull();
      changedBy.push([...report.added, ...report.changed, ...report.removed].sort());
      const fresh = await StoryLibrary.open({ dirs: [dir], cacheDir: null, workers: 0 });
      expect(answersOf(library.snapshot)).toEqual(answersOf(fresh.snapshot));
    }
    expect(changedBy).toEqual([
      ['story-0004.txt'],
      ['story-0100.txt', 'story-0101.txt'],
      ['story-0101.txt'],
      [],
      ['story-0004.txt', 'story-0030.txt'],
      ['renamed-0012.txt', 'story-0012.txt'],
      ['renamed-0012.txt'],
    ]);
  });

  it('reloads from the paths the watcher saw change, answering as a fresh load does', async () => {
    const { dir, library, reports, stop } = await watchedLibrary(40);
    try {
      for (const round of partialReloadRounds(dir)) {
        const from = reports.length;
        round();
        // The round's reloads are done once none has come for a while.
        await vi.waitFor(() => expect(reports.length).toBeGreaterThan(from), { timeout: 5_000 });
        for (let seen = -1; seen !== reports.length; ) {
          seen = reports.length;
          await new Promise((resolve) => setTimeout(resolve, 300));
        }
        for (const report of reports.slice(from)) {
          expect(report.error).toBeNull();
          expect(report.watchedPaths).toBeGreaterThan(0);
        }
        const fresh = await StoryLibrary.open({ dirs: [dir], cacheDir: null, workers: 0 });
        expect(answersOf(library.snapshot)).toEqual(answersOf(fresh.snapshot));
        expect(library.stats().stories).toBe(fresh.stats().stories);
      }
    } finally {
      stop();
    }
  });

  it("does not reload for a file that is never a story (an editor's swap file)", async () => {
    const { dir, reports, stop } = await watchedLibrary(2);
    try {
      writeFileSync(join(dir, '.story-0001.txt.swp'), 'swap');
      writeFileSync(join(dir, 'README.md'), '# stories');
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(reports).toEqual([]);
      writeStories(dir, 1, 50);
      await vi.waitFor(() => expect(reports).toHaveLength(1));
      expect(reports[0]).toMatchObject({ added: ['story-0050.txt'], watchedPaths: expect.any(Number) });
    } finally {
      stop();
    }
  });

  it('lists every file for a reload asked for while one of the watched paths runs, after it', async () => {
    const dir = tempDir();
    writeStories(dir, 4);
    let asked: Promise<ReloadReport> | null = null;
    // Called as the watched reload starts.
    const { library, arm } = await openArmed(dir, 0, (library) => {
      asked = library.reload();
    });
    const watched = new Promise<ReloadReport>((resolve) => {
      const stop = library.watch((report) => {
        stop();
        resolve(report);
      }, 20);
    });
    arm();
    writeStories(dir, 1, 50);
    expect((await watched).watchedPaths).toBeGreaterThan(0);
    expect(asked).not.toBeNull();
    const full = await asked!;
    expect(full.watchedPaths).toBeUndefined();
    expect(full.error).toBeNull();
    expect(library.snapshot.stories).toHaveLength(5);
  });

  it('lists every file when a watched folder is moved away, its files reporting nothing', async () => {
    const dir = tempDir();
    writeStories(dir, 4);
    mkdirSync(join(dir, 'more'));
    for (const name of ['a', 'b'])
      writeFileSync(join(dir, 'more', `${name}.txt`), storyText(name.length + 7));
    const library = await StoryLibrary.open({ dirs: [dir], cacheDir: null, workers: 0 });
    expect(library.snapshot.stories).toHaveLength(6);
    const reported = new Promise<ReloadReport>((resolve) => {
      const stop = library.watch((report) => {
        stop();
        resolve(report);
      }, 20);
    });
    renameSync(join(dir, 'more'), join(tempDir(), 'moved'));
    const report = await reported;
    expect(report.watchedPaths).toBeUndefined();
    expect(report.removed.sort()).toEqual(['more/a.txt', 'more/b.txt']);
    expect(library.snapshot.stories).toHaveLength(4);
  });

  it('keeps the old set when the folder vanishes, and says why', async () => {
    const dir = tempDir();
    const stories = join(dir, 'stories');
    mkdirSync(stories);
    writeStories(stories, 3);
    const library = await StoryLibrary.open({ dirs: [stories], cacheDir: null, workers: 0 });
    rmSync(stories, { recursive: true });
    const report = await library.reload();
    expect(report.error).toMatch(/does not exist/);
    expect(library.snapshot.stories).toHaveLength(3);
    expect(report.stories).toBe(3);
  });

  it('shares one run between concurrent reloads', async () => {
    const dir = tempDir();
    writeStories(dir, 3);
    const library = await StoryLibrary.open({ dirs: [dir], cacheDir: null, workers: 0 });
    writeStories(dir, 2, 20);
    const first = library.reload();
    const second = library.reload();
    expect(second).toBe(first);
    const [a, b] = await Promise.all([first, second]);
    expect(a).toBe(b);
    expect(a.added).toHaveLength(2);
    const third = await library.reload();
    expect(third.added).toEqual([]);
  });

  it('answers consistently while a reload runs: each answer sees the old or the new set', async () => {
    const dir = tempDir();
    writeStories(dir, 30);
    const library = await StoryLibrary.open({ dirs: [dir], cacheDir: null, workers: 0 });
    writeStories(dir, 30, 100);
    const reloading = library.reload();
    const totals = new Set<number>();
    let done = false;
    void reloading.then(() => {
      done = true;
    });
    while (!done) {
      const snapshot = library.snapshot;
      const all = findStories(snapshot, { date: 'March 1987', limit: 100 });
      expect(all.total).toBe(snapshot.stories.length);
      expect(all.results.every((r) => snapshot.byId.has(r.id))).toBe(true);
      totals.add(all.total);
      await new Promise((resolve) => setImmediate(resolve));
    }
    await reloading;
    expect([...totals].every((total) => total === 30 || total === 60)).toBe(true);
    expect(library.snapshot.stories).toHaveLength(60);
  });

  it('reuses the cache on restart and re-parses only what changed', async () => {
    const dir = tempDir();
    const cacheDir = tempDir();
    writeStories(dir, 5);
    const first = await StoryLibrary.open({ dirs: [dir], cacheDir, workers: 0 });
    expect(first.snapshot.load.parsed).toBe(5);
    const second = await StoryLibrary.open({ dirs: [dir], cacheDir, workers: 0 });
    expect(second.snapshot.load).toMatchObject({ parsed: 0, reused: 5, restoredIndexes: true });
    expect(second.snapshot.stories).toEqual(first.snapshot.stories);
    // Restored indexes answer exactly as built ones.
    expect(listSpeakers(second.snapshot)).toEqual(listSpeakers(first.snapshot));
    expect(findStories(second.snapshot, { place: 'Tokyo' })).toEqual(
      findStories(first.snapshot, { place: 'Tokyo' }),
    );
    expect(suggestStories(second.snapshot, 'off')).toEqual(suggestStories(first.snapshot, 'off'));
    expect(summarizeStory(second.snapshot, 'story-0002').summary).toBe(
      summarizeStory(first.snapshot, 'story-0002').summary,
    );
    writeFileSync(join(dir, 'story-0004.txt'), storyText(4, ' Revised.'));
    const third = await StoryLibrary.open({ dirs: [dir], cacheDir, workers: 0 });
    expect(third.snapshot.load).toMatchObject({ parsed: 1, reused: 4, restoredIndexes: false });
  });

  it('served from the cache before the files are checked, then reloads what changed since', async () => {
    const dir = tempDir();
    const cacheDir = tempDir();
    writeStories(dir, 5);
    const cold = await StoryLibrary.open({ dirs: [dir], cacheDir, workers: 0 });
    expect(await cold.verified).toBeNull();
    const warm = await StoryLibrary.open({ dirs: [dir], cacheDir, workers: 0, verifyAfterReady: true });
    expect(warm.snapshot.load).toMatchObject({ parsed: 0, reused: 5, restoredIndexes: true });
    expect(warm.snapshot.stories).toEqual(cold.snapshot.stories);
    expect(listSpeakers(warm.snapshot)).toEqual(listSpeakers(cold.snapshot));
    expect(findStories(warm.snapshot, { place: 'Tokyo' })).toEqual(
      findStories(cold.snapshot, { place: 'Tokyo' }),
    );
    // Answered at once, before the lookups made just after ready are there, as a cold load answers;
    // misspelt names included (the fuzzy indexes are made on first use).
    const misspelt = (snapshot: StorySnapshot) => [
      findQuotes(snapshot, { speaker: 'carlos mendes', limit: 5 }).results,
      findStories(snapshot, { place: 'Tokio', limit: 5 }).results,
    ];
    expect(misspelt(warm.snapshot)).toEqual(misspelt(cold.snapshot));
    expect(misspelt(cold.snapshot).every((results) => results.length > 0)).toBe(true);
    expect(answersOf(warm.snapshot)).toEqual(answersOf(cold.snapshot));
    // Nothing changed: the check keeps the snapshot it served.
    const served = warm.snapshot;
    expect(await warm.verified).toMatchObject({ added: [], changed: [], removed: [], failed: [] });
    expect(warm.snapshot).toBe(served);
    // Nor does a reload after a file is touched without a change (its stat differs, its content not).
    const later = new Date(Date.now() + 60_000);
    utimesSync(join(dir, 'story-0002.txt'), later, later);
    expect(await warm.reload()).toMatchObject({ added: [], changed: [], removed: [], failed: [] });
    expect(warm.snapshot).toBe(served);

    // Edited, added and removed while the bot was down: served as cached at first, then reloaded.
    writeFileSync(join(dir, 'story-0004.txt'), storyText(4, ' Revised later.'));
    writeStories(dir, 1, 40);
    rmSync(join(dir, 'story-0001.txt'));
    writeFileSync(join(dir, 'broken.txt'), '');
    const stale = await StoryLibrary.open({ dirs: [dir], cacheDir, workers: 0, verifyAfterReady: true });
    expect(stale.snapshot.stories).toHaveLength(5);
    // A reload asked for meanwhile is the check itself.
    const asked = stale.reload();
    const report = await stale.verified;
    expect(await asked).toBe(report);
    expect(report).toMatchObject({
      added: ['story-0040.txt'],
      changed: ['story-0004.txt'],
      removed: ['story-0001.txt'],
      failed: [{ file: 'broken.txt', reason: 'empty file' }],
    });
    expect(stale.snapshot.load.errors).toEqual([{ file: 'broken.txt', reason: 'empty file' }]);
    const fresh = await StoryLibrary.open({ dirs: [dir], cacheDir: null, workers: 0 });
    const ids = (library: StoryLibrary) => [...library.snapshot.stories].map((story) => story.id).sort();
    expect(ids(stale)).toEqual(ids(fresh));
    expect(summarizeStory(stale.snapshot, 'story-0004').summary).toBe(
      summarizeStory(fresh.snapshot, 'story-0004').summary,
    );
  });

  it('checks the files of a start from the cache without starting parse workers unless one changed', async (context) => {
    // The process's threads: a parse worker is one of them for as long as it lives.
    const threads = () => Number(/^Threads:\s+(\d+)/m.exec(readFileSync('/proc/self/status', 'utf8'))?.[1]);
    if (!existsSync('/proc/self/status')) {
      context.skip('no /proc/self/status here to count the threads');
      return;
    }
    const dir = tempDir();
    const cacheDir = tempDir();
    writeStories(dir, 5);
    await StoryLibrary.open({ dirs: [dir], cacheDir, workers: 0 });
    const warm = await StoryLibrary.open({ dirs: [dir], cacheDir, workers: 2, verifyAfterReady: true });
    const before = threads();
    expect(await warm.verified).toMatchObject({ added: [], changed: [], removed: [] });
    // Threads of earlier tests' workers may end meanwhile; none may start.
    expect(threads()).toBeLessThanOrEqual(before);
    writeFileSync(join(dir, 'story-0003.txt'), storyText(3, ' A zeppelin landed in the harbour.'));
    const stale = await StoryLibrary.open({ dirs: [dir], cacheDir, workers: 2, verifyAfterReady: true });
    expect(await stale.verified).toMatchObject({ changed: ['story-0003.txt'] });
    expect(stale.snapshot.load.parsed).toBe(1);
    const edited = [...stale.snapshot.stories].find((story) => story.id === 'story-0003');
    expect(JSON.stringify(edited)).toContain('zeppelin');
  });

  it('opened for one command, answers region questions as a serving library does', async () => {
    const dir = tempDir();
    const cacheDir = tempDir();
    writeStories(dir, 3);
    writeFileSync(
      join(dir, 'la.txt'),
      'date 1987-03-05 LOS ANGELES, March 5 - A film studio in Los Angeles was sold on Thursday.\n',
    );
    const serving = await StoryLibrary.open({ dirs: [dir], cacheDir, workers: 0 });
    // The regions of a one-command library are built when a question needs them, from restored indexes.
    const once = await StoryLibrary.open({ dirs: [dir], cacheDir, workers: 0, serving: false });
    expect(once.snapshot.load.restoredIndexes).toBe(true);
    const inCalifornia = findStories(once.snapshot, { place: 'California' });
    expect(inCalifornia.results.map((story) => story.id)).toEqual(['la']);
    expect(inCalifornia).toEqual(findStories(serving.snapshot, { place: 'California' }));
  });

  it('writes the cache after a reload, so the next start parses nothing', async () => {
    const dir = tempDir();
    const cacheDir = tempDir();
    writeStories(dir, 3);
    const library = await StoryLibrary.open({ dirs: [dir], cacheDir, workers: 0 });
    writeStories(dir, 2, 30);
    expect((await library.reload()).added).toHaveLength(2);
    await library.flushCache();
    const restarted = await StoryLibrary.open({ dirs: [dir], cacheDir, workers: 0 });
    expect(restarted.snapshot.load).toMatchObject({ parsed: 0, reused: 5, restoredIndexes: true });
  });

  it('ignores a damaged cache and parses again', async () => {
    const dir = tempDir();
    const cacheDir = tempDir();
    writeStories(dir, 3);
    await StoryLibrary.open({ dirs: [dir], cacheDir, workers: 0 });
    writeFileSync(cacheFileFor(cacheDir, [dir]), 'not a cache');
    const library = await StoryLibrary.open({ dirs: [dir], cacheDir, workers: 0 });
    expect(library.snapshot.load).toMatchObject({ parsed: 3, reused: 0 });
    expect((await readCache(cacheFileFor(cacheDir, [dir]), parserVersion()))?.files).toHaveLength(3);
  });

  it('refuses two files with the same story id, naming each other, and loads neither', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'a'));
    mkdirSync(join(dir, 'b'));
    writeFileSync(join(dir, 'a', 'same.txt'), storyText(1));
    writeFileSync(join(dir, 'b', 'same.txt'), storyText(2));
    writeFileSync(join(dir, 'other.txt'), storyText(3));
    const library = await StoryLibrary.open({ dirs: [dir], cacheDir: null, workers: 0 });
    expect(library.check().errors).toEqual([
      {
        file: 'a/same.txt',
        reason: 'story id "same" is also the id of b/same.txt; none of them is loaded until they are renamed',
      },
      {
        file: 'b/same.txt',
        reason: 'story id "same" is also the id of a/same.txt; none of them is loaded until they are renamed',
      },
    ]);
    expect(library.snapshot.byId.has('same')).toBe(false);
    expect([...library.snapshot.stories].map((story) => story.id)).toEqual(['other']);
  });

  it('reloading, refuses new files that share an id with a loaded story or with each other, and lets a moved story keep its id', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'kept.txt'), storyText(1));
    writeFileSync(join(dir, 'other.txt'), storyText(2));
    const library = await StoryLibrary.open({ dirs: [dir], cacheDir: null, workers: 0 });
    mkdirSync(join(dir, 'x'));
    mkdirSync(join(dir, 'y'));
    // Each case follows a reload that found no id shared: only the files not reused are looked at then.
    // A new file takes a loaded story's id: both are refused, as a first load of the folder would.
    writeFileSync(join(dir, 'y', 'kept.md'), storyText(5));
    const taken = await library.reload();
    expect(taken.failed.map((failure) => failure.file)).toEqual(['kept.txt', 'y/kept.md']);
    expect(taken.failed[0]!.reason).toMatch(/story id "kept" is also the id of y\/kept\.md/);
    // The loaded one keeps its last good version, as any file that fails.
    expect(library.snapshot.stories.at(library.snapshot.byId.get('kept')!)!.file).toBe('kept.txt');
    rmSync(join(dir, 'y', 'kept.md'));
    expect((await library.reload()).failed).toEqual([]);
    // Two new files with one id.
    writeFileSync(join(dir, 'x', 'new.txt'), storyText(3));
    writeFileSync(join(dir, 'y', 'new.txt'), storyText(4));
    const twoNew = await library.reload();
    expect(twoNew.failed.map((failure) => failure.file)).toEqual(['x/new.txt', 'y/new.txt']);
    expect(twoNew.added).toEqual([]);
    expect([...library.snapshot.stories].map((story) => story.id).sort()).toEqual(['kept', 'other']);
    rmSync(join(dir, 'y', 'new.txt'));
    expect(await library.reload()).toMatchObject({ added: ['x/new.txt'], failed: [] });
    // A story moved to another folder keeps its id: the file it was in is gone.
    renameSync(join(dir, 'other.txt'), join(dir, 'x', 'other.txt'));
    const moved = await library.reload();
    expect(moved).toMatchObject({ added: ['x/other.txt'], removed: ['other.txt'], failed: [] });
    expect(library.snapshot.stories.at(library.snapshot.byId.get('other')!)!.file).toBe('x/other.txt');
  });

  it('numbers a set changed too much to patch as a first load of it does, folders in the order given', async () => {
    const first = tempDir();
    const second = tempDir();
    mkdirSync(join(first, 'sub'));
    writeStories(first, 6);
    writeStories(join(first, 'sub'), 3, 20);
    writeStories(second, 4, 40);
    const dirs = [second, first];
    const library = await StoryLibrary.open({ dirs, cacheDir: null, workers: 0 });
    const files = (snapshot: typeof library.snapshot) => [...snapshot.stories].map((story) => story.file);
    // Most files changed, added or removed: built again, not patched.
    for (let i = 0; i < 6; i++)
      writeFileSync(join(first, `story-${String(i).padStart(4, '0')}.txt`), storyText(i, ' Revised.'));
    writeStories(join(first, 'sub'), 2, 30);
    writeStories(second, 3, 50);
    rmSync(join(second, 'story-0041.txt'));
    const report = await library.reload();
    expect(report.changed).toHaveLength(6);
    expect(report.added).toEqual([
      'story-0050.txt',
      'story-0051.txt',
      'story-0052.txt',
      'sub/story-0030.txt',
      'sub/story-0031.txt',
    ]);
    const fresh = await StoryLibrary.open({ dirs, cacheDir: null, workers: 0 });
    expect(files(library.snapshot)).toEqual(files(fresh.snapshot));
    expect(files(fresh.snapshot).slice(0, 6)).toEqual([
      'story-0040.txt',
      'story-0042.txt',
      'story-0043.txt',
      'story-0050.txt',
      'story-0051.txt',
      'story-0052.txt',
    ]);
  });

  it('discards a cache written by another parser version', async () => {
    const dir = tempDir();
    const cacheDir = tempDir();
    writeStories(dir, 2);
    await StoryLibrary.open({ dirs: [dir], cacheDir, workers: 0 });
    const file = cacheFileFor(cacheDir, [dir]);
    expect((await readCache(file, parserVersion()))?.files).toHaveLength(2);
    expect(await readCache(file, 'another-version')).toBeNull();
  });

  it('parses large sets in worker threads with the same result as inline', async () => {
    const dir = tempDir();
    writeStories(dir, 450);
    const threaded = await StoryLibrary.open({ dirs: [dir], cacheDir: null, workers: 2 });
    const inline = await StoryLibrary.open({ dirs: [dir], cacheDir: null, workers: 0 });
    expect(threaded.snapshot.load.parsed).toBe(450);
    expect(threaded.snapshot.stories).toEqual(inline.snapshot.stories);
  });

  it('reloads on file changes when watching', async () => {
    const dir = tempDir();
    writeStories(dir, 2);
    const library = await StoryLibrary.open({ dirs: [dir], cacheDir: null, workers: 0 });
    const reported = new Promise<number>((resolve) => {
      const stop = library.watch((report) => {
        stop();
        resolve(report.added.length);
      }, 50);
    });
    writeStories(dir, 1, 50);
    expect(await reported).toBe(1);
    expect(library.snapshot.stories).toHaveLength(3);
  });

  it('reloads again after a reload that was already running when a file changed', async () => {
    const dir = tempDir();
    writeStories(dir, 200);
    // Called once the reload has listed the folder: a file written then is not in that reload.
    const { library, arm } = await openArmed(dir, 1, () => writeStories(dir, 1, 600));
    const reports: number[] = [];
    const stop = library.watch((report) => reports.push(report.added.length), 1);
    // 200 changed files: the reload is still parsing them in the worker when the watcher reports the new file.
    for (let i = 0; i < 200; i++)
      writeFileSync(join(dir, `story-${String(i).padStart(4, '0')}.txt`), storyText(i + 300));
    arm();
    expect((await library.reload()).added).toHaveLength(0);
    await vi.waitFor(() => expect(library.snapshot.stories).toHaveLength(201), { timeout: 15_000 });
    stop();
    expect(reports).toContain(1);
  });
});
