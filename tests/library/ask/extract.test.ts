import { describe, expect, it } from 'vitest';
import { parseStory } from '../../../src/engine/parseStory.ts';
import {
  ANCHOR_RULES,
  ANSWER_KIND_RULES,
  answerKind,
  candidateFeatures,
  candidatesOf,
  coarseTag,
  EXCLUSION_RULES,
  EXTENT_RULES,
  extractFrom,
  KIND_FIT_RULES,
  type PhraseWeights,
  questionForm,
  questionInfo,
  tokensOf,
  wordRoot,
} from '../../../src/library/ask/extract.ts';
import WEIGHTS from '../../../src/library/ask/extractWeights.json' with { type: 'json' };
import { whileAnswering } from '../../../src/library/ask/perQuestion.ts';
import { ask, parseQuestion, prepareAsk } from '../../../src/library/ask.ts';
import { buildSnapshot } from '../../../src/library/snapshot.ts';

/** The phrase `extractFrom` gives a question of a sentence, ranked first and on its own. */
const phraseFor = (question: string, sentence: string) =>
  extractFrom(
    questionInfo(question, () => 1),
    sentence,
    { logit: 0, top: true },
  )?.text;

const KIND_EXAMPLES: Record<string, string> = {
  'what year': 'what year did the war end',
  percentage: 'what percentage of voters backed him',
  'what a figure was changed to': 'spain reserve requirement raised to what',
  "a stake's size": 'how big is sosnoffs stake in caesars',
  "a bond's coupon": 'coupon on swedens eurosterling bond',
  'how many': 'how many people died',
  'how much of a thing named': 'how much lng can the new plant make',
  'what a sale or a suit was for': 'what did golden nugget sell its casino for',
  'how much money': 'how much did Stumpf make in 2015',
  'how much': 'how long is the river',
  'what measure': 'whats the agreed limit on us tin sales',
  'where a figure stands': 'where did amex stock close',
  'what a measure will be': 'what will oil prices be in 88 according to shoup',
  'a measure named': 'taiwans trade surplus with the us',
  'a rate between two currencies': 'sterling against the mark in london',
  'two sides of a contest': 'clinton vs trump among likely voters',
  'a role typed bare': 'tanzanian transport minister',
  "a role's name": 'whats the brazillian ico delegates name',
  'a date set for something': 'record date for the att redemption',
  'which role': 'which judge has the burlington injunction case',
  when: 'when was the treaty signed',
  who: 'who called on Howard Dean to apologize',
  where: 'where did Super Bowl 50 take place',
  why: 'why did the talks fail',
  how: 'how did the House panel vote on Pagliano',
};

describe('what someone called something', () => {
  it('is the whole of a short quote in the sentence', () => {
    const info = questionInfo('what did trump call clinton', () => 1);
    expect(info.calledAsked).toBe(true);
    const sentence = 'Trump attacked Clinton on Monday, saying, "She\'s trigger-happy and very unstable."';
    expect(extractFrom(info, sentence, { logit: 0, top: true })?.text).toBe(
      "She's trigger-happy and very unstable",
    );
  });
  it('is a short quote rather than words of a whole statement quoted, and asked only so', () => {
    const sentence =
      '"We have read the comments and we reject every word of them today," Khamenei said, calling them "hollow and self-serving".';
    expect(phraseFor('what did khamenei call the comments', sentence)).toBe('hollow and self-serving');
    expect(questionInfo('what did trump say about clinton', () => 1).calledAsked).toBe(false);
  });
});

describe('which thing: the name the sentence gives it', () => {
  it.each([
    [
      'which dam did officials let water out of',
      'Energy Ministry officials ordered the release of water behind the Matahina hydro-electric dam.',
      'Matahina',
    ],
    [
      'which province has the drought',
      'Rain has eased the drought in the south China province of Guangdong, the agency said.',
      'Guangdong',
    ],
    [
      'which dealer put out the april cocoa report',
      'London-based dealer Gill and Duffus said in its April cocoa report that the crop was smaller.',
      'Gill and Duffus',
    ],
  ])('%s', (question, sentence, answer) => {
    expect(phraseFor(question, sentence)).toBe(answer);
  });
  it('reads the words asked for up to the verb', () => {
    expect(questionInfo('which radio station was tapper on', () => 1).thingWords).toEqual([
      'radio',
      'station',
    ]);
  });
});

describe("the agent of the question's verb", () => {
  it('is the name between "for" and "to" before the verb, no other name of the sentence', () => {
    const sentence =
      "Schlumberger Ltd's decision to end an agreement for Fujitsu Ltd to buy 80 pct of Fairchild surprised analysts.";
    expect(phraseFor('which firm is buying fairchild', sentence)).toBe('Fujitsu Ltd');
  });
});

describe('tokensOf: fractions', () => {
  it('keeps a fraction whole with its whole number, and a crop year as two words', () => {
    const words = tokensOf(
      'A coupon of 9-1/2 pct, priced at 101-1/4, for the 1986/87 crop and 5/8 more.',
    ).map((token) => token.text);
    expect(words).toContain('9-1/2');
    expect(words).toContain('101-1/4');
    expect(words).toContain('5/8');
    expect(words).toContain('1986');
    expect(words).toContain('87');
  });
});

describe('questionInfo: "US" names the country', () => {
  it('keeps "US" and meets "U.S." in a sentence', () => {
    const info = questionInfo('where did US and Iran officials talk', () => 1);
    expect(info.words.has('us')).toBe(true);
    expect(tokensOf('U.S. and Iranian officials talked').map(wordRoot)[0]).toBe('us');
    expect(questionInfo('what did they tell us', () => 1).words.has('us')).toBe(false);
  });
});

