import { describe, expect, it } from 'vitest';
import { stillLoading } from '../../src/discord/router.ts';
import { describeProgress, progressReporter } from '../../src/library/loadProgress.ts';

describe('describeProgress', () => {
  it('says count, rate and time left once they mean something', () => {
    expect(describeProgress('loading', { done: 0, total: 0, elapsedMs: 200 })).toBe(
      'loading: finding story files…',
    );
    expect(describeProgress('loading', { done: 0, total: 19043, elapsedMs: 300 })).toBe(
      'loading 0 of 19,043 stories',
    );
    expect(describeProgress('loading', { done: 4000, total: 19043, elapsedMs: 2000 })).toBe(
      'loading 4,000 of 19,043 stories · 2,000/s · about 8 s left',
    );
    expect(describeProgress('reloading', { done: 100, total: 100_000, elapsedMs: 1000 })).toBe(
      'reloading 100 of 100,000 stories · 100/s · about 17 min left',
    );
    expect(describeProgress('loading', { done: 50, total: 50, elapsedMs: 1000 })).toBe(
      'loading 50 of 50 stories · 50/s',
    );
  });
});

describe('progressReporter', () => {
  /** A fake terminal that keeps what was written. */
  const terminal = () => {
    const written: string[] = [];
    return { written, stream: { columns: 80, write: (text: string) => written.push(text) } };
  };

  it('redraws one line in place during a long load and clears it at the end', async () => {
    const { written, stream } = terminal();
    const reporter = progressReporter({
      label: 'loading',
      terminal: stream as unknown as NodeJS.WriteStream,
      quietMs: 10,
    });
    reporter.update(5, 10);
    await new Promise((resolve) => setTimeout(resolve, 60));
    reporter.end();
    expect(written[0]).toMatch(/^\rloading 5 of 10 stories/);
    expect(written.at(-1)).toBe('\r\x1b[K');
  });

  it('shows nothing for a load quicker than its quiet time, and logs lines for a service', async () => {
    const { written, stream } = terminal();
    const quick = progressReporter({ label: 'loading', terminal: stream as unknown as NodeJS.WriteStream });
    quick.update(6, 6);
    quick.end();
    expect(written).toEqual([]);
    const logged: string[] = [];
    const slow = progressReporter({ label: 'loading', log: (_, text) => logged.push(text), quietMs: 5 });
    slow.update(1, 3);
    await new Promise((resolve) => setTimeout(resolve, 40));
    slow.end();
    expect(logged).toEqual(['loading 1 of 3 stories']);
  });
});

describe('stillLoading', () => {
  it('gives the count once the files are counted', () => {
    expect(stillLoading({ done: 1234, total: 19043, elapsedMs: 900 })).toBe(
      'Still loading 1,234 of 19,043 stories, ask again in a moment.',
    );
    expect(stillLoading({ done: 0, total: 0, elapsedMs: 100 })).toBe(
      'Still loading the stories, ask again in a moment.',
    );
  });
});
