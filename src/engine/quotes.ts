import type { StoryLayout } from './layout.ts';
import type { Person, Quote } from './types.ts';

/** Finds the direct, partial and indirect quotes of a story, the people in it, and who said what. */
export function attributeQuotes(_raw: string, _layout: StoryLayout): { quotes: Quote[]; people: Person[] } {
  return { quotes: [], people: [] };
}
