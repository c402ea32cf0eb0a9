/**
 * Where re-flowed text lies in the raw file. A paragraph is re-flowed (line breaks and runs of spaces
 * made one space, hyphenated line ends joined, entities decoded), so an offset into its text is not an
 * offset into the file. `offsetMap` records, once at parse time, the few points where the two drift
 * apart; `rawOffset` turns an offset into the re-flowed text back into one into the raw file.
 */

/**
 * `[rawStart, i1, r1, i2, r2, …]`: re-flowed index `i` maps to raw index `r + (i - ik)` for the last
 * anchor `ik <= i` (the first anchor is `0 → rawStart`). Only points where the shift changes are kept,
 * so text that re-flows to itself costs one number.
 */
export type OffsetMap = number[];

const sameCharacter = (raw: string, text: string) => raw === text || (text === ' ' && /\s/.test(raw));

/** Aligns a re-flowed text with the raw text it came from (`raw.slice(start, end)`). */
export function offsetMap(raw: string, start: number, end: number, text: string): OffsetMap {
  let r = start;
  while (r < end && /\s/.test(raw[r]!)) r++;
  const map: OffsetMap = [r];
  let shift = r;
  for (let i = 0; i < text.length && r < end; i++) {
    // Skip raw characters the re-flow dropped or merged (extra white space, a hyphen's line break); a
    // space of the text stands for any white space (a line break it replaced).
    let seek = r;
    while (seek < end && !sameCharacter(raw[seek]!, text[i]!) && seek - r < 12) seek++;
    if (seek < end && sameCharacter(raw[seek]!, text[i]!)) r = seek;
    if (r - i !== shift) {
      map.push(i, r);
      shift = r - i;
    }
    r++;
  }
  return map;
}

/** The raw file offset of re-flowed index `index`. */
export function rawOffset(map: OffsetMap, index: number): number {
  let base = 0;
  let raw = map[0] ?? 0;
  for (let k = 1; k + 1 < map.length && map[k]! <= index; k += 2) {
    base = map[k]!;
    raw = map[k + 1]!;
  }
  return raw + (index - base);
}
