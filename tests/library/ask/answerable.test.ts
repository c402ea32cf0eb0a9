import { describe, expect, it } from 'vitest';
import { answerableFeatures } from '../../../src/library/ask/answerable.ts';
import { findExtracts } from '../../../src/library/ask/findExtract.ts';
import { buildSnapshot } from '../../../src/library/snapshot.ts';
import { parsedStory } from '../../helpers/parsedStory.ts';

const snapshot = buildSnapshot([
  parsedStory(
    'date 2020-01-01\nComplexity theory\n\nA decision problem asks a question of its input. ' +
      'Turing machines were defined by Alan Turing in 1936. ' +
      'The machines were not built by him.\n',
    'complexity.txt',
  ),
]);

const best = (question: string) => {
  const [found] = findExtracts(snapshot, question, { limit: 1 });
  if (!found) throw new Error(`no answer to ${question}`);
  return found;
};

describe('answerableFeatures', () => {
  it('reads a near miss: most of the question held, one weighty word said in no form', () => {
    const whole = answerableFeatures(best('who defined Turing machines in 1936?'));
    const missed = answerableFeatures(best('who defined Turing engines in 1936?'));
    expect(whole.nearMiss).toBe(0);
    expect(missed.nearMiss).toBeGreaterThan(0.5);
  });

  it('reads a negation in one of the question and the sentence only', () => {
    expect(best('who defined Turing machines in 1936?').negationDiffers).toBe(0);
    expect(best("who didn't define Turing machines in 1936?").negationDiffers).toBe(1);
    expect(best('which machines were not built?').negationDiffers).toBe(0);
  });
});
