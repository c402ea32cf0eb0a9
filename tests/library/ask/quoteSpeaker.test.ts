import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseStory } from '../../../src/engine/parseStory.ts';
import { QUOTE_SPEAKER_RULES } from '../../../src/library/ask/quoteSpeaker.ts';
import { ask, prepareAsk } from '../../../src/library/ask.ts';
import { buildSnapshot } from '../../../src/library/snapshot.ts';

const storyOf = (raw: string, file: string) => {
  const outcome = parseStory(raw, file);
  if (!outcome.ok) throw new Error(outcome.error);
  return outcome.story;
};

/** A story of the example's sentence among others that name no one, asked its question. */
function askOver(sentence: string, question: string) {
  const raw = `date 2016-09-20\nTalks go on\n\n${sentence}\n\nThe weather was mild on the day.\n`;
  const snapshot = buildSnapshot([
    storyOf(raw, 'quoted.txt'),
    storyOf('date 2016-09-21\nMarkets\n\nShares rose in New York on Tuesday.\n', 'markets.txt'),
  ]);
  prepareAsk(snapshot);
  return { raw, result: ask(snapshot, question) };
}

describe('quote speakers answer who-questions', () => {
  for (const rule of QUOTE_SPEAKER_RULES)
    it(`rule "${rule.name}" answers its example with the speaker`, () => {
      const { question, sentence, speaker } = rule.example;
      const { raw, result } = askOver(sentence, question);
      expect(result.intent).toBe('fact');
      expect(result.answer.startsWith(`**${speaker}**`)).toBe(true);
      expect(result.extract?.text).toBe(speaker);
      expect(result.citations[0]!.text).toBe(sentence.split('\n\n')[1]);
      const [start, end] = result.extract!.span;
      expect(raw.slice(start, end)).toBe(speaker);
    });

  it('leaves a name inside a quote told in the third person as the answer', () => {
    const { result } = askOver(
      '"Wallonia rejected the trade deal on Friday," the minister Didier Reynders said.',
      'who rejected the trade deal',
    );
    expect(result.extract?.text).toBe('Wallonia');
  });

  const seedFile = join(import.meta.dirname, '../../../../shared/seed/000_2696b59510ee6b97.txt');
  let seed: string | null = null;
  try {
    seed = readFileSync(seedFile, 'utf8');
  } catch {
    console.warn(`skipping the seed story's quote speakers: ${seedFile} is absent`);
  }
  it.runIf(seed !== null)(
    'answers "who said…" in other words on the seed story with the closest quote\'s speaker',
    () => {
      const snapshot = buildSnapshot([storyOf(seed!, '000_2696b59510ee6b97.txt')]);
      prepareAsk(snapshot);
      const result = ask(snapshot, 'who said the talks would continue in new york');
      expect(result.answer).toMatch(/^\*\*Jen Paski\*\*/);
      expect(result.extract?.text).toBe('Jen Paski');
      expect(result.citations[0]!.text).toContain('later this week in New York');
    },
  );
});