describe('answerKind', () => {
  for (const rule of ANSWER_KIND_RULES)
    it(`rule "${rule.name}" reads its example`, () => {
      const example = KIND_EXAMPLES[rule.name];
      expect(example, `an example for ${rule.name}`).toBeDefined();
      expect(answerKind(example!)).toBe(rule.kind);
    });
  it.each([
    ['which months does the crop need rain', 'date'],
    ['what did they sell the plant for', 'amount'],
    ['what did they sell', 'thing'],
    // A figure changed, not a thing turned into another.
    ['the rate was cut to what', 'quantity'],
    ['squaring can be reduced to what', 'thing'],
  ])('%s asks for a %s', (question, kind) => {
    expect(answerKind(question)).toBe(kind);
  });
  it.each([
    ['which bundesbank board member called for lower rates', 'person'],
    ['which agencies accused russia', 'person'],
    // A word that only qualifies a role, a verb between, or "what" before the role asks no one.
    ['which top exporter cut prices', 'thing'],
    ['what did the chairman say about prices', 'thing'],
    ['what analysts expect', 'thing'],
  ])('"which" before a role asks who holds it: %s', (question, kind) => {
    expect(answerKind(question)).toBe(kind);
  });
  it.each([
    ['what would the car cost with the tariff', 'amount'],
    ['what will the new plant cost', 'amount'],
    // Typed bare: a charge or a bid is a figure.
    ['firestone restructuring charge', 'quantity'],
    // A date typed last is asked for; "to date" is no date.
    ['vogtle unit 2 new completion date', 'date'],
    ['sales to date', 'thing'],
    ['twa bid for usair', 'quantity'],
  ])('a cost, a charge, a bid or a date typed bare asks for one: %s', (question, kind) => {
    expect(answerKind(question)).toBe(kind);
  });
  it.each([
    ['how much is the stake worth', 'amount'],
    ['who holds a stake in the bank', 'person'],
    // A market share is a percentage too, unless who holds it is asked.
    ['heinz ketchup market share', 'percent'],
    ['who has the biggest market share', 'person'],
  ])('a stake asked for its worth or holder is no percentage: %s', (question, kind) => {
    expect(answerKind(question)).toBe(kind);
  });
  it.each([
    'what pct did sales rise in 1986',
    'by how many pct did profit fall',
    'how many percent voted',
    'what % of the vote did he get',
    'what per cent of shares does bp own',
    // Typed first, bare.
    'pct against the cominco contract',
  ])('%s asks for a percentage, however it is written', (question) => {
    expect(answerKind(question)).toBe('percent');
  });
  it.each([
    "what's venezuelas average oil price",
    'what odds did moffett give the deal',
    'bp standard oil price',
    'statoils share in veslefrikk',
    'withholding tax on japanese t-bills',
    'margin of error for likely voters in the post abc poll',
    // A crop year typed with its slash, and a count or toll typed bare.
    'india wheat target 87/88',
    'us rig count last week',
    'quake death toll in chile',
    'the reuters cbs poll clinton vs trump head to head',
    // A measure with the period it is of, ending in a year.
    'mobil proved reserves end of 1986',
    'csbc ship repair income yr to june 86',
    // A measure as it stands now, a net or exports typed bare.
    'mexico reserves now',
    'kmart 1986 net',
    'set index high on monday',
    'fed margin requirement for buying stock',
    'taiwan textile exports to the us last yr',
    'new cap on taiwan textile export growth for 1989',
  ])('%s asks for a figure: a measure, with words before it or none asked', (question) => {
    expect(answerKind(question)).toBe('quantity');
  });
  it.each(['how strong was the earthquake', 'how steep was the fall in prices', 'how low did coffee go'])(
    '%s asks for a figure: a measure of strength, steepness or level',
    (question) => {
      expect(answerKind(question)).toBe('quantity');
    },
  );
  it.each([
    'where does subroto see spot prices hovering',
    'where is the dollar trading now',
    'where are rates heading',
  ])('%s asks where a figure stands', (question) => {
    expect(answerKind(question)).toBe('quantity');
  });
  it('reads whom someone is to another as a person asked, never the place beside them', () => {
    const info = questionInfo("who's trumps longtime doctor", () => 1);
    expect(info.holderAsked).toBe(true);
    const sentence = 'The letter came from his long-time New York doctor, Harold Bornstein.';
    const extracted = extractFrom(info, sentence, { logit: 0, top: true }, (phrase) =>
      phrase === 'New York' ? 'place' : phrase === 'Harold Bornstein' ? 'person' : null,
    );
    expect(extracted?.text).toBe('Harold Bornstein');
  });
  it('reads "which" of an organisation\'s noun as who, not "what" before another noun', () => {
    expect(answerKind('which paper reported the plan')).toBe('person');
    expect(answerKind('which bank leads the advisory committee')).toBe('person');
    expect(answerKind('what bank rate did the fed set')).not.toBe('person');
    // Words of which it is between ("which japanese firm"), but no verb or article ("which is the firm").
    expect(answerKind('which japanese firm is buying fairchild')).toBe('person');
    expect(answerKind('which is the firm')).not.toBe('person');
  });
  it('reads firms named in the plural as who, and a thing before its verb as a quantity, money apart', () => {
    expect(answerKind('what swedish copper firms did outokumpu buy')).toBe('person');
    expect(answerKind('how much lng can the plant make')).toBe('quantity');
    expect(answerKind('how much profit did bp make')).toBe('amount');
    expect(answerKind('how much did stumpf make in 2015')).toBe('amount');
  });
  it('reads other questions as asking for a thing', () => {
    expect(answerKind('what color was used for the logo')).toBe('thing');
    // A role alone names no one's: "the minister" is a topic, not a role typed bare.
    expect(answerKind('the minister')).toBe('thing');
  });
});

