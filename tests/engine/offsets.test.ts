import { describe, expect, it } from 'vitest';
import { offsetMap, rawOffset } from '../../src/engine/offsets.ts';

describe('offsetMap', () => {
  it('maps every character of a re-flowed hard-wrapped paragraph to the same character of the file', () => {
    // The line break re-flows to a space; a space a few characters on must not be taken for it.
    const raw = '  "We will be continuing those talks on the nuclear issue\nlater this week in New York.\n';
    const text = raw.trim().replace(/\s+/g, ' ');
    const map = offsetMap(raw, 0, raw.length, text);
    for (let i = 0; i < text.length; i++)
      expect(raw[rawOffset(map, i)]!.replace(/\s/, ' '), `index ${i}`).toBe(text[i]);
  });

  it('skips what the re-flow dropped: runs of spaces and a hyphen joined across a line break', () => {
    const raw = 'a long-\nterm   plan for the\n    harbour';
    const text = 'a longterm plan for the harbour';
    const map = offsetMap(raw, 0, raw.length, text);
    const at = (word: string) =>
      raw.slice(rawOffset(map, text.indexOf(word)), rawOffset(map, text.indexOf(word)) + word.length);
    expect(at('plan')).toBe('plan');
    expect(at('harbour')).toBe('harbour');
  });
});
