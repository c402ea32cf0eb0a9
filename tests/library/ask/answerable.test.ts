import { describe, expect, it } from 'vitest';
import { answerableFeatures, contradictionsOf } from '../../../src/library/ask/answerable.ts';
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

describe('contradictionsOf', () => {
  const text =
    'Michael Grade criticized the operations in 1998, when 40,000 people had officially registered.';
  it('reads an antonym, or a negating prefix, of a word the text lacks', () => {
    expect(contradictionsOf('who commended the operations?', text).antonym).toBe(0);
    expect(contradictionsOf('who praised the operations?', text).antonym).toBe(1);
    expect(contradictionsOf('how many people had unofficially registered?', text).antonym).toBe(1);
    expect(contradictionsOf('how many people had officially registered?', text).antonym).toBe(0);
  });

  it('reads a figure the text holds with another value of the same shape', () => {
    expect(contradictionsOf('what happened in 1998?', text).figureConflict).toBe(0);
    expect(contradictionsOf('what happened in 1995?', text).figureConflict).toBe(1);
    expect(contradictionsOf('when did 40,000 people register?', text).figureConflict).toBe(0);
    expect(contradictionsOf('when did 30,000 people register?', text).figureConflict).toBe(1);
  });

  it('reads a name of the question the text holds in no form', () => {
    expect(contradictionsOf('What did Michael Grade criticize?', text).nameLacking).toBe(0);
    expect(contradictionsOf('What did Greg Dyke criticize?', text).nameLacking).toBe(1);
  });

  const sentence =
    "BSkyB became the UK's largest digital television company and officially launched Sky Digital, backed by Senator Milton Latham.";
  it("reads an opposite standing in the place of a word the sentence lacks, beside that word's neighbour", () => {
    const inPlace = (question: string) => contradictionsOf(question, sentence).antonymInPlace;
    expect(inPlace("Who is the UK's smallest digital television company?")).toBe(1);
    expect(inPlace('When was Sky Digital unofficially launched?')).toBe(1);
    expect(inPlace("Who is the UK's largest digital television company?")).toBe(0);
    // The opposite stands elsewhere: a word of another place, not the question's word changed.
    expect(inPlace('Which company was smallest?')).toBe(0);
  });

  it('reads two words of the question the sentence holds side by side the other way round', () => {
    expect(contradictionsOf('Who backed Sky Digital?', sentence).pairSwapped).toBe(0);
    expect(contradictionsOf('What did Milton Latham back?', sentence).pairSwapped).toBe(0);
    expect(contradictionsOf('What did Latham Milton back?', sentence).pairSwapped).toBe(1);
    expect(contradictionsOf('What did Digital Sky launch?', sentence).pairSwapped).toBe(1);
  });

  it('reads what is in place in the sentence, not in its neighbours', () => {
    const context = `Sky grew. ${sentence}`;
    expect(contradictionsOf('What did Latham Milton back?', context, 'Sky grew.').pairSwapped).toBe(0);
    expect(contradictionsOf('What did Latham Milton back?', context, sentence).pairSwapped).toBe(1);
  });
});