describe('candidatesOf', () => {
  it('offers names, figures with their scale, and noun phrases', () => {
    const sentence = 'Stumpf made $19.3 million in 2015, the Wells Fargo filing showed.';
    const texts = candidatesOf(sentence).map((c) => sentence.slice(c.start, c.end));
    expect(texts).toEqual(expect.arrayContaining(['Stumpf', '$19.3 million', '2015', 'Wells Fargo']));
  });

  it('ends a figure before a preposition: "15 pct", never "15 pct against"', () => {
    const sentence =
      'The Taiwan dollar advanced more than 15 pct against the U.S. Dollar since September 1985.';
    const texts = candidatesOf(sentence).map((c) => sentence.slice(c.start, c.end));
    expect(texts).toContain('15 pct');
    expect(texts).not.toContain('15 pct against');
  });

  it('joins a name over "of the" but not two names over "and the"', () => {
    const sentence =
      'It was made by the Office of the Director of National Intelligence and the Department of Homeland Security.';
    const texts = candidatesOf(sentence).map((c) => sentence.slice(c.start, c.end));
    expect(texts).toEqual(
      expect.arrayContaining([
        'Office of the Director of National Intelligence',
        'Department of Homeland Security',
      ]),
    );
    // Names are whole runs; a longer noun phrase may still span both.
    const names = candidatesOf(sentence)
      .filter((c) => c.whole && c.shape.capital)
      .map((c) => sentence.slice(c.start, c.end));
    expect(names.some((text) => text.includes('Intelligence and the Department'))).toBe(false);
  });

  it("keeps a figure's currency with it, the wire's too", () => {
    const sentence = 'Planters will get 10,000 rupees a hectare, the bank 10 mln stg and the firm one dlr.';
    const texts = candidatesOf(sentence).map((c) => sentence.slice(c.start, c.end));
    expect(texts).toEqual(expect.arrayContaining(['10,000 rupees', '10 mln stg', 'one dlr']));
    const money = candidatesOf(sentence)
      .filter((c) => c.shape.money)
      .map((c) => sentence.slice(c.start, c.end));
    expect(money).toEqual(expect.arrayContaining(['10,000 rupees', '10 mln stg', 'one dlr']));
  });

  it('offers a clause: the rest of a stretch after a verb or function word', () => {
    const sentence =
      'Thus, the contracts must be designed to ensure that each side is capable of performing the obligations set out.';
    const texts = candidatesOf(sentence).map((c) => sentence.slice(c.start, c.end));
    expect(texts.filter((text) => text.startsWith('that each side is capable of'))).toHaveLength(1);
    expect(texts).toContain('ensure that each side is capable of performing the obligations set out');
  });

  it("keeps a verb's particle at a phrase's end, and drops other function words", () => {
    const sentence = 'The plan was carried out, and prices went up by half.';
    const texts = candidatesOf(sentence).map((c) => sentence.slice(c.start, c.end));
    expect(texts).toContain('plan was carried out');
    expect(texts).not.toContain('plan was carried');
    expect(texts).not.toContain('prices went up by');
  });

  it("offers a figure a comma parts from the one before it, but never a date's year alone", () => {
    const sentence = 'At the end of 1986, 355 firms were listed, against 340 on March 3, 1985.';
    const texts = candidatesOf(sentence).map((c) => sentence.slice(c.start, c.end));
    expect(texts).toEqual(expect.arrayContaining(['355', '355 firms', 'March 3']));
    expect(texts).not.toContain('1985');
  });

  it('offers a place name a lower-case joiner holds ("Fos sur Mer", "Frankfurt am Main")', () => {
    const sentence = 'The easiest to sell is Fos sur Mer, then the plant near Frankfurt am Main.';
    const texts = candidatesOf(sentence).map((c) => sentence.slice(c.start, c.end));
    expect(texts).toEqual(expect.arrayContaining(['Fos sur Mer', 'Frankfurt am Main']));
  });

  it('offers a name a lower-case particle ends ("Refaat el-Sayed")', () => {
    const sentence = 'The shares were pledged by founder Refaat el-Sayed and Ahmad al-Masri.';
    const texts = candidatesOf(sentence).map((c) => sentence.slice(c.start, c.end));
    expect(texts).toEqual(expect.arrayContaining(['Refaat el-Sayed', 'Ahmad al-Masri']));
  });

  it('offers a range of figures whole ("three or four", "10 to 15 pct")', () => {
    const sentence = 'He said three or four firms needed help and prices rose 10 to 15 pct.';
    const texts = candidatesOf(sentence).map((c) => sentence.slice(c.start, c.end));
    expect(texts).toEqual(expect.arrayContaining(['three or four', 'three or four firms', '10 to 15 pct']));
    expect(texts).not.toContain('four');
  });

  it('reads a percentage however its sign is written ("pct", "%", "percent", "per cent")', () => {
    for (const sentence of [
      'Sales rose 3 pct.',
      'Sales rose 3%.',
      'Sales rose 3 percent.',
      'Sales rose 3 per cent.',
    ]) {
      const percentages = candidatesOf(sentence).filter((c) => c.shape.percent && !c.segment);
      expect(percentages.map((c) => sentence.slice(c.start, c.end))[0], sentence).toMatch(
        /^3\s?(?:pct|%|percent|per cent)$/,
      );
    }
  });

  it('never joins two separate figures ("74 pct four years")', () => {
    const sentence = 'Its stake rose to 74 pct four years later, and to 80% two years on.';
    // A clause may hold both ("rose to 74 pct four years later"); a phrase may not.
    const texts = candidatesOf(sentence)
      .filter((c) => !c.segment)
      .map((c) => sentence.slice(c.start, c.end));
    expect(texts).toEqual(expect.arrayContaining(['74 pct', 'four years', '80%', 'two years']));
    expect(texts.filter((text) => /pct four|% two/.test(text))).toEqual([]);
  });

  it('never ends a phrase with a word that wants what follows it ("per")', () => {
    const sentence = "Ecuador's quota is 210,000 barrels per day.";
    const texts = candidatesOf(sentence).map((c) => sentence.slice(c.start, c.end));
    expect(texts).toContain('210,000 barrels');
    expect(texts.filter((text) => text.endsWith(' per'))).toEqual([]);
  });

  it('tells a whole name, figure or noun phrase from its shorter forms', () => {
    const sentence = 'The Royal Society of London was founded by twelve natural philosophers.';
    const whole = (text: string) =>
      candidatesOf(sentence).find((c) => sentence.slice(c.start, c.end) === text)?.whole;
    expect(whole('Royal Society of London')).toBe(true);
    expect(whole('twelve natural philosophers')).toBe(true);
    expect(whole('natural philosophers')).toBe(false);
    expect(whole('Royal Society')).toBe(false);
  });

  it('offers time phrases, with and without their preposition, as dates', () => {
    const sentence =
      'Talks resume later this week, a vote comes on Tuesday and a deal by the end of the year, officials said yesterday.';
    const candidates = candidatesOf(sentence);
    const dates = candidates.filter((c) => c.shape.date).map((c) => sentence.slice(c.start, c.end));
    expect(dates).toEqual(
      expect.arrayContaining([
        'later this week',
        'on Tuesday',
        'Tuesday',
        'by the end of the year',
        'the end of the year',
        'yesterday',
      ]),
    );
    expect(dates).not.toContain('officials');
  });

  it('offers a time from now as a date ("in 10 days"), but not a length of time alone', () => {
    const sentence = 'The debate is in 10 days, and the talks lasted 10 days.';
    const dates = candidatesOf(sentence)
      .filter((c) => c.shape.date)
      .map((c) => sentence.slice(c.start, c.end));
    expect(dates).toContain('in 10 days');
    expect(dates).not.toContain('10 days');
  });
});

