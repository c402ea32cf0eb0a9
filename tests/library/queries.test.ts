import { describe, expect, it } from 'vitest';
import type { Person, Quote, Story } from '../../src/engine/types.ts';
import {
  buildSnapshot,
  findQuotes,
  findStories,
  getStory,
  listSpeakers,
  QueryError,
  suggestPlaces,
  suggestSpeakers,
  suggestStories,
  summarizeStory,
} from '../../src/library/queryApi.ts';
import { resolveSpeaker } from '../../src/library/speakers.ts';

let offset = 0;
function quote(speaker: string | null, text: string, kind: Quote['kind'] = 'direct'): Quote {
  offset += 100;
  return {
    kind,
    text,
    span: [offset, offset + text.length],
    speaker,
    speakerMention: speaker,
    speakerMentionSpan: null,
    cue: 'said',
  };
}

function story(fields: Partial<Story> & { id: string }): Story {
  return {
    file: `${fields.id}.txt`,
    date: null,
    dateline: null,
    headline: '',
    summary: '',
    places: [],
    people: [],
    quotes: [],
    paragraphs: [],
    ...fields,
  };
}

const person = (name: string, aliases: string[] = []): Person => ({ name, aliases, role: null });

const stories: Story[] = [
  story({
    id: 'paris-iran',
    date: '2014-09-15',
    dateline: { text: 'PARIS, Sept 15', place: 'Paris', country: 'France' },
    headline: 'Iran rejects talks with United States on Islamic State',
    summary: 'Iran rejected talks.',
    places: [
      { name: 'Paris', country: 'France', kind: 'city' },
      { name: 'Iran', country: 'Iran', kind: 'country' },
    ],
    people: [person('Ali Khamenei', ['Khamenei']), person('Jen Paski', ['Paski']), person('Kerry')],
    quotes: [
      quote('Ali Khamenei', '"the U.S. offer was rejected"', 'partial'),
      quote('Jen Paski', '"we will not coordinate militarily"'),
      quote('Kerry', 'Iran had a role to play against Islamic State', 'indirect'),
    ],
    paragraphs: [
      'Iran rejected talks with the United States about fighting Islamic State militants in Iraq.',
    ],
  }),
  story({
    id: 'bogota-coffee',
    date: '1987-03-13',
    dateline: { text: 'BOGOTA, March 13', place: 'Bogota', country: 'Colombia' },
    headline: 'Colombia coffee exports rise',
    summary: 'Coffee exports rose.',
    people: [person('John Smith', ['Smith'])],
    quotes: [quote('John Smith', '"coffee prices will recover"')],
    paragraphs: ['Colombian coffee exports rose sharply in February, the coffee federation said.'],
  }),
  story({
    id: 'london-cocoa',
    date: '1987-03-20',
    dateline: { text: 'LONDON, March 20', place: 'London', country: 'United Kingdom' },
    headline: 'Cocoa prices fall in London',
    summary: 'Cocoa fell.',
    people: [person('Adam Smith', ['Smith'])],
    quotes: [
      quote('Adam Smith', '"cocoa stocks are too high"'),
      quote('Adam Smith', '"coffee is different"'),
    ],
    paragraphs: ['Cocoa prices fell in London on high stocks, traders said. Coffee was steady.'],
  }),
  story({
    id: 'washington-kerry',
    date: '2014-09-20',
    dateline: { text: 'WASHINGTON, Sept 20', place: 'Washington', country: 'United States' },
    headline: 'John Kerry meets Iran minister in New York',
    summary: 'Kerry met Zarif.',
    people: [person('John Kerry', ['Kerry'])],
    quotes: [quote('John Kerry', '"Iran can help defeat Islamic State"')],
    paragraphs: ['Secretary of State John Kerry met the Iranian foreign minister about Islamic State.'],
  }),
  story({
    id: 'paski-briefing',
    date: '2014-09-16',
    dateline: { text: 'WASHINGTON, Sept 16', place: 'Washington', country: 'United States' },
    headline: 'State Department briefing on Iraq',
    summary: 'Paski briefed.',
    people: [person('Paski')],
    quotes: [quote('Paski', '"our coalition against Islamic State is growing"')],
    paragraphs: ['The spokeswoman said the coalition against Islamic State in Iraq was growing.'],
  }),
  story({
    id: 'undated',
    headline: 'An undated note on coffee',
    paragraphs: ['Coffee is grown in Colombia.'],
  }),
];

