import { describe, expect, it } from 'vitest';
import type { ParsedStory } from '../../src/library/parsedStory.ts';
import { ParsePool } from '../../src/library/parsePool.ts';

const story = (i: number) =>
  `date 2014-09-${String((i % 28) + 1).padStart(2, '0')}\nPARIS, Sept 15 (Reuters) - Minister Jean Dupont ` +
  `said on Monday that talks number ${i} would go on. "We will meet again," he said.\n`;

describe('ParsePool', () => {
  it('gives each outcome by its job index as it comes back, before the last job is done', async () => {
    const pool = new ParsePool(2, { idleMs: 0 });
    const jobs = Array.from({ length: 300 }, (_, i) => ({ raw: story(i), file: `s${i}.txt` }));
    const given = new Map<number, ParsedStory>();
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
      expect(parsed.outcome.ok).toBe(true);
      if (parsed.outcome.ok) expect(parsed.outcome.story.rest.id).toBe(`s${index}`);
    }
  });
});