describe('extractFrom: the kind asked for is a constraint', () => {
  for (const rule of KIND_FIT_RULES)
    it(`rule "${rule.name}" makes its example's answer`, () => {
      const { question, sentence, answer, named = {} } = rule.example;
      const extracted = extractFrom(
        questionInfo(question, () => 1),
        sentence,
        { logit: 0, top: true },
        (phrase) => named[phrase] ?? null,
      );
      expect(extracted?.text).toBe(answer);
      expect(extracted?.fitsKind).toBe(true);
    });

  for (const rule of EXTENT_RULES)
    it(`extent rule "${rule.name}" widens its example's phrase`, () => {
      const { question, sentence, phrase, answer } = rule.example;
      const info = questionInfo(question, () => 1);
      const tokens = tokensOf(sentence);
      const from = tokens.findIndex((t) => t.text === phrase.split(' ')[0]);
      const to = from + phrase.split(' ').length;
      const wider = rule.widen(info, tokens, from, to, sentence);
      expect(wider).not.toBeNull();
      expect(sentence.slice(tokens[wider!.from]!.start, tokens[wider!.to - 1]!.end)).toBe(answer);
    });

  it('reads which end of a span a "when" asks, and rules out a date of the other end', () => {
    const rule = EXCLUSION_RULES.find((r) => r.name === 'the other end of a span than the one asked')!;
    const sentence = 'The harvest runs from mid-April until late June.';
    const tokens = tokensOf(sentence);
    const candidates = candidatesOf(sentence, tokens);
    const at = (text: string) => candidates.find((c) => sentence.slice(c.start, c.end) === text)!;
    const start = questionInfo('when does the harvest begin', () => 1);
    expect(start.spanEndAsked).toBe('start');
    expect(rule.excludes({ question: start, sentence, tokens, candidate: at('late June') })).toBe(true);
    expect(rule.excludes({ question: start, sentence, tokens, candidate: at('mid-April') })).toBe(false);
    const end = questionInfo('when does the harvest end', () => 1);
    expect(end.spanEndAsked).toBe('end');
    expect(rule.excludes({ question: end, sentence, tokens, candidate: at('mid-April') })).toBe(true);
    expect(questionInfo('when did the talks take place', () => 1).spanEndAsked).toBeNull();
  });

  it('widens a rate to the unit it is per, unless the question gives the unit', () => {
    const rule = EXTENT_RULES.find((r) => r.name === 'a figure with its unit of measure')!;
    const sentence = 'The kwacha was revalued to a fixed rate of eight per dlr from 21.';
    const tokens = tokensOf(sentence);
    const from = tokens.findIndex((t) => t.text === 'eight');
    const widened = rule.widen(
      questionInfo('kwacha fixed rate', () => 1),
      tokens,
      from,
      from + 1,
      sentence,
    );
    expect(widened && sentence.slice(tokens[widened.from]!.start, tokens[widened.to - 1]!.end)).toBe(
      'eight per dlr',
    );
    expect(
      rule.widen(
        questionInfo('kwacha rate per dlr', () => 1),
        tokens,
        from,
        from + 1,
        sentence,
      ),
    ).toBeNull();
  });

  it.each([
    // A tens word joined to a unit word is one figure.
    [
      'how many states are challenging the clean power plan',
      'Twenty-seven states led by West Virginia are challenging the plan, the 10 judges heard.',
      'Twenty-seven',
    ],
    // A number word joined to its unit is a figure, as "80-page" is.
    [
      'how long a transition for the brokers',
      'Brokers would be free to link up with banks after a five-year transition period.',
      'five-year transition period',
    ],
    // "May" capitalised is the month, not the verb a phrase is trimmed of.
    [
      'when will the govt unveil the package',
      'The plan is the basis for a government package expected to be unveiled in late May.',
      'late May',
    ],
  ])('reads a whole figure or time phrase: %s', (question, sentence, answer) => {
    const extracted = extractFrom(
      questionInfo(question, () => 1),
      sentence,
      { logit: 0, top: true },
    );
    expect(extracted?.text).toBe(answer);
    expect(extracted?.fitsKind).toBe(true);
  });

  it('reads what a figure is of past a determiner ("39 pct of all farm loans")', () => {
    const extracted = extractFrom(
      questionInfo('lenders share of farm real estate loans', () => 1),
      'Lenders hold 39 pct of all farm real estate loans and 34 pct of farm operating loans.',
      { logit: 0, top: true },
    );
    expect(extracted?.text).toBe('39 pct');
  });

  it('leaves a place asked for without the body it names ("where": "England", not "Bank of England")', () => {
    const sentence = 'The Bank of England raised its rate.';
    const tokens = tokensOf(sentence);
    const rule = EXTENT_RULES.find((r) => r.name === 'a name with the body it is of')!;
    expect(
      rule.widen(
        questionInfo('where is the bank', () => 1),
        tokens,
        3,
        4,
        sentence,
      ),
    ).toBeNull();
    expect(
      rule.widen(
        questionInfo('which bank raised its rate', () => 1),
        tokens,
        3,
        4,
        sentence,
      ),
    ).toEqual({ from: 1, to: 4 });
  });

  it.each([
    ['which countries are holding up the plan', true],
    ['which firestone plants are closing', true],
    ['which agencies accused russia', true],
    ['what are the three major types of rock', true],
    ['what two comedies were shown', true],
    ['which plant is closing', false],
    ['which bus was late', false],
    ['what countries', false],
  ])('reads a plural asked for, whose answer is a list: %s', (question, plural) => {
    expect(questionInfo(question, () => 1).pluralAsked).toBe(plural);
  });

  it('gives a list only for a plural asked, and only a list joined by "and" or "or"', () => {
    const rule = EXTENT_RULES.find((r) => r.name === 'the list of names a plural asks for')!;
    const sentence = 'Britain and West Germany blocked the plan, diplomats in Brussels, Belgium, said.';
    const tokens = tokensOf(sentence);
    const at = (word: string) => tokens.findIndex((t) => t.text === word);
    const plural = questionInfo('which countries are holding up the plan', () => 1);
    expect(rule.widen(plural, tokens, at('Britain'), at('Britain') + 1, sentence)).toEqual({
      from: 0,
      to: 4,
    });
    expect(rule.widen(plural, tokens, at('West'), at('West') + 2, sentence)).toEqual({ from: 0, to: 4 });
    // "Brussels, Belgium" is no list; a singular asks for one name.
    expect(rule.widen(plural, tokens, at('Brussels'), at('Brussels') + 1, sentence)).toBeNull();
    const singular = questionInfo('which country is holding up the plan', () => 1);
    expect(rule.widen(singular, tokens, at('Britain'), at('Britain') + 1, sentence)).toBeNull();
  });

  it('gives a list of words, not names, for a plural asked when the phrase is no name', () => {
    const sentence = 'The three types of rock are igneous, sedimentary, and metamorphic, the survey said.';
    expect(phraseFor('what are the three major types of rock', sentence)).toBe(
      'igneous, sedimentary, and metamorphic',
    );
  });

  it('widens no phrase that needs nothing more', () => {
    const sentence = 'The plan gives six weeks of paid leave.';
    const tokens = tokensOf(sentence);
    const info = questionInfo('how many weeks of paid leave', () => 1);
    const from = tokens.findIndex((t) => t.text === 'six');
    for (const rule of EXTENT_RULES) expect(rule.widen(info, tokens, from, from + 2, sentence)).toBeNull();
  });

  it.each([
    // A change's start and end are two figures, not a range.
    ['how much did the rate rise', 'The rate rose from 25 to 100 pct last year.', '100'],
    ['how much did the rate rise', 'The rate rose by 25 to 100 pct last year.', '100'],
    // A place the sentence does not introduce as one ("Reuters, Switzerland's…").
    ['where were the talks', 'Officials told Reuters, Switzerland would host the talks.', 'Switzerland'],
  ])('keeps a phrase that is no range nor place within a place: %s / %s', (question, sentence, phrase) => {
    const tokens = tokensOf(sentence);
    const info = questionInfo(question, () => 1);
    const from = tokens.findIndex((t) => t.text === phrase);
    const to = from + (tokens[from + 1]?.text === 'pct' ? 2 : 1);
    for (const rule of EXTENT_RULES) expect(rule.widen(info, tokens, from, to, sentence)).toBeNull();
  });

  /** That the rule named rules out a phrase of a sentence for a question, which then answers with `answer`. */
  const expectRuledOut = (
    rule: (typeof EXCLUSION_RULES)[number],
    { question, sentence, ruledOut, answer }: (typeof EXCLUSION_RULES)[number]['example'],
  ) => {
    const info = questionInfo(question, () => 1);
    const tokens = tokensOf(sentence);
    const candidate = candidatesOf(sentence, tokens).find((c) => sentence.slice(c.start, c.end) === ruledOut);
    expect(candidate).toBeDefined();
    expect(rule.excludes({ question: info, sentence, tokens, candidate: candidate! })).toBe(true);
    expect(extractFrom(info, sentence, { logit: 0, top: true })?.text).toBe(answer);
  };
  const ruleNamed = (name: string) => EXCLUSION_RULES.find((r) => r.name === name)!;

  for (const rule of EXCLUSION_RULES)
    it(`exclusion rule "${rule.name}" rules out its example's phrase`, () =>
      expectRuledOut(rule, rule.example));

  it('a country\'s adjective before a role noun the word list also tags a verb, with its article ("The Brazilian delegate")', () =>
    expectRuledOut(ruleNamed("a country's adjective before the noun it qualifies"), {
      question: 'whats the brazilian delegates name',
      sentence: 'The Brazilian delegate, Lindenberg Sette, said producers asked for the meeting.',
      ruledOut: 'The Brazilian',
      answer: 'Lindenberg Sette',
    }));

  it('a prime minister is another role than a minister of a portfolio, either way round', () => {
    expectRuledOut(ruleNamed('a person titled with another role than the one asked'), {
      question: 'who is the spanish prime minister',
      sentence: 'Spanish farm minister Carlos Romero met Prime Minister Felipe Gonzalez.',
      ruledOut: 'Carlos Romero',
      answer: 'Felipe Gonzalez',
    });
    expectRuledOut(ruleNamed('a person titled with another role than the one asked'), {
      question: 'who is the spanish farm minister',
      sentence: 'Prime Minister Felipe Gonzalez met farm minister Carlos Romero.',
      ruledOut: 'Felipe Gonzalez',
      answer: 'Carlos Romero',
    });
  });

  it('a count of things qualified before its noun says no cost typed bare, but may say how long', () => {
    expectRuledOut(ruleNamed('a count of things for an amount of money'), {
      question: 'cost of the a340 project',
      sentence: 'Airbus has 104 firm orders for the A340, a project costing 2.5 billion dlrs.',
      ruledOut: '104',
      answer: '2.5 billion dlrs',
    });
    const info = questionInfo('how long should tender offers stay open', () => 1);
    const sentence = 'Tender offers would stay open for 20 business days.';
    const tokens = tokensOf(sentence);
    const candidate = candidatesOf(sentence, tokens).find((c) => sentence.slice(c.start, c.end) === '20');
    expect(
      ruleNamed('a count of things for an amount of money').excludes({
        question: info,
        sentence,
        tokens,
        candidate: candidate!,
      }),
    ).toBe(false);
  });

  it('a percentage says no damages a suit claims', () =>
    expectRuledOut(ruleNamed('a percentage for an amount of money'), {
      question: 'how big are the damages',
      sentence: 'The damages, up 12 pct on the first claim, come to 225 mln dlrs.',
      ruledOut: '12 pct',
      answer: '225 mln dlrs',
    }));

  it("the measure asked's figure of another year than asked does not rule out the figure of the year asked", () => {
    const info = questionInfo('ivory coast 1986/87 cocoa crop estimate', () => 1);
    const sentence =
      'The current 1986/87 Ivory Coast crop was likely to total 570,000 tonnes, which compares with a record 1985/86 crop estimate of 585,000 tonnes.';
    expect(extractFrom(info, sentence, { logit: 0, top: true })?.text).toMatch(/570,000/);
  });

  it('a count of a whole a part is of, where the part is asked ("how many of…")', () =>
    expectRuledOut(ruleNamed('the whole a part is of'), {
      question: 'how many of her meetings were with donors',
      sentence: 'At least 85 of 154 meetings were with donors.',
      ruledOut: '154',
      answer: '85 of 154',
    }));

  it('a person a short name asked for is named after is no short name in full', () => {
    const sentence = 'The agency was founded by Peter Cameron Webb in 1970.';
    const info = questionInfo('who founded the pcw agency', () => 1);
    const tokens = tokensOf(sentence);
    const peter = candidatesOf(sentence, tokens).find(
      (c) => sentence.slice(c.start, c.end) === 'Peter Cameron Webb',
    )!;
    expect(
      ruleNamed("the question's short name in full").excludes({
        question: info,
        sentence,
        tokens,
        candidate: peter,
      }),
    ).toBe(false);
    expect(extractFrom(info, sentence, { logit: 0, top: true })?.text).toBe('Peter Cameron Webb');
  });

  it('a figure joined to another unit, with more words joined after it ("11-day-old")', () =>
    expectRuledOut(ruleNamed('a figure joined to another unit than the one counted'), {
      question: 'how many seamen are on strike',
      sentence: 'The 11-day-old strike by 40,000 seamen hit coffee shipments.',
      ruledOut: '11-day-old',
      answer: '40,000',
    }));

  it.each([['CPC International Inc'], ['International Inc']])(
    "the question's own words: a company it names with its legal form, or the form alone (%s)",
    (ruledOut) =>
      expectRuledOut(ruleNamed("the question's own words"), {
        question: 'who is cpc selling its grocery business to',
        sentence: 'CPC International Inc sold its grocery business to Ajinomoto Co Inc.',
        ruledOut,
        answer: 'Ajinomoto Co Inc',
      }),
  );

  it.each([
    // A member of a set: the set's size is the count asked.
    [
      'the whole a part is of',
      'how many principles does canada want',
      'This was one of five principles.',
      'five',
    ],
    // No count asked: a money figure answers.
    [
      'money or a percentage for a count of things',
      'how many dollars did the bank buy',
      'It bought 20 mln dlrs.',
      '20 mln dlrs',
    ],
    // A company's name in angle brackets is a name, not a ticker.
    [
      'a ticker or a piece of one',
      'what firms did it buy',
      'It bought <Metallverken Ab> in 1986.',
      'Metallverken Ab',
    ],
    // The kind asked, misspelt, or written anywhere in the title, is the role asked.
    [
      'a person titled with another kind of the role asked',
      'outokumpu managin director',
      "Outokumpu's Managing Director Pertti Voutilainen told a news conference.",
      'Pertti Voutilainen',
    ],
    [
      'a person titled with another kind of the role asked',
      'sa foreign minister',
      'Foreign Trade Minister Anita Gradin said a boycott would start.',
      'Trade Minister Anita Gradin',
    ],
    // Money answers how long when the question asks what it costs.
    [
      'money or a percentage for how long, far, old or often',
      'how long will the 100 mln dlr loan run',
      'It runs 100 mln dlrs over ten years.',
      '100 mln dlrs',
    ],
    // Where the sentence gives no figure to the measure asked, no figure is ruled out.
    [
      'a figure of another measure than the one asked',
      'margin of error for the poll',
      'The poll of 651 voters has a wide margin.',
      '651',
    ],
  ])('exclusion rule "%s" keeps what it is not about: %s / %s', (name, question, sentence, kept) => {
    const rule = EXCLUSION_RULES.find((r) => r.name === name)!;
    const tokens = tokensOf(sentence);
    const candidate = candidatesOf(sentence, tokens).find((c) => sentence.slice(c.start, c.end) === kept);
    expect(candidate).toBeDefined();
    const info = questionInfo(question, () => 1);
    expect(rule.excludes({ question: info, sentence, tokens, candidate: candidate! })).toBe(false);
  });

  it.each([
    [
      'how much did the ratio rise',
      'The bank raised the cash reserve ratio by 0.5 pct to 10 pct.',
      '0.5 pct',
    ],
    [
      'how much did shearson earn after tax',
      'Shearson contributed 316 mln in after-tax operating earnings, up from about 200 mln dlrs in 1985.',
      '316 mln',
    ],
    ['where did april crude close', 'April crude closed 24 cts higher to 17.75 dlrs.', '17.75 dlrs'],
    [
      'what will oil prices be in 1988',
      'Shoup predicted that oil prices would increase from a range of 15 to 20 dlrs in 1987 to a range of 17 to 22 dlrs in 1988.',
      '17 to 22 dlrs',
    ],
    [
      'how much did fuel demand fall in the first quarter',
      'In the first three months of 1987, fuel demand fell by an average of 55,000 barrels per day.',
      '55,000 barrels',
    ],
    [
      'how much did the share price rise to',
      'The share price rose from 3.87 dlrs at the beginning of the year to a high of 5.36 dlrs.',
      '5.36 dlrs',
    ],
  ])('"%s": the end of a change asked for', (question, sentence, answer) => {
    expect(phraseFor(question, sentence)).toBe(answer);
  });

  it('falls back to the best phrase of any kind when none is of the kind asked for', () => {
    const extracted = extractFrom(
      questionInfo('when will the talks continue', () => 1),
      'The talks will continue in New York.',
      { logit: 0, top: true },
    );
    expect(extracted).not.toBeNull();
    expect(extracted?.fitsKind).toBe(false);
  });
});