/**
 * A listing cut at a small limit is the head of the whole listing (of more than `atLeast` results), with
 * the same total: what a cut listing leaves unread cannot change what it shows.
 */
function expectHeadOfWhole(list: (limit: number) => { total: number; results: unknown[] }, atLeast: number) {
  const whole = list(1000);
  expect(whole.results.length).toBeGreaterThan(atLeast);
  for (const limit of [1, 2, 3, 7]) {
    const head = list(limit);
    expect(head.total).toBe(whole.total);
    expect(head.results).toEqual(whole.results.slice(0, limit));
  }
}

const snapshot = buildSnapshot(stories);
const now = new Date('2014-09-22T12:00:00Z');

describe('findStories', () => {
  it('finds stories of a day, newest first, and a whole month', () => {
    expect(findStories(snapshot, { date: 'Sept 15 2014' }, now).results.map((r) => r.id)).toEqual([
      'paris-iran',
    ]);
    const march = findStories(snapshot, { date: 'March 1987' }, now);
    expect(march.results.map((r) => r.id)).toEqual(['london-cocoa', 'bogota-coffee']);
    expect(march.query).toMatchObject({ from: '1987-03-01', to: '1987-03-31' });
  });

  it('reads relative dates against now', () => {
    const result = findStories(snapshot, { date: 'last week' }, now);
    expect(result.results.map((r) => r.id)).toEqual(['washington-kerry', 'paski-briefing', 'paris-iran']);
  });

  it('matches places fuzzily and countries through their cities', () => {
    const bogota = findStories(snapshot, { place: 'bogata' }, now);
    expect(bogota.query.place).toBe('Bogota');
    expect(bogota.results.map((r) => r.id)).toEqual(['bogota-coffee']);
    const us = findStories(snapshot, { place: 'United States' }, now);
    expect(us.results.map((r) => r.id)).toEqual(['washington-kerry', 'paski-briefing']);
    const iran = findStories(snapshot, { place: 'Iran' }, now);
    expect(iran.results.map((r) => r.id)).toContain('paris-iran');
  });

  it('finds by topic, counts all matches in total and honours the limit', () => {
    const result = findStories(snapshot, { topic: 'coffee', limit: 1 }, now);
    expect(result.total).toBe(3);
    expect(result.results).toHaveLength(1);
    // Newest first: the cocoa story mentions coffee too and is a week newer.
    expect(result.results[0]!.id).toBe('london-cocoa');
    const both = findStories(snapshot, { topic: 'Islamic State', from: 'Sept 16 2014' }, now);
    expect(both.results.map((r) => r.id)).toEqual(['washington-kerry', 'paski-briefing']);
  });

  it('lists the first stories of a long listing as the whole listing would, tiers and datelines kept', () => {
    // 120 stories: most hold "grain", fewer "wheat" too, a third datelined in London, one week apart.
    const cities = ['London', 'Paris', 'Bogota'];
    const many = Array.from({ length: 120 }, (_, k) => {
      const city = cities[k % 3]!;
      const words =
        k % 4 === 0 ? 'grain and wheat' : k % 5 === 0 ? 'nothing of note' : 'grain '.repeat(1 + (k % 3));
      return story({
        id: `many-${k}`,
        date: new Date(Date.UTC(1987, 0, 1 + 7 * k)).toISOString().slice(0, 10),
        dateline: { text: `${city.toUpperCase()}, Jan 1`, place: city, country: null },
        headline: `Report ${k}`,
        places: [{ name: city, country: null, kind: 'city' }],
        paragraphs: [`Traders spoke of ${words} in ${cities[(k + 1) % 3]}.`],
      });
    });
    const set = buildSnapshot(many);
    const queries = [
      { topic: 'grain wheat' },
      { topic: 'grain wheat', place: 'London' },
      { topic: 'wheat', place: 'Paris', from: '1987-06-01', to: '1988-06-01' },
      { topic: 'grain', date: '1988' },
      // A range where no story holds the word: its stories are listed as no match.
      { topic: 'wheat', from: '1987-01-08', to: '1987-01-22' },
      { place: 'London' },
    ];
    for (const query of queries) expectHeadOfWhole((limit) => findStories(set, { ...query, limit }, now), 2);
    // A place's stories within a range: all of them, newest first, those outside it left out.
    const inRange = many.filter(
      (s) => s.dateline?.place === 'London' && s.date! >= '1987-03-01' && s.date! <= '1987-09-30',
    );
    const london = findStories(
      set,
      { place: 'London', from: '1987-03-01', to: '1987-09-30', limit: 50 },
      now,
    );
    expect(london.total).toBe(inRange.length);
    expect(london.results.map((r) => r.id)).toEqual(
      [...inRange].sort((a, b) => b.date!.localeCompare(a.date!)).map((s) => s.id),
    );
  });

  it('reads a misspelt topic as the closest known word', () => {
    const { results } = findStories(snapshot, { topic: 'cofee exprts' }, now);
    // The one story with both words first; stories with one of them follow, labelled as such.
    expect(results[0]).toMatchObject({ id: 'bogota-coffee', match: 'all' });
    for (const result of results.slice(1)) expect(result.match).toBe('some');
  });

  it('gives empty results, not errors, when nothing matches', () => {
    expect(findStories(snapshot, { date: '1999' }, now).total).toBe(0);
    expect(findStories(snapshot, { topic: 'zeppelins' }, now).total).toBe(0);
    expect(findStories(snapshot, { place: 'Ulaanbaatar' }, now).total).toBe(0);
  });

  it('rejects unreadable dates and reversed ranges with QueryError', () => {
    expect(() => findStories(snapshot, { date: 'the day after never' }, now)).toThrow(QueryError);
    expect(() => findStories(snapshot, { from: '2014-09-20', to: '2014-09-01' }, now)).toThrow(/after/);
  });
});

