import { describe, expect, it } from 'vitest';
import { findDatePhrase } from '../../../src/library/ask/datePhrase.ts';
import {
  FACT_FIRST_RULES,
  FACT_KIND_RULES,
  NOT_A_SPEAKER_RULES,
  NOT_QUOTES_RULES,
  parseQuestion,
  STATED_FACT_RULES,
} from '../../../src/library/ask/parseQuestion.ts';

const now = new Date('2026-11-27T12:00:00Z');
const read = (question: string) => parseQuestion(question, now);

/** Each rule of a named list matches its example, which reads as a fact question. */
function itReadsEachExampleAsAFact(rules: ReadonlyArray<{ name: string; example: string; pattern: RegExp }>) {
  for (const rule of rules)
    it(`rule "${rule.name}" reads its example as a fact question`, () => {
      expect(rule.pattern.test(rule.example)).toBe(true);
      expect(read(rule.example).intent).toBe('fact');
    });
}

describe('parseQuestion: intents', () => {
  it.each([
    ['what did Khamenei say about the US?', 'quotes'],
    ['what has Psaki said?', 'quotes'],
    ['quotes from Kerry in September 2014', 'quotes'],
    ["who said 'serious threat'?", 'quotes'],
    ['did Hollande say anything about Iraq?', 'quotes'],
    ['Khamenei quotes', 'quotes'],
    ['stories from Tokyo on March 3 1987', 'stories'],
    ['news about cocoa in Brazil', 'stories'],
    ['what happened in Paris on Sept 15 2014?', 'stories'],
    ['any stories from Bogota last week?', 'stories'],
    ['summarize the Bahia cocoa story', 'summary'],
    ['give me a summary of 000_2696b59510ee6b97', 'summary'],
    ['tl;dr of the Iran coalition story', 'summary'],
    ['how much did Colombia earn from coffee exports?', 'fact'],
    ['when did the talks start?', 'fact'],
    ['who is Jen Paski?', 'fact'],
    ['where is Vienna?', 'fact'],
    ['hello', 'unknown'],
    ['what can you do?', 'unknown'],
    ['tell me a joke', 'unknown'],
    ['thanks!', 'unknown'],
    ['???', 'unknown'],
    ['', 'unknown'],
  ])('%s → %s', (question, intent) => {
    expect(read(question).intent).toBe(intent);
  });
});

describe('parseQuestion: fact questions holding a story-list word', () => {
  itReadsEachExampleAsAFact(FACT_FIRST_RULES);
  it.each([
    ['Which Super Bowl halftime show did Beyoncé headline?', 'fact'],
    ['What new name was given to the media day?', 'fact'],
    ['which reports were about Iran?', 'stories'],
    ["what's new in London?", 'stories'],
    ['what happened to corn in April 1987?', 'stories'],
  ])('%s → %s', (question, intent) => {
    expect(read(question).intent).toBe(intent);
  });
});

