/**
 * Properties of the whole parse on arbitrary and damaged input: it never throws, and every span it
 * reports lies inside the text and re-flows to the text it claims.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseLayout } from '../../src/engine/layout.ts';
import { parseStory } from '../../src/engine/parseStory.ts';
import { reflow } from '../../src/engine/text.ts';
import type { Span } from '../../src/engine/types.ts';

const repo = join(dirname(fileURLToPath(import.meta.url)), '../..');
const seed = readFileSync(join(repo, 'stories', '000_2696b59510ee6b97.txt'), 'utf8');
const corpora = join(repo, '..', 'shared', 'corpora');

function expectInside(raw: string, span: Span, what: string) {
  const [start, end] = span;
  expect(Number.isInteger(start) && Number.isInteger(end), `${what} ${span} has whole offsets`).toBe(true);
  expect(
    start >= 0 && start <= end && end <= raw.length,
    `${what} ${span} lies inside 0..${raw.length}`,
  ).toBe(true);
}

/** Checks the layout's and the story's spans against the raw text. */
function checkSpans(raw: string) {
  const layout = parseLayout(raw);
  expectInside(raw, layout.bodySpan, 'body');
  for (const paragraph of layout.paragraphs) {
    expectInside(raw, paragraph.span, 'paragraph');
    expect(reflow(raw.slice(...paragraph.span))).toBe(paragraph.text);
  }
  for (const sentence of layout.sentences) {
    expectInside(raw, sentence.span, 'sentence');
    expect(reflow(raw.slice(...sentence.span))).toBe(sentence.text);
    expect(sentence.paragraph).toBeLessThan(layout.paragraphs.length);
  }
  if (layout.dateline) {
    expectInside(raw, layout.dateline.span, 'dateline');
    expect(raw.slice(...layout.dateline.span)).toBe(layout.dateline.text);
  }

  const outcome = parseStory(raw, 'stories/sample.txt');
  expect(outcome.ok).toBe(true);
  if (!outcome.ok) return;
  // A step that throws is caught and reported as a "… failed (…)" warning; none should.
  expect(outcome.warnings.filter((warning) => / failed \(/.test(warning))).toEqual([]);
  for (const quote of outcome.story.quotes) {
    expectInside(raw, quote.span, `${quote.kind} quote`);
    if (quote.kind !== 'indirect') expect(reflow(raw.slice(...quote.span))).toBe(quote.text);
    if (quote.speakerMentionSpan) {
      expectInside(raw, quote.speakerMentionSpan, 'speaker mention');
      expect(reflow(raw.slice(...quote.speakerMentionSpan))).toBe(quote.speakerMention);
    }
  }
}

/** Pieces that exercise the layout and quote code: headers, quotation marks, line breaks, abbreviations. */
const pieces = [
  'date 2014-09-15 ',
  'date 2014-13-45 ',
  '---\n',
  'title: x\n',
  'PARIS, Sept 15 ',
  'WASHINGTON (Reuters) - ',
  ' - ',
  '\u2014',
  '"',
  '\u201c',
  '\u201d',
  "'",
  '\u2019',
  '\n',
  '\n\n',
  '\n    ',
  ' ',
  '.',
  '. ',
  '?',
  '...',
  'U.S.',
  'Mr.',
  'Sept.',
  '5.93',
  ' she said',
  ' he told reporters.',
  ' said that ',
  'according to ',
  'Jen Paski',
  'Khamenei',
  '#',
  '-\n',
  '\r\n',
  '\uFEFF',
  'Ω',
  '\uD83D\uDE00',
];

const storyLike = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 12 })), {
  maxLength: 60,
});

/** A random edit of the seed: delete some characters at a place and insert a piece there. */
const edit = fc.record({
  at: fc.nat({ max: seed.length }),
  remove: fc.nat({ max: 12 }),
  insert: fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 6 })),
});

function applyEdits(text: string, edits: Array<{ at: number; remove: number; insert: string }>): string {
  let out = text;
  for (const { at, remove, insert } of edits) {
    const position = Math.min(at, out.length);
    out = out.slice(0, position) + insert + out.slice(position + remove);
  }
  return out;
}

describe('parseStory properties', () => {
  it('holds for the seed itself', () => {
    checkSpans(seed);
  });

  it('holds for arbitrary strings', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ maxLength: 400 }), fc.string({ unit: 'binary', maxLength: 400 })),
        (raw) => checkSpans(raw),
      ),
      { numRuns: 300 },
    );
  });

  it('holds for story-like strings built from headers, quotes and line breaks', () => {
    fc.assert(
      fc.property(storyLike, (parts) => checkSpans(parts.join(''))),
      { numRuns: 300 },
    );
  });

  it('holds for the seed with random insertions, deletions and quotation marks', () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 8 }), (edits) =>
        checkSpans(applyEdits(seed, edits)),
      ),
      { numRuns: 200 },
    );
  });
});

const storyDirs = [
  join(corpora, 'reuters21578', 'stories'),
  join(corpora, 'polnear', 'train', 'stories'),
  join(corpora, 'polnear', 'test', 'stories'),
].filter((dir) => existsSync(dir));
if (storyDirs.length === 0)
  console.log(`parseStory properties: no corpora under ${corpora}; real-story checks not run`);

describe.runIf(storyDirs.length > 0)('parseStory properties on real stories', () => {
  it.each(storyDirs)('hold for the first 150 stories of %s', (dir) => {
    for (const file of readdirSync(dir).sort().slice(0, 150))
      checkSpans(readFileSync(join(dir, file), 'utf8'));
  });
});