describe('findQuotes', () => {
  it('finds a speaker fuzzily, merging names across stories', () => {
    const psaki = findQuotes(snapshot, { speaker: 'psaki' }, now);
    expect(psaki.speaker?.name).toBe('Jen Paski');
    expect(psaki.total).toBe(2);
    expect(psaki.results.map((r) => r.id)).toEqual(['paski-briefing', 'paris-iran']);
    const kerry = findQuotes(snapshot, { speaker: 'Kerry' }, now);
    expect(kerry.speaker?.name).toBe('John Kerry');
    expect(kerry.total).toBe(2);
    expect(findQuotes(snapshot, { speaker: 'khamenei' }, now).speaker?.name).toBe('Ali Khamenei');
  });

  it('offers candidates for an ambiguous surname instead of guessing, with each one’s quotes', () => {
    const smith = findQuotes(snapshot, { speaker: 'Smith' }, now);
    expect(smith.speaker).toBeNull();
    expect(new Set(smith.results.map((quote) => quote.speaker))).toEqual(
      new Set(['Adam Smith', 'John Smith']),
    );
    expect([...smith.candidates].sort()).toEqual(['Adam Smith', 'John Smith']);
    expect(findQuotes(snapshot, { speaker: 'Adam Smith' }, now).total).toBe(2);
  });

  it('looks first at the people of a shared name quoted within the dates asked, then the most quoted', () => {
    // Nine people called Park quoted in 1987 (the last of them most), and one more, once, in 2016.
    const parks = ['Ann', 'Bea', 'Cy', 'Dee', 'Eve', 'Fay', 'Gus', 'Hal', 'Ida'].map((given, k) =>
      story({
        id: `park-1987-${k}`,
        date: `1987-03-${String(k + 1).padStart(2, '0')}`,
        people: [person(`${given} Park`)],
        quotes: Array.from({ length: k === 8 ? 3 : 1 }, () => quote(`${given} Park`, '"rates will fall"')),
      }),
    );
    const set = buildSnapshot([
      ...parks,
      story({
        id: 'park-2016',
        date: '2016-10-14',
        people: [person('Jo Park')],
        quotes: [quote('Jo Park', '"the vote is close"')],
      }),
      // Quoted by the shared name alone: the name's own entry, which any of them may be.
      story({ id: 'park-bare', date: '1987-04-01', quotes: [quote('Park', '"rates are high"')] }),
    ]);
    const within = findQuotes(set, { speaker: 'Park', from: '2016-10-14', to: '2016-10-14' }, now);
    expect(within.speaker).toBeNull();
    expect(within.candidates[0]).toBe('Jo Park');
    expect(within.results.map((result) => result.speaker)).toEqual(['Jo Park']);
    const any = findQuotes(set, { speaker: 'Park' }, now);
    expect(any.candidates[0]).toBe('Ida Park');
    expect(any.candidates).toHaveLength(10);
    const resolved = resolveSpeaker(set.speakers, 'Park');
    expect(resolved.kind === 'ambiguous' && resolved.candidates[0]).toBe('Ida Park');
  });

  it('gives the best quotes on a topic of a much-quoted speaker as the whole list would, with the same total', () => {
    // 60 stories quoting one speaker: the topic word in the quote, in its paragraph only, elsewhere in
    // the story only, or nowhere, a week apart.
    const shapes = [
      ['"wheat and more wheat is coming"', 'Ann Lee said wheat was coming.'],
      ['"it is coming"', 'Ann Lee said it is coming, speaking of wheat.'],
      ['"prices are firm"', 'Ann Lee said prices are firm.'],
      ['"nothing to add"', 'Ann Lee had nothing to add.'],
    ] as const;
    const many = Array.from({ length: 60 }, (_, k) => {
      const [said, paragraph] = shapes[(k * 7) % 4]!;
      return story({
        id: `quoted-${k}`,
        date: new Date(Date.UTC(1990, 0, 1 + 7 * k)).toISOString().slice(0, 10),
        headline: k % 3 === 0 ? 'Wheat report' : 'Market report',
        people: [person('Ann Lee', ['Lee'])],
        quotes: [quote('Ann Lee', said)],
        paragraphs: [paragraph, k % 2 === 0 ? 'Traders spoke of wheat.' : 'Traders were quiet.'],
      });
    });
    const set = buildSnapshot(many);
    // Quotes saying the word come first, newest first among them.
    const onTopic = findQuotes(set, { speaker: 'Ann Lee', about: 'wheat', limit: 1000 }, now).results;
    const saying = onTopic.filter((result) => result.text.includes('wheat'));
    expect(onTopic.slice(0, saying.length)).toEqual(saying);
    expect(saying.map((result) => result.date)).toEqual(
      saying
        .map((result) => result.date)
        .sort()
        .reverse(),
    );
    for (const query of [
      { speaker: 'Ann Lee', about: 'wheat' },
      { speaker: 'Ann Lee', about: 'wheat prices' },
      { speaker: 'Ann Lee', about: 'wheat', from: '1990-03-01', to: '1990-09-01' },
      { speaker: 'Ann Lee' },
    ])
      expectHeadOfWhole((limit) => findQuotes(set, { ...query, limit }, now), 5);
  });

  it('ranks and filters by topic and by dates', () => {
    const coffee = findQuotes(snapshot, { speaker: 'Adam Smith', about: 'coffee' }, now);
    expect(coffee.results[0]!.text).toBe('"coffee is different"');
    const iraq = findQuotes(snapshot, { speaker: 'Kerry', about: 'Iraq' }, now);
    expect(iraq.results.map((r) => r.id)).toEqual(['paris-iran']);
    const dated = findQuotes(snapshot, { speaker: 'Paski', from: '2014-09-16' }, now);
    expect(dated.results.map((r) => r.id)).toEqual(['paski-briefing']);
  });

  it('answers an unknown speaker with nothing, and an empty one with QueryError', () => {
    expect(findQuotes(snapshot, { speaker: 'Zbigniew Q' }, now)).toMatchObject({ speaker: null, total: 0 });
    expect(() => findQuotes(snapshot, { speaker: '  ' }, now)).toThrow(QueryError);
  });
});