describe('parseQuestion: parts', () => {
  it('reads a year typed with two digits at the end of a phrase, and leaves other figures', () => {
    expect(read('how much tin did the us sell in 86').text).toBe('how much tin did the US sell in 1986');
    expect(read("jobs added since '15?").text).toBe('jobs added since 2015');
    expect(read('what happens in 50 days').text).toBe('what happens in 50 days');
    expect(read('shares sold in 40').text).toBe('shares sold in 40');
  });

  it('keeps a report someone spoke of in the topic of their quotes', () => {
    expect(read('what did dole say about the tower report')).toMatchObject({
      speaker: 'dole',
      about: 'tower report',
    });
  });

  it('reads speaker and topic of a quotes question, without titles', () => {
    expect(read('what did Khamenei say about the US?')).toMatchObject({ speaker: 'Khamenei', about: 'US' });
    expect(read('What did President Obama tell reporters about Syria on Monday?')).toMatchObject({
      speaker: 'Obama',
      about: 'Syria',
    });
    expect(read('did Hollande say anything about Iraq?')).toMatchObject({
      speaker: 'Hollande',
      about: 'Iraq',
    });
    // A title typed short is read in full, and is no part of the name either way.
    expect(read('what did ceo john stumpf say')).toMatchObject({ speaker: 'john stumpf' });
  });

  it('keeps the date phrase apart from the speaker', () => {
    expect(read('quotes from Kerry in September 2014')).toMatchObject({
      speaker: 'Kerry',
      date: 'September 2014',
    });
  });

  it('takes quoted words as the phrase to find', () => {
    expect(read('who said "serious threat"?')).toMatchObject({ intent: 'quotes', phrase: 'serious threat' });
    expect(read("who said 'serious threat'?")).toMatchObject({ phrase: 'serious threat', speaker: null });
  });

  it('reads place, date and topic of a stories question', () => {
    expect(read('stories from Tokyo on March 3 1987')).toMatchObject({
      place: 'Tokyo',
      date: 'March 3 1987',
    });
    expect(read('news about cocoa in Brazil')).toMatchObject({ place: 'Brazil', topic: 'cocoa' });
    expect(read('what happened in new york in march 1987')).toMatchObject({
      place: 'new york',
      date: 'march 1987',
    });
    expect(read('any stories from Bogota last week?')).toMatchObject({ place: 'Bogota', date: 'last week' });
  });

  it('reads the story a summary is asked for', () => {
    expect(read('summarize the Bahia cocoa story').story).toBe('Bahia cocoa');
    expect(read('give me a summary of 000_2696b59510ee6b97').story).toBe('000_2696b59510ee6b97');
    expect(read('tl;dr of the Iran coalition story').story).toBe('Iran coalition');
  });

  it('reads who/where questions and the kind of fact asked', () => {
    expect(read('who is Jen Paski?')).toMatchObject({ factKind: 'who-is', subject: 'Jen Paski' });
    expect(read('where is Vienna?')).toMatchObject({ factKind: 'where-is', subject: 'Vienna' });
    // Who someone is, asked by their job; not a stance ("position") nor a book's title.
    expect(read("what's Jen Paski's job?")).toMatchObject({ factKind: 'who-is', subject: 'Jen Paski' });
    expect(read('what is the job of Jen Paski')).toMatchObject({ factKind: 'who-is', subject: 'Jen Paski' });
    expect(read("what is the fed's position on rates").factKind).not.toBe('who-is');
    expect(read('what is the title of the book').factKind).not.toBe('who-is');
    expect(read('how many bags of cocoa arrived?').factKind).toBe('amount');
    expect(read('when did the talks start?').factKind).toBe('when');
  });

  it('drops the bot mention and politeness', () => {
    const parsed = read('<@1234567890> hey, can you please tell me what Psaki said?');
    expect(parsed).toMatchObject({ intent: 'quotes', speaker: 'Psaki' });
  });

  it('never throws on odd input', () => {
    for (const text of [
      '"',
      "'",
      '""',
      'who said',
      'what did say',
      '\u0000\u0001',
      'x'.repeat(5000),
      '2014',
      '@@@',
    ])
      expect(() => read(text)).not.toThrow();
    expect(parseQuestion(undefined as unknown as string).intent).toBe('unknown');
  });
});

describe('findDatePhrase', () => {
  it('finds day, month, qualified, relative and bare-year phrases', () => {
    expect(findDatePhrase('stories from Tokyo on March 3 1987', now)?.text).toBe('March 3 1987');
    expect(findDatePhrase('stories in mid-March 1987', now)?.text).toBe('mid-March 1987');
    expect(findDatePhrase('any stories from Bogota last week', now)?.text).toBe('last week');
    expect(findDatePhrase('news from Tokyo in 1987', now)?.text).toBe('1987');
    expect(findDatePhrase('news about cocoa in Brazil', now)).toBeNull();
  });

  it('covers the preposition so the rest reads cleanly', () => {
    const question = 'quotes from Kerry in September 2014';
    const phrase = findDatePhrase(question, now)!;
    expect(question.slice(0, phrase.start).trim()).toBe('quotes from Kerry');
  });
});

