import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cleanTitle, parseLayout, type StoryLayout } from '../../src/engine/layout.ts';
import { parseStory } from '../../src/engine/parseStory.ts';
import { reflow } from '../../src/engine/text.ts';

const repo = join(dirname(fileURLToPath(import.meta.url)), '../..');
const seed = readFileSync(join(repo, 'stories', '000_2696b59510ee6b97.txt'), 'utf8');

/** The first words of each paragraph, to compare paragraph splits compactly. */
const openings = (layout: StoryLayout, words = 3) =>
  layout.paragraphs.map((paragraph) => paragraph.text.split(' ').slice(0, words).join(' '));

function expectSpansConsistent(raw: string, layout: StoryLayout) {
  for (const part of [...layout.paragraphs, ...layout.sentences]) {
    expect(part.span[0]).toBeGreaterThanOrEqual(0);
    expect(part.span[1]).toBeLessThanOrEqual(raw.length);
    expect(reflow(raw.slice(part.span[0], part.span[1]))).toBe(part.text);
  }
  if (layout.dateline) {
    expect(raw.slice(layout.dateline.span[0], layout.dateline.span[1])).toBe(layout.dateline.text);
  }
}

describe('parseLayout on the seed story', () => {
  const layout = parseLayout(seed);

  it('reads the date and the dateline without a dash', () => {
    expect(layout.date).toBe('2014-09-15');
    expect(layout.dateline).toEqual({ text: 'PARIS, Sept 15', span: [17, 31], placeText: 'PARIS' });
    expect(layout.title).toBeNull();
    expect(layout.warnings).toEqual([]);
  });

  it('starts the body right after the dateline', () => {
    expect(seed.slice(layout.bodySpan[0], layout.bodySpan[0] + 17)).toBe('The United States');
  });

  it('ends a paragraph where a hard-wrapped line ends a sentence', () => {
    expect(openings(layout)).toEqual([
      'The United States',
      'The comments follow',
      'U.S. State Department',
      '"I am not',
      '"We will be',
      'Iran says it',
      '"American officials\' comments',
      'On his Twitter',
      '"I rejected US',
      'It was unclear',
      'Kerry said last',
      'Members of the',
    ]);
  });

  it('splits sentences inside paragraphs without breaking at U.S. or inside quotes', () => {
    const third = layout.sentences.filter((sentence) => sentence.paragraph === 3).map((s) => s.text);
    expect(third).toEqual([
      '"I am not going to outline every diplomatic discussion.',
      'But we are not and will not coordinate militarily," she said in a statement.',
    ]);
    const kerry = layout.sentences.filter((sentence) => sentence.paragraph === 10).map((s) => s.text);
    expect(kerry).toHaveLength(2);
    expect(kerry[1]).toBe('Iran denies that charge.');
    expect(layout.sentences[0]!.text).toContain('a U.S.-led coalition');
  });

  it('keeps every span consistent with its re-flowed text', () => {
    expectSpansConsistent(seed, layout);
  });
});