describe('summaries, speakers, cards and autocomplete', () => {
  it('summarizes a story by id or by words, with alternatives when unsure', () => {
    expect(summarizeStory(snapshot, 'paris-iran').summary).toBe('Iran rejected talks.');
    expect(summarizeStory(snapshot, 'cocoa prices London').story?.id).toBe('london-cocoa');
    const unsure = summarizeStory(snapshot, 'coffee');
    expect(unsure.story).toBeNull();
    expect(unsure.alternatives.length).toBeGreaterThan(1);
    expect(summarizeStory(snapshot, 'zeppelin').story).toBeNull();
  });

  it('lists speakers with counts, most quoted first, or of one story', () => {
    const all = listSpeakers(snapshot).speakers;
    expect(all[0]).toMatchObject({ name: 'Adam Smith', quotes: 2, stories: 1 });
    expect(all.find((s) => s.name === 'Jen Paski')).toMatchObject({ quotes: 2, stories: 2 });
    const one = listSpeakers(snapshot, { story: 'paris-iran' }).speakers.map((s) => s.name);
    expect(one.sort()).toEqual(['Ali Khamenei', 'Jen Paski', 'Kerry']);
    expect(() => listSpeakers(snapshot, { story: 'nope' })).toThrow(QueryError);
  });

  it('returns the full story by id', () => {
    expect(getStory(snapshot, 'london-cocoa')?.headline).toBe('Cocoa prices fall in London');
    expect(getStory(snapshot, 'missing')).toBeNull();
  });

  it('autocompletes speakers, stories and places', () => {
    expect(suggestSpeakers(snapshot, 'kha')[0]?.name).toBe('Ali Khamenei');
    expect(suggestSpeakers(snapshot, '').length).toBeGreaterThan(3);
    expect(suggestStories(snapshot, 'coco pri').map((s) => s.id)).toEqual(['london-cocoa']);
    expect(suggestStories(snapshot, '')[0]!.id).toBe('washington-kerry');
    expect(suggestPlaces(snapshot, 'bog')[0]?.name).toBe('Bogota');
  });
});