describe('findDatePhrase: years that name a thing or a period of their own', () => {
  it('reads a crop year as no date, and the year before it', () => {
    expect(findDatePhrase('ivory coast 1986/87 cocoa crop estimate', now)).toBeNull();
    expect(findDatePhrase('ivory coast cocoa crop in 1986', now)?.text).toBe('1986');
  });

  it('reads a year between "the" and a noun as part of a name, not the stories\' date', () => {
    expect(findDatePhrase('who is vice chairman of the 1922 committee', now)).toBeNull();
    expect(findDatePhrase('stories from the 1987 season', now)).toBeNull();
    expect(findDatePhrase('what happened in the 1987 and 1988 seasons', now)?.text).toBe('1987');
    expect(findDatePhrase('what was the profit in 1986', now)?.text).toBe('1986');
  });
});

describe('parseQuestion: numbers typed bare after what they are of', () => {
  it('asks for a figure', () => {
    expect(read('gary johnson poll number')).toMatchObject({ intent: 'fact', factKind: 'amount' });
    expect(read('what number did he wear')).toMatchObject({ intent: 'fact' });
  });

  it('asks for a figure of a year typed as "last yr", and for a percentage typed first', () => {
    expect(read('spanish inflation last yr')).toMatchObject({ intent: 'fact', factKind: 'amount' });
    expect(read('pct against the cominco contract')).toMatchObject({ intent: 'fact', factKind: 'amount' });
    // A topic with no measure stays a topic.
    expect(read('spanish elections last yr').intent).not.toBe('fact');
  });
});

describe('parseQuestion: a role typed bare', () => {
  it('asks for who holds it, with a list of stories if no sentence says', () => {
    expect(read('hasco spokesman')).toMatchObject({ intent: 'stories', bare: 'hasco spokesman' });
    // One word is a topic to browse.
    expect(read('spokesman').bare).toBeUndefined();
  });
});

describe('findDatePhrase: month names as topic words', () => {
  it('takes a bare month only after a word that introduces a date', () => {
    expect(findDatePhrase('what did Trump say about journey june', now)).toBeNull();
    expect(findDatePhrase('quotes from Kerry in September', now)?.text).toBe('September');
    expect(findDatePhrase('stories from Tokyo on monday', now)).not.toBeNull();
  });
});

describe('parseQuestion: speakers with capitalised words that are also verbs', () => {
  it('reads "the State Department" as the speaker, not "State" as the verb', () => {
    expect(read('What did the State Department say?')).toMatchObject({
      intent: 'quotes',
      speaker: 'State Department',
    });
    expect(read('what did Obama say about the state of the union')).toMatchObject({
      speaker: 'Obama',
      about: 'state of the union',
    });
  });

  it('reads stories questions with "mention" and "what\'s happening"', () => {
    expect(read('Which stories mention Vienna?')).toMatchObject({ intent: 'stories', topic: 'Vienna' });
    expect(read("what's happening in Washington?")).toMatchObject({ intent: 'stories', place: 'Washington' });
  });
});

describe('parseQuestion: quotes on a topic without a speaker', () => {
  it('finds quotes by their words', () => {
    expect(read('what was said about Iran?')).toMatchObject({
      intent: 'quotes',
      speaker: null,
      phrase: 'Iran',
    });
    expect(read('who said anything about the coalition?')).toMatchObject({
      intent: 'quotes',
      phrase: 'coalition',
    });
  });
});

describe('parseQuestion: quote-shaped questions that ask for a fact', () => {
  itReadsEachExampleAsAFact(NOT_QUOTES_RULES);
  for (const rule of NOT_A_SPEAKER_RULES)
    it(`rule "${rule.name}": its example names no speaker`, () => {
      expect(read(rule.example)).toMatchObject({ intent: 'fact', speaker: null });
    });
  it.each([
    ['what has trump been saying about iran', 'trump'],
    ["what did Iran's supreme leader Ali Khamenei say", "Iran's supreme leader Ali Khamenei"],
    ['what did obama have to say about iran', 'obama'],
    ['what is Kerry saying', 'Kerry'],
    ["what were Podesta's comments on the email", 'Podesta'],
  ])('%s still asks for quotes', (question, speaker) => {
    expect(read(question)).toMatchObject({ intent: 'quotes', speaker });
  });
});

