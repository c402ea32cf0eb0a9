import { describe, expect, it } from 'vitest';
import { isStopword, plainWords, root, SPELLINGS, stem, terms } from '../../src/engine/words.ts';

describe('terms: abbreviations', () => {
  it('reads a dotted abbreviation as one word, however it is dotted', () => {
    expect(terms('U.S. officials')).toEqual(['us', 'official']);
    expect(terms('the U.S officials')).toEqual(['us', 'official']);
    expect(terms('talks at the U.N. and in the U.K.')).toEqual(['talk', 'un', 'uk']);
    expect(terms('U.S.A.')).toEqual(['usa']);
  });

  it('keeps "US" in capitals as the abbreviation, and drops the pronoun', () => {
    expect(terms('I rejected US offer')).toEqual(['rejected', 'us', 'offer']);
    expect(terms('He told us so')).toEqual(['told']);
  });

  it('reads initials joined by "&" as one word, as it is also written without it', () => {
    expect(terms("AT&T's bid for Time Warner")).toEqual(['att', 'bid', 'time', 'warner']);
    expect(terms('whos at&t ceo')).toEqual(terms('whos ATT ceo'));
    expect(terms('S&P 500')).toEqual(['sp', '500']);
    // Words joined by "&" stay apart.
    expect(terms('Procter & Gamble, bread&butter')).toEqual(['procter', 'gamble', 'bread', 'butter']);
  });

  it('reads an abbreviation the same beside accented words', () => {
    expect(terms('Bogotá and U.S. talks')).toEqual(['bogota', 'us', 'talk']);
  });
});

describe('plainWords', () => {
  it('reads words as terms does, leaving none out and none stemmed', () => {
    expect(plainWords("Iran's talks with the U.S. on Bogotá")).toEqual([
      'iran',
      'talks',
      'with',
      'the',
      'us',
      'on',
      'bogota',
    ]);
    const text = 'The ministers held talks in Vienna for seven years';
    expect(
      plainWords(text)
        .filter((word) => !isStopword(word))
        .map(stem),
    ).toEqual(terms(text));
  });
});

describe('SPELLINGS: American and British spellings meet', () => {
  for (const rule of SPELLINGS)
    it(`rule "${rule.name}" reads its example's two spellings as one`, () => {
      expect(stem(rule.example[0])).toBe(stem(rule.example[1]));
    });
});

describe('stem: months typed short', () => {
  it('reads a month typed short as the month, in a question and in a story', () => {
    expect(terms('unemployed in jan')).toEqual(terms('unemployed in January'));
    expect(terms('Jan/May shipments')).toContain(stem('january'));
    expect(stem('sept')).toBe(stem('September'.toLowerCase()));
  });
  it('leaves "mar" and "dec", a word and a company as often as a month, as they are', () => {
    expect(stem('mar')).toBe('mar');
    expect(stem('dec')).toBe('dec');
  });
});

describe('stem and root: American and British spellings meet', () => {
  it('reads "-ize" as the wire\'s "-ise", in every form', () => {
    expect(stem('nationalized')).toBe(stem('nationalised'));
    expect(stem('privatizations')).toBe(stem('privatisation'));
    expect(root('recognizing')).toBe(root('recognised'));
    expect(terms('The bank was nationalized')).toEqual(terms('The bank was nationalised'));
  });
  it('leaves short words with those endings as they are', () => {
    for (const word of ['size', 'prize', 'seize', 'hour', 'four', 'tour', 'flour', 'fence', 'metre'])
      expect(stem(word)).toBe(word);
  });
});
