import { describe, expect, it } from 'vitest';
import { type ParsedCopy, type ParsedStory, unpackOutcome } from '../../src/library/parsedStory.ts';
import { ParsePool } from '../../src/library/parsePool.ts';
import { makeStoryFolder } from '../helpers/storyFolder.ts';

const story = (i: number) =>
  `date 2014-09-${String((i % 28) + 1).padStart(2, '0')}\nPARIS, Sept 15 (Reuters) - Minister Jean Dupont ` +
  `said on Monday that talks number ${i} would go on. "We will meet again," he said.\n`;

describe('ParsePool', () => {
  it('gives each outcome by its job index as it comes back, before the last job is done', async () => {
    const pool = new ParsePool(2, { idleMs: 0 });
    const jobs = Array.from({ length: 300 }, (_, i) => ({ raw: story(i), file: `s${i}.txt` }));
    const given = new Map<number, ParsedStory | ParsedCopy>();
    let done = 0;
    let doneAtFirst = -1;
    try {
      await pool.parseEach(
        jobs,
        (index, parsed) => {
          if (doneAtFirst < 0) doneAtFirst = done;
          expect(given.has(index)).toBe(false);
          given.set(index, parsed);
        },
        (n) => {
          done = n;
        },
      );
    } finally {
      await pool.close();
    }
    expect(doneAtFirst).toBeGreaterThanOrEqual(0);
    expect(doneAtFirst).toBeLessThan(jobs.length);
    expect([...given.keys()].sort((a, b) => a - b)).toEqual(jobs.map((_, i) => i));
    for (const [index, parsed] of given) {
      if ('sameAs' in parsed) throw new Error(`job ${index} of a text of its own came back as a copy`);
      expect(parsed.outcome.ok).toBe(true);
      expect(unpackOutcome(parsed.outcome)).toMatchObject({ ok: true, story: { id: `s${index}` } });
    }
  });

  it('parses a few small texts on the one worker a reload starts, and starts the others for a larger parse', async () => {
    const pool = new ParsePool(2, { idleMs: 60_000 });
    try {
      pool.warm(1);
      expect(pool.started).toBe(1);
      const few = Array.from({ length: 10 }, (_, i) => ({ raw: story(i), file: `s${i}.txt` }));
      const parsed = await pool.parse(few);
      expect(parsed.map(({ outcome }) => outcome.ok)).toEqual(few.map(() => true));
      expect(pool.started).toBe(1);
      // 300 KB of text: past what one worker takes alone.
      const long = (i: number) =>
        story(i) + `    Talks went on for hours, ${i} delegates said.\n`.repeat(600);
      const many = Array.from({ length: 10 }, (_, i) => ({ raw: long(i), file: `l${i}.txt` }));
      expect(many.reduce((sum, job) => sum + job.raw.length, 0)).toBeGreaterThan(256 * 1024);
      const parsedMany = await pool.parse(many);
      expect(parsedMany.map(({ outcome }) => outcome.ok)).toEqual(many.map(() => true));
      expect(pool.started).toBe(2);
    } finally {
      await pool.close();
    }
  });

  it('with shareTexts, parses a text filed twice once in a parse, the copy naming the job that has it', async () => {
    const folder = makeStoryFolder({ copyRepoStories: false });
    const text = story(7);
    const files = ['a.txt', 'b.txt', 'c.txt', 'd.txt'];
    const paths = files.map((name, i) => folder.write(name, i === 2 ? story(8) : text));
    const pool = new ParsePool(1, { idleMs: 0 });
    try {
      const jobs = files.map((file, i) => ({ path: paths[i]!, file }));
      const parseEach = () => {
        const given: Array<ParsedStory | ParsedCopy> = [];
        return pool
          .parseEach(
            jobs,
            (index, parsed) => {
              given[index] = parsed;
            },
            undefined,
            { shareTexts: true },
          )
          .then(() => given.map((parsed) => ('sameAs' in parsed ? parsed.sameAs : -1)));
      };
      expect(await parseEach()).toEqual([-1, 0, -1, 0]);
      // A second parse of the pool starts afresh: its first file is parsed again.
      expect(await parseEach()).toEqual([-1, 0, -1, 0]);
      // Without shareTexts, every file is parsed.
      const each = await pool.parse(jobs);
      const ids = each
        .map(({ outcome }) => unpackOutcome(outcome))
        .map((out) => (out.ok ? out.story.id : out.error));
      expect(ids).toEqual(['a', 'b', 'c', 'd']);
    } finally {
      await pool.close();
      folder.cleanup();
    }
  });
});