describe('parseQuestion: facts asked with no question word first', () => {
  itReadsEachExampleAsAFact(STATED_FACT_RULES);
  it.each([
    ['In addition to tuition, how do boarding schools cover their costs?', 'how'],
    ['iran nuclear talks', null],
    ['oil prices in march', null],
    ['oil price', null],
    ['taiwans trade surplus with the us', 'amount'],
    ['statoils share in veslefrikk', 'amount'],
    ['bp standard oil price', 'amount'],
    // A measure with whose it is after it, and a poll's figures.
    ['avg domestic crude price shell', 'amount'],
    // A measure with the period it is of typed in figures: one word names whose it is.
    ['krupp 1986 sales', 'amount'],
    ['mobil debt due in 88', 'amount'],
    ['coffee 1987', null],
    // A measure typed first, then what it is on.
    ['coupon on swedens eurosterling bond', 'amount'],
    ['clintons lead in the nbc wsj poll', 'amount'],
    ['trump support among black voters', 'amount'],
    ['record date for the att redemption', 'when'],
    ['us support for the contras', null],
    // A currency against another, two sides of a contest, a measure of something typed first.
    ['dollar yen in early asian trade', 'amount'],
    ['clinton vs trump in the wapo abc poll', 'amount'],
    ['margin of error for likely voters in the post abc poll', 'amount'],
    ['paris market cap end 86', 'amount'],
    // A rate, money typed bare, and a measure per something.
    ['german discount rate now', 'amount'],
    ['spain jobless rate', 'amount'],
    ['replanting money per hectare for sri lanka planters', 'amount'],
    ['morgan stanleys offer per burlington share', 'amount'],
    ['dollar stories', null],
    ['yen', null],
  ])('%s → %s', (question, kind) => {
    expect(read(question).factKind).toBe(kind);
  });
});

describe('parseQuestion: bare words read as a fact are listed as stories when unanswered', () => {
  it('marks bare words, never a question left open at its end', () => {
    expect(read('dollar yen in early asian trade').listIfUnknown).toBe(true);
    expect(read('record date for the att redemption').listIfUnknown).toBe(true);
    expect(
      read('Sophocles demonstrated civil disobedience in a play that was called?').listIfUnknown,
    ).toBeFalsy();
    expect(read('how much did exports rise').listIfUnknown).toBeFalsy();
  });
});

describe("parseQuestion: a relative date in a fact question is the story's", () => {
  it.each([
    ['what will french inflation be this yr', 'this year'],
    ['wats venezuelas average oil price this year', 'this year'],
    ['how much did exports rise last month', 'last month'],
    ['where did us and iran officials talk in june', 'june'],
    // Any date phrase with no figure, not only a listed form.
    ['how big were butter stocks at the end of june', 'end of june'],
    ['what did profits do last quarter', 'last quarter'],
  ])('%s: no range, "%s" kept as words', (question, words) => {
    const parsed = read(question);
    expect(parsed).toMatchObject({ intent: 'fact', date: null });
    expect(parsed.topic).toContain(words);
  });
  it('keeps a date with figures, and a relative date of a stories or quotes question', () => {
    expect(read('how much did exports rise in march 1987').date).toBe('march 1987');
    expect(read('stories from last week').date).toBe('last week');
    expect(read('what did kerry say last week').date).toBe('last week');
  });
});