describe('extractFrom: the shipped weights', () => {
  it('score every phrase as the same weights given by name do, to the last bit', () => {
    // The shipped weights read each lexicalised feature's weight by the parts of its name; weights given
    // (as training gives them) are read by name, summed in the same order.
    const byName: PhraseWeights = {
      features: WEIGHTS.features,
      conjunctions: new Map(Object.entries(WEIGHTS.conjunctions)),
      ...('hidden' in WEIGHTS ? { hidden: WEIGHTS.hidden as PhraseWeights['hidden'] } : {}),
    };
    const cases: Array<[string, string]> = [
      [
        'how much did bp offer for standard oil',
        'BP offered 70 dlrs a share, or 7.4 billion dlrs, for Standard Oil.',
      ],
      [
        'who leads the japanese side of the rover project',
        'The Japanese side is led by Kenji Watanabe of JAXA, he said.',
      ],
      ['when will they test the drill', 'Engineers will test the drill in May, two weeks after the launch.'],
      [
        'what did the minister call the plan',
        'The minister called the plan "ambitious but sound" on Tuesday.',
      ],
      [
        'where do the trade ministers meet next',
        'Trade ministers will meet next in Accra, Ghana, in October.',
      ],
      ['whats the margin of error', 'The poll has a margin of error of 4.5 percentage points.'],
    ];
    let scored = 0;
    for (const [question, sentence] of cases)
      for (const rank of [
        { logit: 0, top: true },
        { logit: -1.5, top: false },
      ]) {
        const info = questionInfo(question, (word) => word.length / 3);
        const shipped = extractFrom(info, sentence, rank);
        expect(shipped).not.toBeNull();
        expect(extractFrom(info, sentence, rank, () => null, byName)).toEqual(shipped);
        scored++;
      }
    expect(scored).toBe(12);
  });
});

