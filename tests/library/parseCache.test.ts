import { readdirSync, rmSync, truncateSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ask } from '../../src/library/ask.ts';
import { heapShortfall } from '../../src/library/heapBudget.ts';
import { findStories, StoryLibrary, type StorySnapshot } from '../../src/library/index.ts';
import {
  type CachedFile,
  cacheFileFor,
  fileWith,
  readCache,
  writeCache,
} from '../../src/library/parseCache.ts';
import { parserVersion } from '../../src/library/parserVersion.ts';
import { copiesOf, copyKeyBytes } from '../../src/library/sameText.ts';
import { builtSentenceIndex, sentenceIndexOf } from '../../src/library/sentenceIndex.ts';
import type { SpeakerDirectory } from '../../src/library/speakers.ts';
import { StoryStore } from '../../src/library/storyStore.ts';
import type { TextIndex } from '../../src/library/textIndex.ts';
import { makeStoryFolder, type StoryFolder } from '../helpers/storyFolder.ts';

const folders: StoryFolder[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) folder.cleanup();
});

function recordingLogger() {
  const warnings: Array<{ object: object; message: string | undefined }> = [];
  return {
    warnings,
    info() {},
    warn: (object: object, message?: string) => warnings.push({ object, message }),
  };
}

/** A story folder loaded once, its cache rewritten in segments of `segmentBytes`. */
async function segmentedCache(segmentBytes: number) {
  const folder = makeStoryFolder();
  folders.push(folder);
  const first = await StoryLibrary.open({ dirs: [folder.dir], cacheDir: folder.cacheDir, workers: 0 });
  const file = cacheFileFor(folder.cacheDir, [folder.dir]);
  const contents = (await readCache(file, parserVersion()))!;
  await writeCache(file, contents, segmentBytes);
  const segments = readdirSync(folder.cacheDir)
    .filter((name) => name.endsWith('.seg'))
    .sort((a, b) => Number(a.split('.').at(-2)) - Number(b.split('.').at(-2)));
  return { folder, file, contents, segments, stories: first.snapshot.stories.length };
}

/** What the cache keeps of each file besides its story. */
const fileFields = (entries: readonly CachedFile[]) =>
  entries.map((entry) => {
    const { story: _, ...fields } = fileWith(entry, {});
    return fields;
  });

