import { describe, expect, it } from 'vitest';
import { ask } from '../../../src/library/ask.ts';
import { askableSnapshot } from '../../helpers/askableSnapshot.ts';

/** A snapshot of one story, ready to be asked. */
const snapshotOf = (text: string, file: string) => askableSnapshot([[text, file]]);

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

describe('a country asked as a speaker, through the people described as of it', () => {
  const snapshot = askableSnapshot([
    [
      'date 1987-10-20 DAR ES SALAAM, Oct 20 - Tanzania said about 60,000 tonnes of harvested raw cotton\n' +
        'may be spoiled by rain, because many mills are not working.\n',
      'cotton.txt',
    ],
    [
      'date 1987-03-09 KAMPALA, March 9 - Uganda was disappointed by the stalemate in the coffee talks.\n' +
        "    In Dar es Salaam, Tanzania's Agriculture Minister Paul Bomani said today Third World\n" +
        'countries would suffer from the failure of the London coffee talks.\n',
      'coffee.txt',
    ],
  ]);

  it('answers "what does tanzania say about the failed coffee talks" with its minister, none of its own quotes being on them', () => {
    const result = ask(snapshot, 'what does tanzania say about the failed coffee talks');
    expect(result.answer).toMatch(/Paul Bomani, Tanzania's Agriculture Minister, speaks for it/);
    expect(result.citations[0]?.text).toMatch(/failure of the London coffee talks/);
  });
});

describe('an organisation asked as a speaker, through the people described as of it', () => {
  const snapshot = askableSnapshot([
    [
      'date 1987-04-07 HOUSTON, April 7 - Pennzoil Co said it would not seek to force Texaco to post\n' +
        'the full amount of the judgement as a bond.\n',
      'bond.txt',
    ],
    [
      'date 1987-03-31 NEW YORK, March 31 - Pennzoil Co chairman J. Hugh Liedtke said it would be\n' +
        'extremely difficult to work out a settlement made up of stocks and cash.\n',
      'settlement.txt',
    ],
  ]);

  it('keeps its own quotes when they are on the topic', () => {
    const result = ask(snapshot, 'what does pennzoil say about the bond');
    expect(result.citations[0]?.text).toMatch(/bond/);
    expect(result.answer).not.toMatch(/speaks for it/);
  });

  it('answers with its chairman when none of its own quotes is on the topic', () => {
    const result = ask(snapshot, 'what does pennzoil say about a settlement');
    expect(result.answer).toMatch(/J\. Hugh Liedtke, Pennzoil Co chairman, speaks for it/i);
    expect(result.citations[0]?.text).toMatch(/settlement/);
  });
});

describe('a country asked as a speaker, not a bank named after it', () => {
  const snapshot = askableSnapshot([
    [
      'date 1987-03-01 JAKARTA, March 1 - Bank Indonesia said reserves rose in February.\n' +
        '    Indonesia said the fall in oil prices had forced it to devalue its currency.\n',
      'reserves.txt',
    ],
    [
      'date 1987-04-27 JAKARTA, April 27 - Indonesia expects oil demand to rise.\n' +
        '    "Oil prices have stabilized in world markets," Indonesia\'s Mines and Energy Minister Subroto\n' +
        'said.\n',
      'prices.txt',
    ],
    ['date 1987-04-28 PARIS, April 28 - France said its wheat crop would be large.\n', 'wheat.txt'],
  ]);

  it('answers "what does indonesia say about oil prices" with its minister, not with Bank Indonesia', () => {
    const result = ask(snapshot, 'what does indonesia say about oil prices');
    expect(result.answer).toMatch(/Subroto, Indonesia's Mines and Energy Minister, speaks for it/);
    expect(result.citations[0]?.text).toMatch(/Oil prices have stabilized/);
  });

  it('keeps the bank when the question says bank', () => {
    const result = ask(snapshot, 'what does bank indonesia say about oil prices');
    expect(result.answer).not.toMatch(/speaks for it/);
  });
});

describe('a year typed in the topic of a quote question', () => {
  const snapshot = askableSnapshot([
    [
      'date 1987-03-12 TROY, Mich., March 12 - Acme Stores Corp said its 1986 net earnings rose.\n' +
        '    "Our performance in 1986 marks a major turning point for Acme," chairman Bernard Fauber said.\n',
      'acme.txt',
    ],
  ]);

  it('reads the year as what the quote speaks of when no quote of the speaker falls in it', () => {
    const result = ask(snapshot, 'what did fauber say about acmes 1986 performance');
    expect(result.answer).not.toMatch(/I found no quotes/);
    expect(result.citations[0]?.text).toMatch(/Our performance in 1986/);
  });
});

describe('a quoted fragment read in the sentence framing it', () => {
  const snapshot = askableSnapshot([
    [
      'date 1987-03-05 SAN JOSE, March 5 - Costa Rica wants changes in coffee export quotas.\n' +
        '    Costa Rica is insisting on a new quota system based on export capacity, minister Luis\n' +
        'Escalante said.\n' +
        '    The current ICO quota system is "unfair and autocratic," Escalante said.\n',
      'coffee.txt',
    ],
  ]);

  it("finds the fragment by its frame's words and shows it in its frame", () => {
    const result = ask(snapshot, 'what did escalante say about the ico quota system');
    expect(result.citations[0]?.text).toBe(
      'The current ICO quota system is "unfair and autocratic," Escalante said.',
    );
    expect(result.answer).toMatch(
      /• The current ICO quota system is "unfair and autocratic," Escalante said\./,
    );
  });
});