describe('parseLayout on wire-style files', () => {
  const reuters = [
    'date 1987-03-11 BUENOS AIRES, March 11 - The grain board said on Wednesday',
    'that wheat shipments rose to 1.2 mln tonnes in the week, up from',
    '0.9 mln a week earlier.',
    '    The board said maize loadings were slower because of rain',
    'at the port of Rosario.',
    '    "We expect a record season," a board official told reporters.',
    '',
  ].join('\n');

  it('takes the dateline up to the dash and splits paragraphs at indented lines', () => {
    const layout = parseLayout(reuters);
    expect(layout.date).toBe('1987-03-11');
    expect(layout.dateline?.text).toBe('BUENOS AIRES, March 11');
    expect(layout.dateline?.placeText).toBe('BUENOS AIRES');
    expect(openings(layout, 2)).toEqual(['The grain', 'The board', '"We expect']);
    expect(layout.paragraphs[0]!.text).toContain('up from 0.9 mln a week earlier.');
    expectSpansConsistent(reuters, layout);
  });

  it.each([
    ['WASHINGTON (Reuters) - Officials said', 'WASHINGTON (Reuters)', 'WASHINGTON'],
    ['MEMPHIS, Tenn., March 11 - The company said', 'MEMPHIS, Tenn., March 11', 'MEMPHIS, Tenn.'],
    ['SAO PAULO, Feb 26 - Coffee prices rose', 'SAO PAULO, Feb 26', 'SAO PAULO'],
    ['NEW YORK, March 3 - Shares fell', 'NEW YORK, March 3', 'NEW YORK'],
    ['BOGOTA, March 13 -\nThe central bank said', 'BOGOTA, March 13', 'BOGOTA'],
    ['AMSTERDAM, 2 March - The central bank said', 'AMSTERDAM, 2 March', 'AMSTERDAM'],
    ['PARIS, Oct. 20 - The minister said', 'PARIS, Oct. 20', 'PARIS'],
    ['****LONDON, March 5 - Traders said', '****LONDON, March 5', 'LONDON'],
    ['Mexico city, march 18 - The ministry said', 'Mexico city, march 18', 'Mexico city'],
    ['CANBERRA \u2014 The rover found ice', 'CANBERRA', 'CANBERRA'],
    ['NEW YORK (AP) \u2014 Stocks rose', 'NEW YORK (AP)', 'NEW YORK'],
    ['ATLANTA, Apri 1 - The company said', 'ATLANTA, Apri 1', 'ATLANTA'],
  ])('reads the dateline of %j', (body, text, place) => {
    const raw = `date 2020-01-02 ${body} on Monday.\n`;
    const layout = parseLayout(raw);
    expect(layout.dateline?.text).toBe(text);
    expect(layout.dateline?.placeText).toBe(place);
    expect(
      raw
        .slice(layout.bodySpan[0])
        .trimStart()
        .startsWith(body.split(/ [-\u2014] ?|\n/).pop()!),
    ).toBe(true);
  });

  it.each([
    'The council met on March 5 and voted.',
    'On March 5 the council voted.',
    'Last Tuesday, March 5, the council voted.',
    'Donald Trump - the candidate - spoke.',
  ])('does not take ordinary text for a dateline: %j', (body) => {
    const layout = parseLayout(`date 2020-01-02 ${body}\nMore text on the next line follows here.\n`);
    expect(layout.dateline).toBeNull();
    expect(layout.paragraphs[0]!.text.startsWith(body.slice(0, 10))).toBe(true);
  });

  it('reads a dateline on the line after the date', () => {
    const raw = 'date 2022-06-08\nNAIROBI, June 8 - Ministers agreed on a deal.\n\nThey will meet again.\n';
    const layout = parseLayout(raw);
    expect(layout.date).toBe('2022-06-08');
    expect(layout.dateline?.text).toBe('NAIROBI, June 8');
    expect(layout.title).toBeNull();
    expect(openings(layout, 1)).toEqual(['Ministers', 'They']);
  });

  it('handles Windows line endings', () => {
    const raw =
      'date 2022-06-08\r\nNAIROBI, June 8 - Ministers agreed\r\non a deal.\r\n\r\nThey will meet again.\r\n';
    const layout = parseLayout(raw);
    expect(layout.dateline?.text).toBe('NAIROBI, June 8');
    expect(layout.paragraphs.map((p) => p.text)).toEqual([
      'Ministers agreed on a deal.',
      'They will meet again.',
    ]);
    expectSpansConsistent(raw, layout);
  });
});

describe('parseLayout on title-line files', () => {
  it('reads a title line followed by a blank line, and drops the full stop files add', () => {
    const raw = [
      'date 2016-09-12',
      'Senator Wins Vote on Farm Bill.',
      '',
      'WASHINGTON \u2014 The Senate passed the farm bill on Monday after a long debate that lasted most of the day and night.',
      '',
      'The bill now goes to the House.',
      '',
    ].join('\n');
    const layout = parseLayout(raw);
    expect(layout.title).toBe('Senator Wins Vote on Farm Bill');
    expect(raw.slice(layout.titleSpan![0], layout.titleSpan![1])).toBe('Senator Wins Vote on Farm Bill.');
    expect(layout.dateline?.text).toBe('WASHINGTON');
    expect(openings(layout, 2)).toEqual(['The Senate', 'The bill']);
  });

  it('joins a title ending in a semicolon with its subtitle line', () => {
    const raw = 'date 2016-05-01\nReady for the debate?; \nThe old tricks will not work\n\nBody text here.\n';
    expect(parseLayout(raw).title).toBe('Ready for the debate?; The old tricks will not work');
  });

  it('takes a short title-like line before hard-wrapped text as the title', () => {
    const raw = [
      'date 2024-02-15',
      'Lunar Rover Finds Ice',
      'A small lunar rover built by an Australian and Japanese team has',
      'found signs of water ice about a metre below the rim of the crater.',
      '',
    ].join('\n');
    const layout = parseLayout(raw);
    expect(layout.title).toBe('Lunar Rover Finds Ice');
    expect(layout.paragraphs).toHaveLength(1);
    expect(layout.paragraphs[0]!.text.startsWith('A small lunar rover')).toBe(true);
  });

  it('keeps a dash title followed by a blank line as a title, not a dateline', () => {
    const raw = 'date 2016-08-08\nEXCLUSIVE \u2013 Mayor Says the Bridge Will Open\n\nThe mayor said so.\n';
    const layout = parseLayout(raw);
    expect(layout.title).toBe('EXCLUSIVE \u2013 Mayor Says the Bridge Will Open');
    expect(layout.dateline).toBeNull();
  });

  it('does not take hard-wrapped body text for a title', () => {
    const raw = [
      'date 2020-01-02',
      'The city council approved the budget on Monday after a long debate',
      'that lasted most of the night, officials said.',
      '',
    ].join('\n');
    const layout = parseLayout(raw);
    expect(layout.title).toBeNull();
    expect(layout.paragraphs).toHaveLength(1);
  });

  it('reads a markdown heading as the title', () => {
    const layout = parseLayout('date 2020-01-02\n# Port Strike Ends\n\nThe strike ended.\n');
    expect(layout.title).toBe('Port Strike Ends');
  });

  it('treats a one-line story as body, not title', () => {
    const layout = parseLayout('date 2020-01-02\nThe strike ended.\n');
    expect(layout.title).toBeNull();
    expect(layout.sentences.map((s) => s.text)).toEqual(['The strike ended.']);
  });
});

