import { describe, expect, it } from 'vitest';
import { heapBytesPerStory, heapShortfall } from '../../src/library/heapBudget.ts';

describe('heapBytesPerStory', () => {
  it('counts a parsed story at its measured peak and one from the cache at the lower estimate', () => {
    expect(heapBytesPerStory(100, 0)).toBe(10_500);
    expect(heapBytesPerStory(100, 100)).toBe(4_600);
    expect(heapBytesPerStory(100, 50)).toBe(7_550);
    // More cached files than are listed now (some removed): the listed ones all come from the cache.
    expect(heapBytesPerStory(100, 250)).toBe(4_600);
  });

  it('makes a first load of 500,000 stories warn in a 4 GB heap unless the cache holds them', () => {
    const heap = 4_144 * 2 ** 20;
    expect(heapShortfall(500_000, heap, heapBytesPerStory(500_000, 0))).toContain('load at most 413');
    expect(heapShortfall(500_000, heap, heapBytesPerStory(500_000, 500_000))).toBeNull();
  });
});
