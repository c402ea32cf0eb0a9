import { describe, expect, it } from 'vitest';
import { questionInfo } from '../../../src/library/ask/extract.ts';
import { negatesAsked } from '../../../src/library/ask/findExtract.ts';

const negates = (question: string, sentence: string) =>
  negatesAsked(
    questionInfo(question, () => 1),
    sentence,
  );

describe('negatesAsked: a negation of what the sentence says of the question', () => {
  it('reads none in a clause beside the question words', () => {
    expect(
      negates(
        'when did reagan order the oil study',
        'President Reagan ordered the study last September, citing a determination that the country never again become dependent.',
      ),
    ).toBe(false);
  });

  it('reads one among the question words or just before them', () => {
    expect(negates('who won the cup', 'Harbour United did not win the cup.')).toBe(true);
    expect(negates('which bank lent money', 'No bank lent money to the firm.')).toBe(true);
    expect(negates('who won the cup', "Harbour United didn't win the cup.")).toBe(true);
  });

  it('reads a sentence holding none of the question words whole', () => {
    expect(negates('who won the cup', 'It never happened.')).toBe(true);
  });
});