describe('questionForm', () => {
  it('reads the question word, and what follows "what" or "which"', () => {
    expect(questionForm('What year did the war end?')).toBe('what+N');
    expect(questionForm('what was the name of the ship')).toBe('what+is');
    expect(questionForm('In which of the cities…')).toBe('which+of');
    expect(questionForm('Who revolted in the Ispah Rebellion?')).toBe('who');
    expect(questionForm('how many people died')).toBe('how many');
    expect(questionForm('the ship was named')).toBe('none');
  });
});

describe('questionInfo', () => {
  it('reads the content words next to the question word, where the answer stands', () => {
    const who = questionInfo('Who founded the Royal Society in London?', () => 1);
    expect([who.slotBefore, who.slotAfter]).toEqual([null, 'found']);
    const year = questionInfo('The society was founded in what year?', () => 1);
    expect([year.slotBefore, year.slotAfter]).toEqual(['found', null]);
    // The noun of "what year" names the kind of answer, not a word beside it.
    const named = questionInfo('In what year did Tesla arrive in New York?', () => 1);
    expect(named.slotAfter).toBe('tesla');
  });

  it("reads the question's main verb, where its answer hangs in a sentence saying the same", () => {
    expect(questionInfo('Who founded the Royal Society in London?', () => 1).anchor).toBe('found');
    expect(questionInfo('The society was founded in what year?', () => 1).anchor).toBe('found');
    expect(questionInfo('What is the capital of France?', () => 1).anchor).toBeNull();
    // Said in other words, the verb is still found: "awarded" for "given".
    expect(questionInfo('Who was given the prize?', () => 1).anchorForms.has('award')).toBe(true);
  });

  it("holds the related words of the question's words that the question does not hold", () => {
    const info = questionInfo('Who was given the prize?', () => 1);
    expect(info.related.has('give')).toBe(true);
    expect(info.related.has('award')).toBe(true);
    expect(info.related.has('given')).toBe(false);
  });
});

