import { describe, expect, it } from 'vitest';
import { PatchedStoryNumbers, type StoryNumbers } from '../../src/library/storyIds.ts';
import { StringTable } from '../../src/library/stringTable.ts';

const sorted = (numbers: StoryNumbers) => [...numbers].sort(([a], [b]) => a.localeCompare(b));

describe('story numbers by id, patched', () => {
  const base = new Map(Array.from({ length: 100 }, (_, i) => [`story-${i}`, i] as [string, number]));

  it('answers as a map patched by hand, through successive patches, without copying the map', () => {
    const expected = new Map(base);
    // Story 3 edited in place, story 7 removed (the last, 99, takes its number), one story added.
    let numbers = PatchedStoryNumbers.patch(
      base,
      [
        ['story-3', 3],
        ['story-7', 7],
        ['story-99', 99],
      ],
      [
        ['story-3', 3],
        ['story-99', 7],
        ['story-new', 99],
      ],
    )!;
    expected.delete('story-7');
    expected.set('story-99', 7);
    expected.set('story-new', 99);
    expect(numbers).toBeInstanceOf(PatchedStoryNumbers);
    expect(sorted(numbers)).toEqual(sorted(expected));
    expect(numbers.size).toBe(expected.size);
    expect(numbers.get('story-7')).toBeUndefined();
    expect(numbers.has('story-99')).toBe(true);
    expect(numbers.get('story-new')).toBe(99);
    // A second patch over the first: removed then added again.
    numbers = PatchedStoryNumbers.patch(numbers, [['story-new', 99]], [['story-7', 99]])!;
    expected.delete('story-new');
    expected.set('story-7', 99);
    expect(sorted(numbers)).toEqual(sorted(expected));
    expect(numbers.size).toBe(100);
    // An id's removal with a number it does not hold removes nothing.
    expect(PatchedStoryNumbers.patch(numbers, [['story-1', 2]], [])!.get('story-1')).toBe(1);
  });

  it('merges the changes into a new table once they pass an eighth of it', () => {
    const added = Array.from({ length: 13 }, (_, i) => [`added-${i}`, 100 + i] as const);
    const numbers = PatchedStoryNumbers.patch(base, [], added)!;
    expect(numbers).toBeInstanceOf(StringTable);
    expect(numbers.size).toBe(113);
    expect(numbers.get('added-12')).toBe(112);
  });

  it('gives no map when an added id is held already', () => {
    expect(PatchedStoryNumbers.patch(base, [], [['story-5', 100]])).toBeNull();
  });
});
