import { describe, expect, it } from 'vitest';
import { findQuotedSpans, paragraphStarts } from '../../src/engine/quoteMarks.ts';

const spansOf = (raw: string) => {
  const body: [number, number] = [0, raw.length];
  return findQuotedSpans(raw, body, paragraphStarts(raw, body)).map((span) => ({
    text: raw.slice(span.start, span.end),
    closed: span.closed,
  }));
};

describe('findQuotedSpans', () => {
  it('pairs straight and curly marks across long stretches of narration', () => {
    const narration = 'The talks went on for hours. '.repeat(40);
    expect(
      spansOf(`${narration}"We will not," he said. ${narration}He called it \u201chollow\u201d.`),
    ).toEqual([
      { text: '"We will not,"', closed: true },
      { text: '\u201chollow\u201d', closed: true },
    ]);
  });

  it('ends an open quote at the last text of its paragraph unless the next one reopens with a mark', () => {
    expect(spansOf('"It goes on   \n\n"and on," she said.\n\n"Cut off here  \n\nThe end.')).toEqual([
      { text: '"It goes on   \n\n"and on,"', closed: true },
      { text: '"Cut off here', closed: false },
    ]);
  });
});
