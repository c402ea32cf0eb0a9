/**
 * ask with questions typed the way people type them: chat shorthand, misspelt names and places,
 * dates in many forms, titles typed with words the story does not use, and names no story holds.
 * Real story files in a temp folder, loaded through StoryLibrary.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ask, prepareAsk } from '../../../src/library/ask.ts';
import type { StorySnapshot } from '../../../src/library/snapshot.ts';
import { StoryLibrary } from '../../../src/library/storyLibrary.ts';

const now = new Date('2026-11-27T12:00:00Z');
let folder: string;
let snapshot: StorySnapshot;

const STORIES: Record<string, string> = {
  'tokyo_dollar.txt':
    'date 1987-03-03 TOKYO, March 3 - The Bank of Japan bought dollars in Tokyo on Tuesday to\n' +
    'stop the currency from falling below 150 yen, dealers said.\n' +
    '    "We will act as needed to keep markets stable," Finance Minister Kiichi Miyazawa told\n' +
    'reporters after a cabinet meeting.\n',
  'tokyo_stocks.txt':
    'date 1987-03-20 TOKYO, March 20 - Tokyo share prices closed higher on Friday as\n' +
    'investors bought electrical stocks, brokers said.\n',
  'paris_coalition.txt':
    'date 2014-09-15 PARIS, Sept 15 - Ministers from twenty countries met in Paris on Monday to\n' +
    'plan a coalition against the militants, French officials said.\n' +
    '    "We are determined to act together against this threat," French Foreign Minister\n' +
    'Laurent Fabius told the conference.\n' +
    '    State Department spokeswoman Jen Paski said the talks had been useful.\n',
  'bogota_coffee.txt':
    'date 1987-03-13 BOGOTA, March 13 - Colombia earned 2.1 billion dollars from coffee exports\n' +
    'last year, the national coffee growers federation said on Friday.\n' +
    '    Colombian coffee export volume rose to 9.8 mln bags in the year to February, the\n' +
    'federation said.\n',
  'helsinki_copper.txt':
    "date 1987-03-11 HELSINKI, March 11 - Finland's Outokumpu Oy, which last week reported a 1986 loss\n" +
    'of 83 mln markka, will split its copper division in two, the company said.\n',
  'santos_coffee.txt':
    'date 1987-03-16 SANTOS, March 16 - Brazil shipped more coffee from Santos last week as\n' +
    'exporters cleared the backlog left by the strike, port officials said.\n',
  'bonn_rates.txt':
    'date 1987-03-05 BONN, March 5 - West German interest rates are unlikely to change soon, a\n' +
    'central bank official said.\n' +
    '    "Rates will stay where they are for now," Bundesbank official Ann Brandt said.\n',
  'ottawa_budget.txt':
    'date 1987-03-09 OTTAWA, March 9 - Canada presented its budget on Monday.\n' +
    '    "The budget is balanced at last," Finance Minister Tom Brand said.\n',
};

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'newsbot-ask-varied-'));
  for (const [name, text] of Object.entries(STORIES)) writeFileSync(join(folder, name), text);
  const library = await StoryLibrary.open({ dirs: [folder], cacheDir: null, workers: 0, progress: false });
  snapshot = library.snapshot;
  prepareAsk(snapshot);
});

afterAll(() => {
  rmSync(folder, { recursive: true, force: true });
});

const question = (text: string) => ask(snapshot, text, now);
const ids = (text: string) => question(text).citations.map((c) => c.id);

describe('ask: stories asked loosely', () => {
  it('"what came out of" a place, lower case, with a numeric date', () => {
    const result = question('what came out of tokyo on 3/3/1987?');
    expect(result.intent).toBe('stories');
    expect(result.citations.map((c) => c.id)).toEqual(['tokyo_dollar']);
  });

  it('the week of a day: seven days from it', () => {
    expect(ids('Tokyo stories in the week of March 1 1987')).toEqual(['tokyo_dollar']);
    expect(ids('tokyo stories in the week of March 17 1987')).toEqual(['tokyo_stocks']);
  });

  it('a misspelt place before "stories", and after "from"', () => {
    expect(ids('bogata stories on March 13th, 1987')).toEqual(['bogota_coffee']);
    expect(ids('anything from bogata on the 13th of March 1987')).toEqual(['bogota_coffee']);
  });

  it('"everything from" a place, and stories "datelined" a place', () => {
    expect(ids('give me everything from tokyo on march 20 1987')).toEqual(['tokyo_stocks']);
    expect(ids('reuters stories datelined Tokyo on March 3, 1987')).toEqual(['tokyo_dollar']);
  });

  it('a date alone lists the stories of that day', () => {
    const result = question('March 20 1987');
    expect(result.intent).toBe('stories');
    expect(result.citations.map((c) => c.id)).toEqual(['tokyo_stocks']);
  });

  it('a word before "stories" that is no place stays a topic', () => {
    const result = question('any coffee stories in March 1987?');
    expect(result.intent).toBe('stories');
    expect(result.citations.map((c) => c.id).sort()).toEqual(['bogota_coffee', 'santos_coffee']);
  });
});

describe('ask: words typed with no question form', () => {
  it('a sentence that surely answers them gives the fact they name', () => {
    const result = question('colombia coffee export volume');
    expect(result.intent).toBe('fact');
    expect(result.extract?.text).toBe('9.8 mln');
    expect(result.citations[0]?.id).toBe('bogota_coffee');
  });

  it("a date phrase with no figure in it is the story's, not today's", () => {
    const result = question('colombia coffee earnings last yr');
    expect(result.intent).toBe('fact');
    expect(result.extract?.text).toBe('2.1 billion dollars');
  });

  it('one or two words stay a topic: the stories about it', () => {
    expect(question('coffee').intent).toBe('stories');
    expect(question('brazil coffee').intent).toBe('stories');
  });

  it('stories asked for dates no story has ("this year" of an archive): those on other dates, said so', () => {
    const result = question('coffee stories this year');
    expect(result.intent).toBe('stories');
    expect(result.answer).toMatch(
      /^I found no stories about coffee between Jan 1, 2026 and .*\. On other dates: /,
    );
    expect(result.citations.map((cited) => cited.id).sort()).toEqual(['bogota_coffee', 'santos_coffee']);
    // Nothing on the topic on any date: nothing to list.
    expect(question('zeppelin stories this year').citations).toEqual([]);
  });

  it('a year in figures no story is dated in: the stories of other dates that speak of it, said so', () => {
    const result = question('outokumpu stories 1986');
    expect(result.intent).toBe('stories');
    expect(result.answer).toMatch(
      /^I found no stories about outokumpu in 1986\. 1 story of another date speaks of 1986:/,
    );
    expect(result.citations.map((cited) => cited.id)).toEqual(['helsinki_copper']);
    // Nor of the year: nothing to list.
    const none = question('outokumpu stories 1984');
    expect(none.citations).toEqual([]);
  });
});

describe('ask: quotes asked loosely', () => {
  it('chat shorthand: "wat did … say abt …"', () => {
    const result = question('wat did miyazawa say abt markets');
    expect(result.intent).toBe('quotes');
    expect(result.answer).toContain('Kiichi Miyazawa');
    expect(result.citations[0]?.id).toBe('tokyo_dollar');
  });

  it('chat shorthand: "whos X", the "is" typed without its apostrophe', () => {
    const result = question('whos jen paski');
    expect(result.intent).toBe('fact');
    expect(result.answer).toContain('spokeswoman');
  });

  it('"what were X comments on Y", the possessive typed without its apostrophe', () => {
    const result = question('what were fabiuss comments on the threat');
    expect(result.intent).toBe('quotes');
    expect(result.citations[0]?.text).toContain('determined to act together');
  });

  it('"what\'s X\'s view on Y"', () => {
    const result = question("what's miyazawa's view on the markets");
    expect(result.intent).toBe('quotes');
    expect(result.citations[0]?.id).toBe('tokyo_dollar');
  });

  it('"X on Y" for a person quoted in the stories', () => {
    const result = question('fabius on the threat?');
    expect(result.intent).toBe('quotes');
    expect(result.citations[0]?.id).toBe('paris_coalition');
  });

  it('a misspelt name close to two speakers: the one quoted on the day asked', () => {
    const onFifth = question('what did brant say on March 5 1987');
    expect(onFifth.intent).toBe('quotes');
    expect(onFifth.answer).toContain('Ann Brandt');
    expect(onFifth.citations.map((c) => c.id)).toEqual(['bonn_rates']);
    const onNinth = question('what did brant say on 3/9/1987');
    expect(onNinth.answer).toContain('Tom Brand');
    expect(onNinth.citations.map((c) => c.id)).toEqual(['ottawa_budget']);
  });

  it('"articles on Y" is a topic, not a speaker called "articles"', () => {
    expect(question('articles on coffee').intent).toBe('stories');
  });
});

describe('ask: facts and summaries asked loosely', () => {
  it('"who spoke for the state dept" asks for a person, not quotes', () => {
    const result = question('who spoke for the state dept');
    expect(result.intent).toBe('fact');
    expect(result.citations[0]?.text).toContain('State Department spokeswoman Jen Paski');
  });

  it('"tell me who X is"', () => {
    const result = question('tell me who jen paski is');
    expect(result.intent).toBe('fact');
    expect(result.answer).toContain('spokeswoman');
  });

  it('"what\'s the story on …" asks for a summary', () => {
    const result = question("what's the story on the bank of japan buying dollars");
    expect(result.intent).toBe('summary');
    expect(result.citations[0]?.id).toBe('tokyo_dollar');
  });

  it('"tell me about the X story" and "what is the X story about" ask for a summary', () => {
    for (const text of ['tell me about the tokyo dollar story', 'what is the tokyo dollar story about?']) {
      const result = question(text);
      expect(result.intent).toBe('summary');
      expect(result.citations[0]?.id).toBe('tokyo_dollar');
    }
  });

  it('"summarize" alone asks which story, citing none', () => {
    for (const text of ['summarize', 'tl;dr please']) {
      const result = question(text);
      expect(result.intent).toBe('summary');
      expect(result.citations).toEqual([]);
      expect(result.answer).toMatch(/^Which story\?/);
    }
  });

  it('a title typed with words the story does not use still finds the story holding most of them', () => {
    const result = question('summarize the COLOMBIA COFFEE EXPORT EARNINGS SURGE story');
    expect(result.intent).toBe('summary');
    expect(result.citations[0]?.id).toBe('bogota_coffee');
  });
});

describe('ask: names no story holds get no confident answer', () => {
  it.each([
    'how much did Zorblax pay for quintrom imports',
    'summarize the gundvel blaxmox merger story',
    'what did Quinfel Daxtrom say about the treaty',
    'stories from Blaxquin on March 3 1987',
  ])('%s', (text) => {
    const result = question(text);
    expect(result.citations).toEqual([]);
    expect(result.answer).toMatch(/no |not |could not|couldn't/i);
  });
});