describe('parseLayout with front matter', () => {
  const raw = [
    '---',
    'title: Harbour United Win the Cup',
    'date: 2022-05-21',
    'place: Glasgow',
    'author: A. Writer',
    'tags: [football, final]',
    '---',
    'GLASGOW, May 21 - Harbour United won the cup on Saturday.',
    '',
    '"I have dreamed about this," the striker said.',
    '',
  ].join('\n');

  it('takes title and date from the front matter and the dateline from the body', () => {
    const layout = parseLayout(raw);
    expect(layout.title).toBe('Harbour United Win the Cup');
    expect(layout.date).toBe('2022-05-21');
    expect(layout.frontMatter).toMatchObject({
      place: 'Glasgow',
      author: 'A. Writer',
      tags: ['football', 'final'],
    });
    expect(layout.dateline?.text).toBe('GLASGOW, May 21');
    expect(openings(layout, 2)).toEqual(['Harbour United', '"I have']);
    expect(layout.warnings).toEqual([]);
    expectSpansConsistent(raw, layout);
  });

  it('keeps a short first body line when the title comes from the front matter', () => {
    const layout = parseLayout('---\ntitle: Strike Over\n---\nThe strike ended.\n\nWorkers went home.\n');
    expect(layout.title).toBe('Strike Over');
    expect(layout.paragraphs.map((p) => p.text)).toEqual(['The strike ended.', 'Workers went home.']);
    const repeated = parseLayout('---\ntitle: Strike Over\n---\nStrike Over\n\nWorkers went home.\n');
    expect(repeated.paragraphs.map((p) => p.text)).toEqual(['Workers went home.']);
  });

  it('accepts an ISO timestamp as the date and prefers the date line when both are given', () => {
    expect(parseLayout('---\ndate: 2021-04-05T10:00:00Z\n---\nText.\n').date).toBe('2021-04-05');
    const both = parseLayout('---\ndate: 2021-04-05\n---\ndate 2021-04-06\nText here.\n');
    expect(both.date).toBe('2021-04-06');
    expect(both.warnings.join(' ')).toMatch(/differs/);
  });

  it('skips broken YAML with a warning and keeps the body', () => {
    const layout = parseLayout('---\ntitle: [unclosed\n---\ndate 2020-01-02 Body text.\n');
    expect(layout.frontMatter).toBeNull();
    expect(layout.warnings.join(' ')).toMatch(/not valid YAML/);
    expect(layout.date).toBe('2020-01-02');
    expect(layout.sentences[0]!.text).toBe('Body text.');
  });

  it('reads an unclosed front matter as body text, with a warning', () => {
    const layout = parseLayout('---\ntitle: Something\ndate 2020-01-02 Body.\n');
    expect(layout.warnings.join(' ')).toMatch(/no closing/);
    expect(layout.paragraphs.length).toBeGreaterThan(0);
  });
});

