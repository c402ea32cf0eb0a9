import { describe, expect, it } from 'vitest';
import { stringList } from '../../src/library/stringList.ts';
import { StringTable, StringTableBuilder } from '../../src/library/stringTable.ts';

describe('StringTable', () => {
  it('answers as a Map of the same entries: the first number of a key given twice, in the order added', () => {
    const keys = Array.from({ length: 20_000 }, (_, i) =>
      i % 7 === 0 ? `Zürich-${i}-東京` : `c${i % 9}-story-${i}`,
    );
    const entries: Array<[string, number]> = keys.map((key, i) => [key, i]);
    // Given twice with another number: the first stays.
    entries.push([keys[5]!, 99_999], [keys[19_999]!, 0]);
    const map = new Map<string, number>();
    for (const [key, number] of entries) if (!map.has(key)) map.set(key, number);
    const table = StringTable.of(entries);
    expect(table.size).toBe(map.size);
    expect([...table]).toEqual([...map]);
    for (const key of keys) expect(table.get(key)).toBe(map.get(key));
    for (const absent of ['', 'c1-story-', 'c1-story-20000', 'zürich-7-東京', 'Zürich-7-東京 '])
      expect(table.has(absent)).toBe(false);
  });

  it('says whether a key was new as it is added, and holds the empty key and an empty table', () => {
    const builder = new StringTableBuilder();
    expect(builder.add('', 3)).toBe(true);
    expect(builder.add('a', 4)).toBe(true);
    expect(builder.add('', 5)).toBe(false);
    const table = builder.done();
    expect(table.get('')).toBe(3);
    expect(table.get('a')).toBe(4);
    expect(table.size).toBe(2);
    const empty = new StringTableBuilder().done();
    expect(empty.size).toBe(0);
    expect(empty.get('a')).toBeUndefined();
    expect([...empty]).toEqual([]);
  });
});

describe('StringTable.ofList', () => {
  it('numbers the strings of a list by their place, the first of one given twice, sharing its bytes', () => {
    const values = ['b.txt', 'a/Zürich.txt', 'b.txt', 'c.txt'];
    const table = StringTable.ofList(stringList(values));
    expect(table.size).toBe(3);
    expect(values.map((value) => table.get(value))).toEqual([0, 1, 0, 3]);
    expect(table.get('a')).toBeUndefined();
    expect([...table]).toEqual([
      ['b.txt', 0],
      ['a/Zürich.txt', 1],
      ['c.txt', 3],
    ]);
  });
});