describe('coarseTag', () => {
  it('tags words by their shape and the word list, common function words as themselves', () => {
    const tokens = tokensOf('In 1936 Turing quickly won 3 computing machines of the mind.');
    expect(tokens.map((token, i) => coarseTag(token, i === 0))).toEqual([
      'in',
      'YEAR',
      'CAP',
      'RB',
      'VBD',
      'NUM',
      'VBG',
      'NNS',
      'of',
      'the',
      'NN',
    ]);
  });
});

describe('ask: extractive answers', () => {
  const story = (text: string, file: string) => {
    const outcome = parseStory(text, file);
    if (!outcome.ok) throw new Error(outcome.error);
    return outcome.story;
  };
  const raw =
    'date 2016-09-20\nWarren hammers Wells Fargo CEO\n\nTellers earned $12 an hour at the branches.\n\n' +
    'Stumpf made $19.3 million in 2015, according to the bank.\n';
  const snapshot = buildSnapshot([
    story(raw, 'wells.txt'),
    story(
      'date 2016-09-28\nAxelrod calls on Dean to apologize\n\nDavid Axelrod on Wednesday called on Howard Dean to apologize for his remarks.\n',
      'axelrod.txt',
    ),
    story(
      'date 2016-09-21\nPanel vote\n\nThe House panel voted 19-15 along party lines to hold Pagliano in contempt.\n',
      'panel.txt',
    ),
  ]);
  prepareAsk(snapshot);

  it('leads with the phrase in bold, cites its sentence and gives its span in the raw file', () => {
    const result = ask(snapshot, 'how much did Stumpf make in 2015?');
    expect(result.intent).toBe('fact');
    expect(result.answer.startsWith('**$19.3 million**')).toBe(true);
    expect(result.citations[0]!.text).toBe('Stumpf made $19.3 million in 2015, according to the bank.');
    expect(result.extract?.id).toBe('wells');
    const [start, end] = result.extract!.span;
    expect(raw.slice(start, end)).toBe('$19.3 million');
  });

  it("says it doesn't know when no sentence holds the question's words", () => {
    const result = ask(snapshot, 'what did the zoning commission decide about the stadium parking?');
    expect(result.extract ?? null).toBeNull();
    expect(result.answer).toMatch(/I don't know/);
  });

  it('answers a fact question worded like a quote question from the sentences ("who called on X to Y")', () => {
    const result = ask(snapshot, 'who called on Howard Dean to apologize?');
    expect(result.intent).toBe('fact');
    expect(result.citations[0]!.text).toContain('David Axelrod on Wednesday called on Howard Dean');
  });
});

describe('parseQuestion: fact questions with the question word inside', () => {
  it('reads "X decided Y for what season?" as a fact question', () => {
    const parsed = parseQuestion('Super Bowl 50 decided the NFL champion for what season?');
    expect(parsed.intent).toBe('fact');
  });
});

describe("questionInfo: the question's main verb and what it asks of it", () => {
  for (const rule of ANCHOR_RULES)
    it(`rule "${rule.name}" finds its example's verb`, () => {
      expect(questionInfo(rule.example.question, () => 1).anchor).toBe(rule.example.anchor);
    });

  it.each([
    ['who defeated the Broncos?', 'subject'],
    ['which Panthers back scored six touchdowns?', 'subject'],
    ['who did the Broncos defeat?', 'object'],
    ['what position does Von Miller play?', 'object'],
    ['who was sacked in the first half?', 'passive'],
    ['what is the capital of France?', 'none'],
  ])('%s asks for the %s', (question, role) => {
    expect(questionInfo(question, () => 1).role).toBe(role);
  });
});

describe('candidateFeatures: where a candidate stands against the question', () => {
  const featuresOf = (question: string, sentence: string, phrase: string) => {
    const info = questionInfo(question, () => 1);
    const found = candidateFeatures(info, sentence, { logit: 0, top: true }).find(
      ({ candidate }) => sentence.slice(candidate.start, candidate.end) === phrase,
    );
    if (!found) throw new Error(`no candidate ${phrase}`);
    return found.features;
  };

  it("reads the agent's side of an active or a passive verb against the role asked", () => {
    const active = 'The Broncos defeated the Patriots in Denver.';
    expect(featuresOf('who defeated the Patriots', active, 'The Broncos').roleAgrees).toBe(1);
    expect(featuresOf('who did the Broncos defeat', active, 'Patriots').roleAgrees).toBe(1);
    expect(featuresOf('who defeated the Patriots', active, 'Denver').roleDisagrees).toBe(1);
    const passive = 'The Patriots were defeated by the Broncos.';
    expect(featuresOf('who defeated the Patriots', passive, 'Broncos').roleAgrees).toBe(1);
    expect(featuresOf('who defeated the Patriots', passive, 'The Patriots').roleDisagrees).toBe(1);
  });

  it("reads the question's words in the candidate's clause and in the clause right after it", () => {
    const sentence =
      'The backfield featured Jonathan Stewart, who scored six touchdowns, and Mike Tolbert, who rushed for 256 yards.';
    const question = 'which back scored six touchdowns';
    const stewart = featuresOf(question, sentence, 'Jonathan Stewart');
    const tolbert = featuresOf(question, sentence, 'Mike Tolbert');
    expect(stewart.nextClauseHeld).toBeGreaterThan(0.5);
    expect(tolbert.nextClauseHeld).toBe(0);
    expect(tolbert.heaviestCrossed).toBe(1);
    expect(featuresOf(question, sentence, 'six touchdowns').clauseHeld).toBeGreaterThan(0);
  });

  it("gives the chosen phrase's side of the verb and its clause's share of the question", () => {
    const extracted = extractFrom(
      questionInfo('who defeated the Patriots', () => 1),
      'The Patriots were defeated by the Broncos, who won again.',
      { logit: 0, top: true },
    );
    expect(extracted?.text).toBe('Broncos');
    expect(extracted?.roleFit).toBe(1);
    expect(extracted?.clauseHeld).toBe(1);
  });

  it('reads a past participle before "by" as passive, its agent after it', () => {
    const extracted = extractFrom(
      questionInfo('who oversees the commission', () => 1),
      'She set up a commission, overseen by Kofi Annan, on the clashes.',
      { logit: 0, top: true },
    );
    expect(extracted?.text).toBe('Kofi Annan');
    expect(extracted?.roleFit).toBe(1);
  });

  it("reads a sentence's first word, capitalised only for starting it, as no name", () => {
    const sentence = 'Disagreement over the bank may follow the appointment of banker Ramon Sy to the board.';
    expect(phraseFor('who did the government put on the board', sentence)).toBe('Ramon Sy');
    // A name the story knows, or one the lexicon tags as a name, still starts a sentence as a name.
    expect(phraseFor('who will the bank appoint', 'Reagan said the bank will appoint no one.')).toBe(
      'Reagan',
    );
  });

  it('reads a year after a figure, past "in", as the figure\'s own against one as near before it', () => {
    const sentence = 'The surplus was 16.8 billion dlrs in 1986 against 11.2 billion in 1985.';
    expect(phraseFor('taiwan trade surplus 1986', sentence)).toBe('16.8 billion dlrs');
    expect(phraseFor('taiwan trade surplus 1985', sentence)).toBe('11.2 billion');
  });

  it('gives a range whose low end has its own unit whole ("between 90 cts and one dlr")', () => {
    const sentence = 'The bank expects profit to range between 90 cts and one dlr a share this quarter.';
    expect(phraseFor('bank profit forecast this quarter', sentence)).toBe('90 cts and one dlr');
  });

  it('reads "last year" against the year of the sentence\'s story', () => {
    const sentence = 'Fleming reported record profits for 1986 of 209.5 mln dlrs against 104.7 mln in 1985.';
    const read = (storyYear: number | null) =>
      extractFrom(
        questionInfo('how much profit did fleming make last yr', () => 1),
        sentence,
        { logit: 0, top: true },
        () => null,
        undefined,
        storyYear,
      )?.text;
    expect(read(1987)).toBe('209.5 mln dlrs');
    // Asked of a story of 1986, last year is 1985.
    expect(read(1986)).not.toBe('209.5 mln dlrs');
    expect(read(1986)).toContain('104.7 mln');
  });

  it('takes no scale without its figure for an amount, and knows the currencies figures are written in', () => {
    expect(
      phraseFor(
        'how much did the utility pay for spot gas',
        'The utility paid about two dlrs per mln British Thermal Unit for spot gas.',
      ),
    ).toBe('two dlrs');
    expect(
      phraseFor('how much is the minimum wage', 'The minimum wage is 40 bolivianos a month, the union said.'),
    ).toBe('40 bolivianos');
  });

  it('reads "and" as joining two names, not one, unless a company\'s legal form ends them', () => {
    const rule = EXCLUSION_RULES.find((r) => r.name === 'the rest of a name the question names')!;
    const rulesOut = (question: string, sentence: string, phrase: string) => {
      const tokens = tokensOf(sentence);
      const candidate = candidatesOf(sentence, tokens).find(
        (c) => sentence.slice(c.start, c.end) === phrase,
      )!;
      return rule.excludes({ question: questionInfo(question, () => 1), sentence, tokens, candidate });
    };
    expect(
      rulesOut('who did texaco settle with', 'Texaco and Pennzoil settled the suit on Monday.', 'Pennzoil'),
    ).toBe(false);
    expect(
      rulesOut('which firestone plant', 'Firestone Tire and Rubber Co will close it.', 'Rubber Co'),
    ).toBe(true);
    expect(
      phraseFor(
        'which firestone plant is closing',
        'Firestone Tire and Rubber Co will close its Akron plant.',
      ),
    ).toBe('Akron');
  });

  it('gives a date with its year past a comma whole ("October 16, 2012")', () => {
    const sentence = 'The league announced on October 16, 2012, that two cities were finalists.';
    expect(phraseFor('when were the finalists announced', sentence)).toBe('October 16, 2012');
    // Two figures a comma parts stay two.
    expect(phraseFor('how many companies failed', 'At the end of 1986, 355 companies had failed.')).toBe(
      '355',
    );
  });

  it('reads a question word set beside the candidate by a comma', () => {
    const sentence = 'Thomas Davis, a veteran linebacker, broke his arm.';
    expect(featuresOf('who is the veteran linebacker', sentence, 'Thomas Davis').apposition).toBe(1);
    expect(featuresOf('who broke his arm', sentence, 'Thomas Davis').apposition).toBe(0);
  });
});

describe('extractFrom: a sentence read again within a question', () => {
  it('gives each rank the phrase and log-odds a fresh reading gives', () => {
    const info = questionInfo('how much did the trade deficit rise in March', (word) => word.length);
    const sentence =
      'The U.S. trade deficit rose 3.5 pct to 12.4 billion dlrs in March, the department said.';
    const ranks = [
      { logit: 0, top: true },
      { logit: -1.75, top: false },
      { logit: -12, top: false },
    ];
    const fresh = ranks.map((rank) => extractFrom(info, sentence, rank));
    expect(new Set(fresh.map((found) => found?.logit)).size).toBe(3);
    whileAnswering(() => {
      for (const [k, rank] of ranks.entries()) expect(extractFrom(info, sentence, rank)).toEqual(fresh[k]);
      // Read again, from what the first reading kept.
      for (const [k, rank] of ranks.entries()) expect(extractFrom(info, sentence, rank)).toEqual(fresh[k]);
    });
  });
});
