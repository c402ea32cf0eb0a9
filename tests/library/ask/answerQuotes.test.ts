import { describe, expect, it } from 'vitest';
import { parseStory } from '../../../src/engine/parseStory.ts';
import { ask, prepareAsk } from '../../../src/library/ask.ts';
import { buildSnapshot } from '../../../src/library/snapshot.ts';

/** A snapshot of one story, ready to be asked. */
function snapshotOf(text: string, file: string) {
  const outcome = parseStory(text, file);
  if (!outcome.ok) throw new Error(outcome.error);
  const snapshot = buildSnapshot([outcome.story]);
  prepareAsk(snapshot);
  return snapshot;
}

describe('who said words that no quote holds as typed', () => {
  const snapshot = snapshotOf(
    'date 2016-09-18\nBlast at the plant\n\nA blast shook the chemical plant on Saturday.\n\n' +
      '"Several workers were injured by the blast, and the plant will stay closed," police chief Ann Lee said.\n',
    'blast.txt',
  );

  it('answers with the speaker of a quote holding all the words but one, that one by a related word ("hurt" for "injured")', () => {
    const result = ask(snapshot, 'who said several workers were hurt by the blast');
    expect(result.answer).toMatch(/^\*\*Ann Lee\*\*, in other words/);
    expect(result.extract?.text).toBe('Ann Lee');
    expect(result.citations[0]?.text).toContain('injured by the blast');
  });
});

describe('who said words a quote of other news holds but one', () => {
  const snapshot = snapshotOf(
    'date 1987-04-08 NEW YORK, April 8 - The sports group said it has reorganized.\n' +
      '    Its chief Ann Lee said "the group will continue to run the New York Rangers team."\n',
    'rangers.txt',
  );

  it('names no speaker when the quote lacks a word its story never holds, and no quote word stands for two asked', () => {
    const result = ask(snapshot, 'who said the talks would continue in new york');
    expect(result.answer).not.toMatch(/^\*\*Ann Lee\*\*/);
    expect(result.extract ?? null).toBeNull();
  });
});

describe('who said words with a negation typed without its apostrophe', () => {
  const snapshot = snapshotOf(
    'date 1987-03-26 HOUSTON, March 26 - Gas prices have bottomed out, producers said.\n' +
      '    "This does not mean the gas bubble is gone," Carl Nance said.\n',
    'gas.txt',
  );

  it('reads "isnt" as "is not", which the quote says in other words', () => {
    const result = ask(snapshot, 'who said the gas bubble isnt gone');
    expect(result.extract?.text).toBe('Carl Nance');
    expect(result.citations[0]?.text).toContain('gas bubble is gone');
  });
});
