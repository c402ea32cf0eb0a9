import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { StoryLayout } from '../../src/engine/layout.ts';
import { chooseSentences, SUMMARY_MAX_CHARS, summarize } from '../../src/engine/summary.ts';

/** A layout built by hand from sentences, all in one paragraph. */
function layoutOf(sentences: string[], title: string | null = null): StoryLayout {
  let offset = 0;
  return {
    date: '2020-01-01',
    dateline: null,
    title,
    frontMatter: null,
    bodySpan: [0, sentences.join(' ').length],
    paragraphs: [{ text: sentences.join(' '), span: [0, sentences.join(' ').length] }],
    sentences: sentences.map((text) => {
      const span: [number, number] = [offset, offset + text.length];
      offset += text.length + 1;
      return { text, span, paragraph: 0 };
    }),
    warnings: [],
  };
}

const story = [
  'The city council of Northfield voted on Tuesday to build a new bridge over the river, ending a decade of debate.',
  'The bridge will cost 40 million dollars and should open in three years, the council said.',
  'It was a long night.',
  'Council members who opposed the bridge said the river crossing would bring more traffic to the old town.',
  '"We are delighted," said one resident.',
  'Local shops had campaigned for the bridge, saying the river crossing would bring customers from the new suburbs.',
  'The weather was mild.',
  'Work on the bridge over the river starts in the spring, when the council expects the first contracts to be signed.',
];

describe('summarize', () => {
  it('picks two or three whole sentences of the story, in story order', () => {
    const chosen = chooseSentences(layoutOf(story));
    expect(chosen.length).toBeGreaterThanOrEqual(2);
    expect(chosen.length).toBeLessThanOrEqual(3);
    const positions = chosen.map((sentence) => story.indexOf(sentence));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(summarize(layoutOf(story))).toBe(chosen.join(' '));
  });

  it('keeps the lead and leaves out short filler and lone quotes', () => {
    const chosen = chooseSentences(layoutOf(story));
    expect(chosen[0]).toBe(story[0]);
    expect(chosen).not.toContain('It was a long night.');
    expect(chosen).not.toContain('The weather was mild.');
    expect(chosen).not.toContain('"We are delighted," said one resident.');
  });

  it('stays within 600 characters by choosing fewer or shorter sentences, never cutting one', () => {
    const long = (topic: string) =>
      `The ${topic} report on the regional economy found that exports of machinery, timber and grain rose sharply over the year while imports of fuel fell, ${'and analysts expected the trend to continue as new trade agreements took effect across the region, '.repeat(1)}officials said.`;
    const sentences = [long('first'), long('second'), long('third'), 'Exports of grain rose sharply.'];
    const summary = summarize(layoutOf(sentences));
    expect(summary.length).toBeLessThanOrEqual(SUMMARY_MAX_CHARS);
    for (const sentence of chooseSentences(layoutOf(sentences))) expect(sentences).toContain(sentence);
  });

  it('does not repeat the same point twice', () => {
    const sentences = [
      'Floods closed the main road to the port on Monday after three days of heavy rain.',
      'Floods closed the main road to the port on Monday after three days of heavy rain, police said.',
      'Ferries to the islands were cancelled and schools in the valley stayed shut.',
      'Forecasters expect more rain by the weekend.',
    ];
    const chosen = chooseSentences(layoutOf(sentences));
    expect(chosen).toContain(sentences[0]);
    expect(chosen).not.toContain(sentences[1]);
  });

  it('leaves out agency sign-offs', () => {
    const sentences = [
      'The central bank raised its main interest rate by half a point to curb inflation.',
      'Analysts had expected a smaller rise in the interest rate.',
      'Reuter',
    ];
    expect(chooseSentences(layoutOf(sentences))).not.toContain('Reuter');
  });

  it('gives an empty summary for an empty story and clips a lone overlong sentence at a word', () => {
    expect(summarize(layoutOf([]))).toBe('');
    const huge = `${'word '.repeat(300).trim()}.`;
    const summary = summarize(layoutOf([huge]));
    expect(summary.length).toBeLessThanOrEqual(SUMMARY_MAX_CHARS);
    expect(summary.endsWith('…')).toBe(true);
  });

  it('never throws and never exceeds the limit', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ maxLength: 400 }), { maxLength: 12 }),
        fc.option(fc.string()),
        (sentences, title) => {
          const summary = summarize(layoutOf(sentences, title));
          expect(summary.length).toBeLessThanOrEqual(SUMMARY_MAX_CHARS);
        },
      ),
    );
  });
});
