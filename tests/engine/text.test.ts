import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { headlineOf, shortenHeadline } from '../../src/engine/headline.ts';
import { cleanTitle, parseLayout } from '../../src/engine/layout.ts';
import { lineEndsSentence, reflow, sentenceSpans, splitLines, squeezeSpaces } from '../../src/engine/text.ts';

const sentences = (text: string) => sentenceSpans(text, 0, text.length).map(([s, e]) => text.slice(s, e));

describe('squeezeSpaces', () => {
  it('returns text already on one line with single spaces as it is, and squeezes any other', () => {
    const plain = 'The United States ruled out talks.';
    expect(squeezeSpaces(plain)).toBe(plain);
    expect(squeezeSpaces(' The  United\u00a0States\nruled\tout talks. ')).toBe(plain);
  });

  it('equals collapsing every run of white space and trimming, on any text', () => {
    const spaces = fc.constantFrom(
      ' ',
      '  ',
      '\n',
      '\t',
      '\u00a0',
      '\u2009',
      '\u3000',
      '\ufeff',
      'a',
      'B.',
      '',
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(spaces, fc.string({ maxLength: 4 })), { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        expect(squeezeSpaces(text)).toBe(text.replace(/\s+/g, ' ').trim());
      }),
    );
  });
});

describe('reflow', () => {
  it('joins wrapped lines and collapses white space', () => {
    expect(reflow('  The United States\non Monday   ruled\n    out any\tpossibility ')).toBe(
      'The United States on Monday ruled out any possibility',
    );
  });

  it('joins a word hyphenated across a line break, and keeps hyphens inside lines', () => {
    expect(reflow('an anti-\nIslamic State coalition')).toBe('an anti-Islamic State coalition');
    expect(reflow('a U.S.-led coalition')).toBe('a U.S.-led coalition');
    expect(reflow('prices rose -\nthe board said')).toBe('prices rose - the board said');
  });

  it('decodes the entities of old wire copy', () => {
    expect(reflow('Standard Oil &lt;SRD> &amp; BP')).toBe('Standard Oil <SRD> & BP');
  });
});

describe('splitLines', () => {
  it('gives offsets into the raw text, with the text part of each line', () => {
    const raw = 'ab\n   cd  \n\nef';
    const lines = splitLines(raw, 0, raw.length);
    expect(lines.map((line) => raw.slice(line.textStart, line.textEnd))).toEqual(['ab', 'cd', '', 'ef']);
    expect(lines[1]).toEqual({ start: 3, end: 10, textStart: 6, textEnd: 8 });
  });
});

describe('sentenceSpans', () => {
  it.each([
    [
      'U.S. State Department officials met. They talked.',
      ['U.S. State Department officials met.', 'They talked.'],
    ],
    ['Talks moved to the U.S. The minister left.', ['Talks moved to the U.S.', 'The minister left.']],
    ['Mr. Smith and Dr. Jones met Gen. Lee.', ['Mr. Smith and Dr. Jones met Gen. Lee.']],
    ['It was Sept. 15 when John F. Kennedy spoke.', ['It was Sept. 15 when John F. Kennedy spoke.']],
    ['Output rose to 5.93 mln bags. Prices fell.', ['Output rose to 5.93 mln bags.', 'Prices fell.']],
    ['"We are ready." He left.', ['"We are ready."', 'He left.']],
    ['"Are we ready?" he asked. Nobody answered.', ['"Are we ready?" he asked.', 'Nobody answered.']],
    ['He paused... Then he spoke.', ['He paused...', 'Then he spoke.']],
    ['Standard Oil Co. The venture starts.', ['Standard Oil Co.', 'The venture starts.']],
    ['Standard Oil Co. Ltd said so.', ['Standard Oil Co. Ltd said so.']],
    ['It ranked No. 1 in sales.', ['It ranked No. 1 in sales.']],
    ['Officials said so (in private.) Others agreed.', ['Officials said so (in private.)', 'Others agreed.']],
    ['No final mark here', ['No final mark here']],
    ['He said:\n"We\nwill win." Then\nhe left.', ['He said:\n"We\nwill win."', 'Then\nhe left.']],
  ])('%j', (text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });

  it('never returns a span outside its range or with surrounding white space', () => {
    const raw = 'xx  One.  Two?  Three!  yy';
    const spans = sentenceSpans(raw, 2, raw.length - 2);
    expect(spans.map(([s, e]) => raw.slice(s, e))).toEqual(['One.', 'Two?', 'Three!']);
  });
});

describe('lineEndsSentence', () => {
  const ends = (line: string) => lineEndsSentence(line, 0, line.length);
  it.each([
    ['the jihadists as a "serious threat" to Iran and the region.', true],
    ['and Syria into "Pakistan, where it can commit #crimes whenever', false],
    ['it wants".', true],
    ['There may be another opportunity, she said,', false],
    ['Did they agree?', true],
    ['talks with officials from the U.S.', false],
    ['signed by John F.', false],
    ['said Mr.', false],
    ['total rose in 1987.', true],
  ])('%j → %s', (line, expected) => {
    expect(ends(line)).toBe(expected);
  });
});

describe('headlines', () => {
  it('keeps a short text whole', () => {
    expect(shortenHeadline('Port strike ends')).toBe('Port strike ends');
  });

  it('cuts a long lead at a word boundary, without dangling words, and marks the cut', () => {
    const lead =
      'The United States on Monday ruled out any possibility of future military coordination with Iran in a U.S.-led coalition against Islamic State fighters';
    const headline = shortenHeadline(lead);
    expect(headline.length).toBeLessThanOrEqual(100);
    expect(headline.endsWith('…')).toBe(true);
    const words = headline.slice(0, -1).split(' ');
    for (const word of words) expect(lead.split(' ')).toContain(word);
    expect(['in', 'a', 'with', 'the', 'of']).not.toContain(words[words.length - 1]);
  });

  it('drops trailing punctuation before the ellipsis', () => {
    const headline = shortenHeadline(`${'word '.repeat(18)}alpha, beta gamma delta epsilon zeta eta`, 100);
    expect(headline).not.toMatch(/[,\s]…$/);
    expect(headline.length).toBeLessThanOrEqual(100);
  });

  it('cuts a single over-long word only because it has to', () => {
    expect(shortenHeadline('x'.repeat(150))).toBe(`${'x'.repeat(99)}…`);
  });

  it('prefers the title, else the lead sentence without its full stop', () => {
    expect(headlineOf(parseLayout('date 2020-01-02\nPort Strike Ends\n\nThe strike ended.\n'))).toBe(
      'Port Strike Ends',
    );
    expect(headlineOf(parseLayout('date 2020-01-02 The strike ended. Workers went home.\n'))).toBe(
      'The strike ended',
    );
    expect(headlineOf(parseLayout('date 2020-01-02 Talks moved to the U.S.\n'))).toBe(
      'Talks moved to the U.S.',
    );
    expect(headlineOf(parseLayout('date 2020-01-02\n'))).toBe('');
  });

  it('cleans titles before they become headlines', () => {
    expect(cleanTitle('  Trump Is Merely a Small Fry.\n')).toBe('Trump Is Merely a Small Fry');
  });
});
