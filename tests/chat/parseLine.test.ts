import { describe, expect, it } from 'vitest';
import { parseChatLine } from '../../src/chat/parseLine.ts';

const options: Record<string, string[]> = {
  stories: ['date', 'from', 'to', 'place', 'topic'],
  quotes: ['speaker', 'about', 'from', 'to'],
  story: ['story'],
  help: [],
};
const names = (command: string) => options[command];
const parse = (line: string) => parseChatLine(line, names);
const opts = (line: string) => {
  const parsed = parse(line);
  if (parsed.kind !== 'command') throw new Error(`not a command: ${JSON.stringify(parsed)}`);
  return Object.fromEntries(parsed.options);
};

describe('parseChatLine', () => {
  it('reads quoted and unquoted option values', () => {
    expect(opts('/stories place:Paris date:"Sept 15 2014"')).toEqual({
      place: 'Paris',
      date: 'Sept 15 2014',
    });
    expect(opts('/stories date:Sept 15 2014 place:New York')).toEqual({
      date: 'Sept 15 2014',
      place: 'New York',
    });
    expect(opts('/quotes speaker:psaki about:Iraq')).toEqual({ speaker: 'psaki', about: 'Iraq' });
  });

  it('gives leading words to the first option', () => {
    expect(opts('/story Iran talks in Vienna')).toEqual({ story: 'Iran talks in Vienna' });
    expect(opts('/quotes Jen Psaki about:Iran')).toEqual({ speaker: 'Jen Psaki', about: 'Iran' });
  });

  it('keeps colons inside values that are not option names', () => {
    expect(opts('/stories topic:ratio 3:1 vote')).toEqual({ topic: 'ratio 3:1 vote' });
  });

  it('tells free questions, blanks and unknown options apart', () => {
    expect(parse('who said "serious threat"?')).toEqual({
      kind: 'question',
      text: 'who said "serious threat"?',
    });
    expect(parse('   ')).toEqual({ kind: 'empty' });
    expect(parse('/stories plac:Paris')).toMatchObject({ kind: 'invalid' });
    expect(parse('/stories place:A place:B')).toMatchObject({ kind: 'invalid' });
    expect(parse('/HELP')).toEqual({ kind: 'command', name: 'help', options: new Map() });
    expect(parse('/unknown x:y')).toMatchObject({ kind: 'command', name: 'unknown' });
    expect(parse('/')).toMatchObject({ kind: 'invalid' });
  });
});