describe('parseLayout on odd input', () => {
  it('warns about a missing date and still finds the body', () => {
    const layout = parseLayout('PARIS, Sept 15 The minister said he would resign.\n');
    expect(layout.date).toBeNull();
    expect(layout.warnings.join(' ')).toMatch(/no date/);
    expect(layout.dateline?.text).toBe('PARIS, Sept 15');
  });

  it('rejects an impossible date with a warning', () => {
    const layout = parseLayout('date 2014-02-30 Text.\n');
    expect(layout.date).toBeNull();
    expect(layout.warnings.join(' ')).toMatch(/not a real calendar date/);
  });

  it('pads a date line written without leading zeros', () => {
    expect(parseLayout('date 2014-9-5 Text.\n').date).toBe('2014-09-05');
  });

  it.each([
    ['September 15, 2014', '2014-09-15'],
    ['15 Sept 2014', '2014-09-15'],
    ['2014-09-15T08:30:00+02:00', '2014-09-15'],
    ['someday', null],
    ['February 30, 2014', null],
  ])('reads the front-matter date %j as %j', (written, expected) => {
    const layout = parseLayout(`---\ndate: ${written}\n---\nText.\n`);
    expect(layout.date).toBe(expected);
    if (expected === null) expect(layout.warnings.join(' ')).toMatch(/front-matter date is not a date/);
  });

  it('accepts leading white space and a byte-order mark before the date', () => {
    const layout = parseLayout('\uFEFF  \n date 2014-09-15 PARIS, Sept 15 Text.\n');
    expect(layout.date).toBe('2014-09-15');
    expect(layout.dateline?.text).toBe('PARIS, Sept 15');
  });

  it('gives empty results for empty text', () => {
    const layout = parseLayout('');
    expect(layout.paragraphs).toEqual([]);
    expect(layout.sentences).toEqual([]);
    expect(layout.bodySpan).toEqual([0, 0]);
  });

  it('makes every line a paragraph when the text is not hard-wrapped', () => {
    const long = 'word '.repeat(40).trim();
    const raw = `date 2020-01-02\nTitle Here\n\n${long}.\n${long} again.\n`;
    const layout = parseLayout(raw);
    expect(layout.paragraphs).toHaveLength(2);
  });
});

describe('cleanTitle', () => {
  it.each([
    ['In Avoiding Tax, Trump Is Merely a Small Fry.', 'In Avoiding Tax, Trump Is Merely a Small Fry'],
    ['Parents Rally To \u2018Reclaim Our Schools.\u2019', 'Parents Rally To \u2018Reclaim Our Schools\u2019'],
    ["Trends Are 'Terrifying.'", "Trends Are 'Terrifying'"],
    ['Wait for it...', 'Wait for it...'],
    ['Talks Move to the U.S.', 'Talks Move to the U.S.'],
    ['## Heading', 'Heading'],
    ['Is it over?', 'Is it over?'],
  ])('%j becomes %j', (input, expected) => {
    expect(cleanTitle(input)).toBe(expected);
  });
});

describe('parseStory assembly', () => {
  it('builds the seed story with its id, date, dateline place and paragraphs', () => {
    const outcome = parseStory(seed, 'stories/000_2696b59510ee6b97.txt');
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    const { story } = outcome;
    expect(story.id).toBe('000_2696b59510ee6b97');
    expect(story.file).toBe('stories/000_2696b59510ee6b97.txt');
    expect(story.date).toBe('2014-09-15');
    expect(story.dateline).toEqual({ text: 'PARIS, Sept 15', place: 'Paris', country: 'France' });
    expect(story.headline.length).toBeLessThanOrEqual(100);
    expect(story.headline.startsWith('The United States on Monday ruled out')).toBe(true);
    expect(story.paragraphs).toHaveLength(12);
    expect(story.meta).toBeUndefined();
  });

  it('maps front matter: title to headline, place to the dateline, the rest to meta', () => {
    const raw = [
      '---',
      'title: Quays Plan Approved',
      'date: 2019-03-12',
      'place: Lyon',
      'source: Sample Wire',
      'url: https://example.org/quays',
      'tags: [city, river]',
      '---',
      'The council approved the plan on Tuesday.',
      '',
    ].join('\n');
    const outcome = parseStory(raw, 'city/quays.md');
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.story.id).toBe('quays');
    expect(outcome.story.headline).toBe('Quays Plan Approved');
    expect(outcome.story.date).toBe('2019-03-12');
    expect(outcome.story.dateline).toEqual({ text: 'Lyon', place: 'Lyon', country: 'France' });
    expect(outcome.story.meta).toEqual({
      source: 'Sample Wire',
      url: 'https://example.org/quays',
      tags: ['city', 'river'],
    });
  });

  it('lets a front-matter place override the dateline place but keeps the dateline text', () => {
    const raw = '---\nplace: Lyon\n---\ndate 2019-03-12 PARIS, March 12 The council met.\n';
    const outcome = parseStory(raw, 'x.txt');
    expect(outcome.ok && outcome.story.dateline).toEqual({
      text: 'PARIS, March 12',
      place: 'Lyon',
      country: 'France',
    });
  });
});
