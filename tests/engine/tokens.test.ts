import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/engine/tokens.ts';

describe('tokenize', () => {
  const read = (text: string) =>
    tokenize(text, 0, text.length).map(({ text, lower, cap, word }) => ({ text, lower, cap, word }));

  it('splits a possessive off in either case and with either apostrophe', () => {
    expect(read("IRAN'S Kerry’s").map((token) => token.text)).toEqual(['IRAN', "'S", 'Kerry', '’s']);
    expect(read('Kerry’s')[1]).toEqual({ text: '’s', lower: "'s", cap: false, word: true });
  });

  it('reads capitals after a hashtag or handle mark and in letters past ASCII', () => {
    expect(read('#Iran @kerry Édouard élan').map((token) => token.cap)).toEqual([true, false, true, false]);
  });

  it('tells words from marks, keeping the period of abbreviations', () => {
    expect(read('Mr. Smith, 5 U.S. "ok"')).toEqual([
      { text: 'Mr.', lower: 'mr.', cap: true, word: true },
      { text: 'Smith', lower: 'smith', cap: true, word: true },
      { text: ',', lower: ',', cap: false, word: false },
      { text: '5', lower: '5', cap: false, word: true },
      { text: 'U.S.', lower: 'u.s.', cap: true, word: true },
      { text: '"', lower: '"', cap: false, word: false },
      { text: 'ok', lower: 'ok', cap: false, word: true },
      { text: '"', lower: '"', cap: false, word: false },
    ]);
  });
});
