/** A story's id is its file's name without folders and extension, whatever the separators. */
import { describe, expect, it } from 'vitest';
import { storyIdOf } from '../../src/engine/parseStory.ts';

describe('storyIdOf', () => {
  it('drops the folders and the story extension only', () => {
    expect(storyIdOf('000_2696b59510ee6b97.txt')).toBe('000_2696b59510ee6b97');
    expect(storyIdOf('2014/sept/talks.txt')).toBe('talks');
    expect(storyIdOf('2014\\sept\\talks.MD')).toBe('talks');
    expect(storyIdOf('a/b\\c.Txt')).toBe('c');
    // Only the last extension, and only a story's.
    expect(storyIdOf('notes/draft.md.txt')).toBe('draft.md');
    expect(storyIdOf('notes/figures.csv')).toBe('figures.csv');
    expect(storyIdOf('notes/plain')).toBe('plain');
    expect(storyIdOf('notes/a.txtx')).toBe('a.txtx');
  });
});
