import { describe, expect, it } from 'vitest';
import { parseLayout } from '../../src/engine/layout.ts';
import { attributeQuotes } from '../../src/engine/quotes.ts';

/**
 * Hostile shapes that once made attribution rescan every earlier quote for each new one (3.5 s at 160 KB,
 * 217 s at 1.76 MB). Linear work finishes them in seconds; the bound is generous so that only a return of
 * the quadratic cost can fail it.
 */
function timed(body: string): { ms: number; quotes: ReturnType<typeof attributeQuotes>['quotes'] } {
  const raw = `date 2020-01-02\nA story for the test\n\n${body}`;
  const started = performance.now();
  const { quotes } = attributeQuotes(raw, parseLayout(raw));
  return { ms: performance.now() - started, quotes };
}

describe('attribution cost grows with the text, not with its square', () => {
  it('reads `"Yes," he said.` repeated to 1.76 MB', () => {
    const { ms, quotes } = timed('"Yes," he said. '.repeat(110_000));
    expect(quotes.filter((q) => q.kind === 'direct')).toHaveLength(110_000);
    expect(ms).toBeLessThan(60_000);
  }, 120_000);

  it('reads an opening mark and a word repeated 100,000 times', () => {
    const { ms, quotes } = timed('“word '.repeat(100_000));
    expect(quotes.length).toBeGreaterThan(0);
    expect(ms).toBeLessThan(60_000);
  }, 120_000);
});
