/** The query commands of `newsbot`, called in-process on two small stories. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newsbot as run } from '../helpers/cli.ts';

let stories: string;
let cache: string;

const newsbot = (args: string[], input?: string) =>
  run(args, { env: { CACHE_DIR: cache, STORIES_DIR: stories }, ...(input === undefined ? {} : { input }) });

const json = async (args: string[]) => {
  const result = await newsbot([...args, '--json']);
  expect(result.code, result.stderr).toBe(0);
  return JSON.parse(result.stdout);
};

beforeAll(() => {
  stories = mkdtempSync(join(tmpdir(), 'newsbot-cli-stories-'));
  cache = mkdtempSync(join(tmpdir(), 'newsbot-cli-cache-'));
  writeFileSync(
    join(stories, 'cocoa.txt'),
    'date 1987-03-02 LONDON, March 2 - Officials reported new figures on cocoa prices on Tuesday.\n' +
      '    "We expect cocoa prices to improve," minister Carlos Mendez said.\n' +
      '    "Stocks are too high," said John Smith, a trader.\n',
  );
  writeFileSync(
    join(stories, 'coffee.txt'),
    'date 1987-03-05 BOGOTA, March 5 - Coffee exports rose sharply in February.\n' +
      '    "Coffee prices will recover," said Adam Smith, an analyst.\n' +
      '    "Exports will rise again," Mendez said.\n',
  );
});

afterAll(() => {
  rmSync(stories, { recursive: true, force: true });
  rmSync(cache, { recursive: true, force: true });
});

describe('newsbot query commands', () => {
  it('stories: by month, place and topic, in the contract shape', async () => {
    const march = await json(['stories', '--date', 'March 1987']);
    expect(march.query).toMatchObject({ from: '1987-03-01', to: '1987-03-31', place: null, topic: null });
    expect(march.total).toBe(2);
    expect(march.results.map((r: { id: string }) => r.id)).toEqual(['coffee', 'cocoa']);
    expect(Object.keys(march.results[0]).sort()).toEqual(
      ['country', 'date', 'file', 'headline', 'id', 'place', 'score'].sort(),
    );
    const bogota = await json(['stories', '--place', 'bogata']);
    expect(bogota.query.place).toMatch(/^Bogot[aá]$/);
    expect(bogota.results.map((r: { id: string }) => r.id)).toEqual(['coffee']);
    expect((await json(['stories', '--topic', 'cocoa'])).results[0].id).toBe('cocoa');
    expect((await json(['stories', '--date', '1990'])).total).toBe(0);
  });

  it('quotes: merged names, candidates for an ambiguous surname', async () => {
    const mendez = await json(['quotes', '--speaker', 'mendez']);
    expect(mendez.speaker.name).toBe('Carlos Mendez');
    expect(mendez.total).toBe(2);
    expect(mendez.results[0]).toMatchObject({ id: 'coffee', date: '1987-03-05', speaker: 'Carlos Mendez' });
    expect(mendez.results[0].span).toHaveLength(2);
    const smith = await json(['quotes', '--speaker', 'Smith']);
    expect(smith.speaker).toBeNull();
    expect([...smith.candidates].sort()).toEqual(['Adam Smith', 'John Smith']);
    const text = await newsbot(['quotes', '--speaker', 'Smith']);
    expect(text.stdout).toMatch(/may be any of/);
  });

  it('summary and speakers', async () => {
    const summary = await json(['summary', 'cocoa']);
    expect(summary.story).toMatchObject({ id: 'cocoa', place: 'London' });
    expect(summary.summary.length).toBeGreaterThan(10);
    const speakers = (await json(['speakers', '--story', 'coffee'])).speakers.map(
      (s: { name: string }) => s.name,
    );
    expect(speakers.sort()).toEqual(['Adam Smith', 'Mendez']);
    const all = (await json(['speakers'])).speakers;
    expect(all[0]).toMatchObject({ name: 'Carlos Mendez', quotes: 2, stories: 2 });
  });

  it('bad input: one line on stderr and exit 1', async () => {
    const badDate = await newsbot(['stories', '--date', 'the twelfth of never', '--json']);
    expect(badDate.code).toBe(1);
    expect(badDate.stdout).toBe('');
    expect(badDate.stderr).toMatch(/could not read/);
    const missing = await newsbot(['stories', '--stories', join(stories, 'nope'), '--json']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/does not exist/);
    expect((await newsbot(['quotes', '--json'])).code).toBe(1);
  });

  it('batch: one result per line, in order; bad requests give an error and the batch goes on', async () => {
    const input = [
      JSON.stringify({ command: 'stories', place: 'London' }),
      'not json',
      JSON.stringify({ command: 'quotes', speaker: 'Adam Smith' }),
      JSON.stringify({ command: 'stories', date: 'blah' }),
      JSON.stringify({ command: 'fly' }),
      JSON.stringify({ command: 'summary', story: 'coffee' }),
      JSON.stringify({ command: 'speakers' }),
    ].join('\n');
    const result = await newsbot(['batch', '--json'], `${input}\n`);
    expect(result.code, result.stderr).toBe(0);
    const lines = result.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines).toHaveLength(7);
    expect(lines[0].results.map((r: { id: string }) => r.id)).toEqual(['cocoa']);
    expect(lines[1].error).toMatch(/not JSON/);
    expect(lines[2].speaker.name).toBe('Adam Smith');
    expect(lines[3].error).toMatch(/could not read/);
    expect(lines[4].error).toMatch(/unknown command/);
    expect(lines[5].story.id).toBe('coffee');
    expect(lines[6].speakers.length).toBeGreaterThan(2);
  });

  it('ask --conversation: a follow-up reads the earlier question of the same id, in later runs too', async () => {
    const first = await json(['ask', 'what did Adam Smith say?', '--conversation', 'cli-a']);
    expect(first.intent).toBe('quotes');
    const followUp = await json(['ask', 'summarize it', '--conversation', 'cli-a']);
    expect(followUp.intent).toBe('summary');
    expect(followUp.citations[0].id).toBe('coffee');
  });

  it('ask --conversation: another id, or none, has nothing to follow up on', async () => {
    expect((await json(['ask', 'summarize it', '--conversation', 'cli-b'])).citations).toEqual([]);
    expect((await json(['ask', 'summarize it'])).citations).toEqual([]);
    expect((await newsbot(['ask', 'hi', '--conversation', ' '])).code).toBe(1);
  });

  it('batch: requests with the same conversation field are one conversation', async () => {
    const input = [
      JSON.stringify({ command: 'ask', question: 'what did John Smith say?', conversation: 'x' }),
      JSON.stringify({ command: 'ask', question: 'who is quoted in it?', conversation: 'y' }),
      JSON.stringify({ command: 'ask', question: 'who is quoted in it?', conversation: 'x' }),
    ].join('\n');
    const result = await newsbot(['batch', '--json'], `${input}\n`);
    expect(result.code, result.stderr).toBe(0);
    const [, other, same] = result.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(other.citations).toEqual([]);
    expect(same.answer).toMatch(/John Smith/);
    expect(same.answer).toMatch(/Mendez/);
  });
});