describe('parse cache segments', () => {
  it('reads back typed arrays that hold only their own bytes, not the serialised rest they came in', async () => {
    const { file, contents } = await segmentedCache(16 * 1024);
    const back = (await readCache(file, parserVersion()))!;
    const buffers = new Set<ArrayBufferLike>();
    let viewBytes = 0;
    let views = 0;
    const seen = new Set<object>();
    const walk = (value: unknown) => {
      if (value === null || typeof value !== 'object' || seen.has(value)) return;
      seen.add(value);
      if (ArrayBuffer.isView(value)) {
        buffers.add(value.buffer);
        viewBytes += value.byteLength;
        views++;
        return;
      }
      for (const item of Object.values(value)) walk(item);
    };
    walk(back.indexes);
    walk(back.stories.columns);
    // Every column and index array (the short lists of speakers, places and headline words packed in a few).
    expect(views).toBeGreaterThan(30);
    const bufferBytes = [...buffers].reduce((sum, buffer) => sum + buffer.byteLength, 0);
    // The files' columns (paths with their ends, hashes, four stat figures per file) share the buffer of
    // the small arrays, and each copied view is padded to a multiple of 8 bytes at most.
    const { files } = contents;
    const fileBytes =
      files.reduce((sum, entry) => sum + Buffer.byteLength(entry.path), 0) + files.length * (4 + 20 + 4 * 8);
    expect(bufferBytes).toBeLessThanOrEqual(viewBytes + fileBytes + 8 * (views + 7));
  });

  it('writes a cache larger than one segment and reads it back whole', async () => {
    const { folder, file, contents, segments } = await segmentedCache(16 * 1024);
    expect(segments.length).toBeGreaterThan(2);
    // Only the new generation's segments remain, and no temp file.
    expect(new Set(segments.map((name) => name.split('.').at(-3))).size).toBe(1);
    expect(readdirSync(folder.cacheDir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    const problems: unknown[] = [];
    const back = (await readCache(file, parserVersion(), (problem) => problems.push(problem), {
      storyTextOnDisk: true,
    }))!;
    expect(problems).toEqual([]);
    expect(back.files.map((entry) => [entry.path, entry.sha1])).toEqual(
      contents.files.map((entry) => [entry.path, entry.sha1]),
    );
    // Decoded, the story text and paragraph offset maps read from the segments they were left in.
    const { text, offsetMapValues } = back.stories.columns;
    expect([text, offsetMapValues].some((bytes) => bytes instanceof Uint8Array)).toBe(false);
    const decoded = (files: typeof back.files) => [...StoryStore.of(files.map((entry) => entry.story))];
    expect(decoded(back.files)).toEqual(decoded(contents.files));
    expect(decoded(back.files).length).toBeGreaterThan(4);
    expect(decoded(back.files).filter((story) => story.paragraphOffsets?.length).length).toBeGreaterThan(1);
    expect(back.vocabulary).toEqual(contents.vocabulary);
    expect(back.indexes).toBeDefined();
    const restarted = await StoryLibrary.open({ dirs: [folder.dir], cacheDir: folder.cacheDir, workers: 0 });
    expect(restarted.snapshot.load).toMatchObject({ parsed: 0, restoredIndexes: true });
  });

  it('reports a truncated segment by name, parses every story again and rewrites the cache', async () => {
    const { folder, file, segments, stories } = await segmentedCache(16 * 1024);
    const damaged = join(folder.cacheDir, segments[1]!);
    truncateSync(damaged, 100);
    const logger = recordingLogger();
    const library = await StoryLibrary.open({
      dirs: [folder.dir],
      cacheDir: folder.cacheDir,
      workers: 0,
      logger,
    });
    expect(logger.warnings).toHaveLength(1);
    expect(logger.warnings[0]!.object).toMatchObject({ file: damaged });
    expect(logger.warnings[0]!.message).toMatch(
      /parse cache cannot be read \(100 bytes where the manifest says \d+\)/,
    );
    expect(library.snapshot.load).toMatchObject({ parsed: stories, reused: 0 });
    expect(library.snapshot.stories).toHaveLength(stories);
    expect(
      (await readCache(file, parserVersion(), (problem) => expect.fail(problem.reason)))?.files,
    ).toHaveLength(stories);
  });

  it('reports a missing segment and a manifest that is not one', async () => {
    const { folder, file, segments } = await segmentedCache(16 * 1024);
    const missing = join(folder.cacheDir, segments.at(-1)!);
    rmSync(missing);
    const problems: Array<{ file: string; reason: string }> = [];
    expect(await readCache(file, parserVersion(), (problem) => problems.push(problem))).toBeNull();
    expect(problems).toEqual([{ file: missing, reason: expect.stringMatching(/^ENOENT/) }]);
    truncateSync(file, 3);
    problems.length = 0;
    expect(await readCache(file, parserVersion(), (problem) => problems.push(problem))).toBeNull();
    expect(problems).toEqual([{ file, reason: expect.any(String) }]);
  });

  it('restores the text and sentence indexes on a warm start, equal to those a cold start builds', async () => {
    const folder = makeStoryFolder();
    folders.push(folder);
    const open = () => StoryLibrary.open({ dirs: [folder.dir], cacheDir: folder.cacheDir, workers: 0 });
    const cold = await open();
    const warm = await open();
    expect(cold.snapshot.load.restoredIndexes).toBe(false);
    expect(warm.snapshot.load).toMatchObject({ parsed: 0, restoredIndexes: true });
    const postings = ({ offsets, docs, counts, lengths, averageLength, docCount }: TextIndex) => ({
      offsets: [...offsets],
      docs: [...docs],
      counts: [...counts],
      lengths: [...lengths],
      averageLength,
      docCount,
    });
    expect(postings(warm.snapshot.text)).toEqual(postings(cold.snapshot.text));
    // No story holds a word 256 times: the counts are kept in a byte each.
    expect(warm.snapshot.text.counts).toBeInstanceOf(Uint8Array);
    expect(warm.snapshot.text.vocabulary.terms).toEqual(cold.snapshot.text.vocabulary.terms);
    // There at once: read from the cache, not built after the load.
    const restored = builtSentenceIndex(warm.snapshot)!;
    const built = sentenceIndexOf(cold.snapshot)!;
    expect(restored.story.length).toBeGreaterThan(0);
    for (const column of ['story', 'paragraph', 'start', 'end', 'from', 'to'] as const)
      expect([...restored[column]]).toEqual([...built[column]]);
    expect(postings(restored.text)).toEqual(postings(built.text));
    // The speaker directory's lookups, made from the names and order saved with it.
    const lookups = ({ byKey, byWord, byQuotes, formKeys, prefixKeys, byInitial }: SpeakerDirectory) => ({
      byKey,
      byWord,
      byQuotes: [...byQuotes],
      formKeys,
      prefixKeys,
      byInitial: [...byInitial].map(([initial, entries]) => [initial, entries.map((entry) => entry.name)]),
    });
    expect(warm.snapshot.speakers.byKey.size).toBeGreaterThan(5);
    expect(lookups(warm.snapshot.speakers)).toEqual(lookups(cold.snapshot.speakers));
    for (const question of [
      'who said serious threat?',
      'where were the nuclear talks?',
      'stories about Iraq',
    ])
      expect(ask(warm.snapshot, question)).toEqual(ask(cold.snapshot, question));
  });

  it('keeps the term counts of a story that holds a word more than 255 times in two bytes', async () => {
    const folder = makeStoryFolder({
      files: {
        'drums.txt': `date 2014-09-15 PARIS, Sept 15 - ${'drums '.repeat(300)}were heard all night.\n`,
      },
    });
    folders.push(folder);
    const open = () => StoryLibrary.open({ dirs: [folder.dir], cacheDir: folder.cacheDir, workers: 0 });
    const cold = await open();
    const warm = await open();
    expect(warm.snapshot.load.restoredIndexes).toBe(true);
    expect(warm.snapshot.text.counts).toBeInstanceOf(Uint16Array);
    expect(Math.max(...warm.snapshot.text.counts)).toBeGreaterThan(255);
    expect([...warm.snapshot.text.counts]).toEqual([...cold.snapshot.text.counts]);
  });

  it('indexes a warm start with a changed file as a cold start does, from the vectors in the saved index', async () => {
    const folder = makeStoryFolder();
    folders.push(folder);
    const open = (cacheDir: string | null) => StoryLibrary.open({ dirs: [folder.dir], cacheDir, workers: 0 });
    await open(folder.cacheDir);
    folder.write(
      'lyon_quays.txt',
      'date 2014-09-20\nLYON - The quays of the Rhone were flooded on Saturday.\n',
    );
    const warm = await open(folder.cacheDir);
    const cold = await open(null);
    expect(warm.snapshot.load).toMatchObject({ parsed: 1, restoredIndexes: false });
    const byStory = (snapshot: StorySnapshot) => {
      const { text, stories } = snapshot;
      const out = new Map<string, string[]>();
      text.vocabulary.terms.forEach((term, t) => {
        if (t + 1 >= text.offsets.length) return;
        const list: string[] = [];
        for (let p = text.offsets[t]!; p < text.offsets[t + 1]!; p++)
          list.push(`${stories.idAt(text.docs[p]!)}:${text.counts[p]}`);
        if (list.length > 0) out.set(term, list.sort());
      });
      return out;
    };
    expect(byStory(warm.snapshot)).toEqual(byStory(cold.snapshot));
    expect(warm.snapshot.text.averageLength).toBeCloseTo(cold.snapshot.text.averageLength, 6);
    const rhone = findStories(warm.snapshot, { topic: 'rhone quays flooded' });
    expect(rhone.results[0]?.id).toBe('lyon_quays');
    expect(rhone).toEqual(findStories(cold.snapshot, { topic: 'rhone quays flooded' }));
  });

  it('reads story text left in the cache after a later write has removed those segments', async () => {
    const folder = makeStoryFolder();
    folders.push(folder);
    const open = (cacheDir: string | null) =>
      StoryLibrary.open({ dirs: [folder.dir], cacheDir, workers: 0, storyTextOnDisk: true });
    const first = await open(folder.cacheDir);
    const warm = await open(folder.cacheDir);
    // The text hashes of copies come back with the cache, so a reload hashes only what it changed.
    expect(copyKeyBytes(warm.snapshot)).toEqual(copyKeyBytes(first.snapshot));
    const before = readdirSync(folder.cacheDir).filter((name) => name.endsWith('.seg'));
    folder.write(
      'lyon_quays.txt',
      'date 2014-09-20\nLYON - The quays of the Rhone were flooded on Saturday.\n',
    );
    expect((await warm.reload()).changed).toEqual(['lyon_quays.txt']);
    await warm.flushCache();
    const after = readdirSync(folder.cacheDir).filter((name) => name.endsWith('.seg'));
    expect(after.filter((name) => before.includes(name))).toEqual([]);
    const cold = await open(null);
    const copies = (snapshot: StorySnapshot) =>
      [...copiesOf(snapshot).firstOf]
        .map((first, i) => `${snapshot.stories.idAt(i)}>${snapshot.stories.idAt(first)}`)
        .sort();
    expect(copies(warm.snapshot)).toEqual(copies(cold.snapshot));
    expect([...warm.snapshot.stories].sort((a, b) => a.id.localeCompare(b.id))).toEqual(
      [...cold.snapshot.stories].sort((a, b) => a.id.localeCompare(b.id)),
    );
  });

  it("leaves the files' paths, stats and hashes in the segments until they are asked for", async () => {
    const { file, contents } = await segmentedCache(16 * 1024);
    const later = (await readCache(file, parserVersion(), undefined, { filesLater: true }))!;
    expect(() => later.files).toThrow(/readFiles/);
    const files = await later.readFiles();
    expect(fileFields(files)).toEqual(fileFields(contents.files));
    expect(later.files).toBe(files);
    expect(await later.readFiles()).toBe(files);
  });

  it('reads story text left in the cache through once, and says when its file ended early', async () => {
    const { folder, file, segments } = await segmentedCache(16 * 1024);
    const back = (await readCache(file, parserVersion(), undefined, { storyTextOnDisk: true }))!;
    const { text } = back.stories.columns;
    if (text instanceof Uint8Array) throw new Error('the story text was read into memory');
    await expect(text.prefetch()).resolves.toBeUndefined();
    for (const segment of segments) truncateSync(join(folder.cacheDir, segment), 0);
    await expect(text.prefetch()).rejects.toThrow(/ended early/);
  });

  it('reads back each file as written: its path (any letters), stat, hash and warnings', async () => {
    const { folder, file, contents } = await segmentedCache(16 * 1024);
    const files = contents.files.map((entry, i) =>
      fileWith(entry, {
        ...(i === 0
          ? { path: join(folder.dir, 'Zürich – 東京.txt'), warnings: ['a warning', 'another'] }
          : {}),
        // A hash that is not a SHA-1's hex is kept as it is.
        ...(i === 1 ? { sha1: 'not a hash' } : {}),
      }),
    );
    await writeCache(file, { ...contents, files });
    const back = (await readCache(file, parserVersion()))!;
    expect(fileFields(back.files)).toEqual(fileFields(files));
    expect(back.files[2]!.sha1).toMatch(/^[0-9a-f]{40}$/);
  });

  it('says nothing of a cache that is simply absent', async () => {
    const problems: unknown[] = [];
    expect(await readCache('/nonexistent/stories-x.v8', 'v', (problem) => problems.push(problem))).toBeNull();
    expect(problems).toEqual([]);
  });
});

describe('heap budget', () => {
  it('names --max-old-space-size and the story count that fits when the set is too large', () => {
    const message = heapShortfall(1_000_000, 2 * 2 ** 30, 4_600)!;
    expect(message).toContain('1000000 stories need about 4387 MB of heap but Node allows 2048 MB');
    expect(message).toContain('NODE_OPTIONS=--max-old-space-size=5632');
    expect(message).toContain('load at most 466844 stories');
    expect(heapShortfall(400_000, 2 * 2 ** 30, 4_600)).toBeNull();
  });

  it('is said once at the start of a load that will not fit the given heap', async () => {
    const folder = makeStoryFolder();
    folders.push(folder);
    const logger = recordingLogger();
    const library = await StoryLibrary.open({
      dirs: [folder.dir],
      cacheDir: null,
      workers: 0,
      logger,
      heapLimit: 10_000,
    });
    const stories = library.snapshot.stories.length;
    const heapWarnings = logger.warnings.filter((w) => w.message?.includes('--max-old-space-size'));
    expect(heapWarnings).toHaveLength(1);
    expect(heapWarnings[0]!.object).toEqual({ stories });
    expect(heapWarnings[0]!.message).toContain(`${stories} stories need about`);
    await library.reload();
    expect(logger.warnings.filter((w) => w.message?.includes('--max-old-space-size'))).toHaveLength(1);
    const roomy = recordingLogger();
    await StoryLibrary.open({ dirs: [folder.dir], cacheDir: null, workers: 0, logger: roomy });
    expect(roomy.warnings).toEqual([]);
  });

  it('is said once too by a start served from the cache before the files are checked', async () => {
    const folder = makeStoryFolder();
    folders.push(folder);
    const options = { dirs: [folder.dir], cacheDir: folder.cacheDir, workers: 0 };
    await StoryLibrary.open(options);
    const logger = recordingLogger();
    const library = await StoryLibrary.open({
      ...options,
      logger,
      heapLimit: 10_000,
      verifyAfterReady: true,
    });
    expect(library.snapshot.load.restoredIndexes).toBe(true);
    await library.verified;
    const heapWarnings = logger.warnings.filter((w) => w.message?.includes('--max-old-space-size'));
    expect(heapWarnings.map((w) => w.object)).toEqual([{ stories: library.snapshot.stories.length }]);
  });
});