describe('parseQuestion: chat shorthand', () => {
  it.each([
    ['wats the rover called', "what's the rover called"],
    ['how big r butter stocks', 'how big are butter stocks'],
    ['gnp growth this yr', 'gnp growth this year'],
    ['paris market cap end 86', 'paris market capitalisation end 1986'],
    ['who said the gas bubble isnt gone', 'who said the gas bubble is not gone'],
    ['who said the us wont coordinate', 'who said the US will not coordinate'],
    ['hw many a340s has lufthansa ordered', 'how many a340s has lufthansa ordered'],
    ['whn does the strike end', 'when does the strike end'],
    ['whr is the summit', 'where is the summit'],
    ['wich firm bought it', 'which firm bought it'],
    ['britain n germany on the ec plan', 'britain and germany on the ec plan'],
    ['deficit w the us', 'deficit with the US'],
    ['talks w/ iran', 'talks with iran'],
    // An initial stays as typed.
    ['george w bush', 'george w bush'],
    ['yugoslav pm', 'yugoslav prime minister'],
    ['who is the french prez', 'who is the french president'],
    ['whos at&ts ceo', "who's at&ts chief executive"],
    ['intl paper vp', 'international paper vice president'],
    ['how many ppl died', 'how many people died'],
    ['mellon q1 loss', 'mellon first quarter loss'],
    ['shell 4th qtr earnings', 'shell 4th quarter earnings'],
    // "q2 1987" is a period the story listing reads itself.
    ['wheat stories in q2 1987', 'wheat stories in q2 1987'],
    // A time keeps its "pm"; a letter that stands alone at either end is no "and".
    ['what closed at 3 pm', 'what closed at 3 pm'],
    ['n korea talks', 'n korea talks'],
    ['factory jobs lost 1977-82', 'factory jobs lost 1977-1982'],
    // A score or a crop year is no span of years.
    ['score was 2017-15', 'score was 2017-15'],
  ])('%s → %s', (question, text) => {
    expect(read(question).text).toBe(text);
  });
});

describe('parseQuestion: words typed with no question form', () => {
  it('keeps them whole, place and all, as a fact they may name', () => {
    const parsed = read('zimbabwe finance minister');
    expect(parsed.intent).toBe('stories');
    expect(parsed.bare).toBe('zimbabwe finance minister');
  });

  it('leaves one or two words a topic to browse', () => {
    expect(read('coffee').bare).toBeUndefined();
    expect(read('brazil coffee').bare).toBeUndefined();
  });

  it('leaves out a request for stories', () => {
    expect(read('stories about the zimbabwe wage freeze').bare).toBeUndefined();
    expect(read('news from harare').bare).toBeUndefined();
  });
});

describe("parseQuestion: someone's role with no question word", () => {
  it.each([['eders lawyer?'], ["kaine's wife"], ['the mayors spokesman']])(
    'reads "%s" as who that is',
    (q) => {
      const parsed = read(q);
      expect(parsed.intent).toBe('fact');
      expect(parsed.factKind).toBe('who-is');
    },
  );

  it('leaves a possessive before other words a topic', () => {
    expect(read("iran's oil exports").intent).toBe('stories');
  });
});

describe('parseQuestion: the kind of fact asked', () => {
  for (const rule of FACT_KIND_RULES)
    it(`rule "${rule.name}" reads its example`, () => {
      expect(rule.pattern.test(rule.example)).toBe(true);
      expect(read(rule.example).factKind).toBe(rule.kind);
    });
  it.each([
    'what pct did sales rise in 1986',
    'by how many pct did profit fall',
    'what % of the vote did he get',
    'what per cent of shares does bp own',
    'what percent of voters backed him',
  ])('%s asks for a figure, however a percentage is written', (question) => {
    expect(read(question)).toMatchObject({ intent: 'fact', factKind: 'amount' });
  });
});

describe('parseQuestion: "us" typed', () => {
  it.each([
    ['what did the us say about iran', true],
    ['us trade deficit', true],
    ['what can you tell us about cocoa', false],
    ['show us the cocoa story', false],
  ])('%s names the US: %s', (question, namesUs) => {
    expect(/\bUS\b/.test(read(question).text)).toBe(namesUs);
  });
});