describe('story autocomplete beyond headlines', () => {
  it('falls back to the text when no headline word starts with the typed words', () => {
    expect(suggestStories(snapshot, 'federation').map((s) => s.id)).toEqual(['bogota-coffee']);
    expect(suggestStories(snapshot, 'qqqq')).toEqual([]);
  });
});

describe('quotes about a topic', () => {
  it('ranks a quote whose paragraph names the topic above one that does not', () => {
    const talks = story({
      id: 'talks',
      date: '2015-01-10',
      headline: 'Talks resume in Geneva',
      people: [person('Maria Lopez')],
      quotes: [
        // Story order puts the weather first: only the topic ranking can lift the other quote.
        quote('Maria Lopez', 'The weather was fine', 'indirect'),
        quote('Maria Lopez', '"We are ready to sign"'),
      ],
      paragraphs: [
        'The weather was fine, Maria Lopez said on arrival.',
        'On the tariff dispute, "We are ready to sign" the deal, Lopez said.',
      ],
    });
    const other = story({
      id: 'later',
      date: '2015-02-01',
      headline: 'Lopez visits farms',
      people: [person('Maria Lopez')],
      quotes: [quote('Maria Lopez', '"Farms matter"')],
      paragraphs: ['"Farms matter" she said.'],
    });
    const local = buildSnapshot([talks, other]);
    const result = findQuotes(local, { speaker: 'Lopez', about: 'tarif' }, now);
    expect(result.total).toBe(2);
    expect(result.results.map((r) => r.text)).toEqual(['"We are ready to sign"', 'The weather was fine']);
  });
});
