import { describe, expect, it } from 'vitest';
import {
  initialsRead,
  LONG_FORM_RULES,
  longFormOf,
  withLongForms,
  withNamesFor,
} from '../../../src/library/ask/nameForms.ts';
import { askableSnapshot } from '../../helpers/askableSnapshot.ts';

const snapshotOf = askableSnapshot;

const rule = (name: string) => LONG_FORM_RULES.find((r) => r.name === name)!;

describe('LONG_FORM_RULES', () => {
  it('defined in parentheses: "the International Coffee Organization (ICO)"', () => {
    expect(
      rule('defined in parentheses').read(
        'Talks of the International Coffee Organization (ICO) failed.',
        'ico',
      ),
    ).toEqual(['International Coffee Organization']);
    // Only the name's own end: "Japan's" is not part of the party.
    expect(rule('defined in parentheses').read("Japan's Liberal Democratic Party (LDP) said", 'ldp')).toEqual(
      ['Liberal Democratic Party'],
    );
  });

  it('defined in parentheses, with a joining word\'s initial in it or not ("ecop", "opec")', () => {
    expect(
      rule('defined in parentheses').read(
        'The rise is backed by the Employers Confederation of the Philippines (ECOP).',
        'ecop',
      ),
    ).toEqual(['Employers Confederation of the Philippines']);
    expect(
      rule('defined in parentheses').read(
        'Ministers of the Organization of Petroleum Exporting Countries (OPEC) met.',
        'opec',
      ),
    ).toEqual(['Organization of Petroleum Exporting Countries']);
  });

  it('initials of a name the story writes: "American Telephone and Telegraph" for "att"', () => {
    expect(
      rule('initials of a name the story writes').read(
        'American Telephone and Telegraph said it will redeem shares. ATT said',
        'att',
      ),
    ).toEqual(['American Telephone and Telegraph']);
  });

  it('a name cut short: "Federal Reserve" for "fed"', () => {
    expect(rule('a name cut short').read('The Federal Reserve said the Fed would act.', 'fed')).toEqual([
      'Federal Reserve',
    ]);
    // A possessive is no longer word: "OPEC's December" is not a long "opec".
    expect(rule('a name cut short').read("OPEC's December accord", 'opec')).toEqual([]);
  });
});

describe('longFormOf', () => {
  const snapshot = snapshotOf([
    [
      'date 1987-03-09 LONDON, March 9 - The International Coffee Organization (ICO) failed to agree\n' +
        'on export quotas. The ICO board meets again in April. Prices fall.\n',
      'ico.txt',
    ],
    [
      'date 1987-03-10 LONDON, March 10 - Producers said the ICO talks would resume, and the fall in\n' +
        'prices would go on while the fall of the dollar helps.\n',
      'ico2.txt',
    ],
  ]);

  it('reads the long form from the stories that use the short one', () => {
    expect(longFormOf(snapshot, 'ico')).toBe('International Coffee Organization');
  });

  it('reads none for a plain word, nor for a word the stories never write', () => {
    expect(longFormOf(snapshot, 'fall')).toBeNull();
    expect(longFormOf(snapshot, 'snb')).toBeNull();
  });
});

describe('withLongForms', () => {
  const snapshot = snapshotOf([
    [
      'date 2016-10-20\nRates on hold\n\nThe Federal Reserve kept rates on hold. The Fed will meet again in November, ' +
        'and the Fed chair spoke on Friday.\n',
      'rates.txt',
    ],
  ]);

  it('follows a short name typed in a question with the long form the stories give it', () => {
    expect(withLongForms(snapshot, 'how many fed districts r there')).toBe(
      'how many fed Federal Reserve districts r there',
    );
    // Typed in full already: nothing added.
    expect(withLongForms(snapshot, 'when will the fed federal reserve meet')).toBe(
      'when will the fed federal reserve meet',
    );
  });
});

describe('initialsRead', () => {
  const snapshot = snapshotOf([
    [
      'date 1987-03-09 JOHANNESBURG, March 9 - South Africa has 330 creditor banks, bankers said. Its\n' +
        'external debt is 24 billion dlrs.\n',
      'za.txt',
    ],
    [
      'date 1987-03-10 RIYADH, March 10 - Saudi Arabia raised oil output. Elf Aquitaine SA said it\n' +
        'would sell its stake.\n',
      'saudi.txt',
    ],
    [
      'date 1987-03-11 JAKARTA, March 11 - The World Bank has lent Indonesia 10.7 billion dlrs over the\n' +
        'past 20 years, officials said.\n',
      'wb.txt',
    ],
  ]);

  it("reads a country's initials as the country the stories name with the question's other words", () => {
    const read = initialsRead(snapshot, 'how many creditor banks does sa have');
    expect([...read]).toEqual([['sa', 'South Africa']]);
    expect(withNamesFor('creditor banks sa', read)).toBe('creditor banks South Africa');
    expect(initialsRead(snapshot, 'how much oil does sa produce').get('sa')).toBe('Saudi Arabia');
  });

  it('reads other initials as a name the stories holding the other words write', () => {
    expect(initialsRead(snapshot, 'how much has indonesia got from the wb').get('wb')).toBe('World Bank');
  });

  it('reads no word the word list knows, nor initials no story bears out', () => {
    expect(initialsRead(snapshot, 'how much oil did the bank lend').size).toBe(0);
    expect(initialsRead(snapshot, 'how much did the xq lend').size).toBe(0);
  });
});
