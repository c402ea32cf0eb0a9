/**
 * `seed`: the seed story against its expected parse in ../shared/seed — every quote with the exact span,
 * kind, speaker, mention, mention span and cue, and the people with names, aliases and roles.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseStory } from '../../src/engine/parseStory.ts';
import type { Person, Quote } from '../../src/engine/types.ts';
import type { EvalSection } from './section.ts';

const key = (q: Quote) =>
  JSON.stringify([q.kind, q.span, q.speakerMention, q.speakerMentionSpan, q.cue, q.text]);
const personKey = (p: Person) => JSON.stringify([p.name, [...p.aliases].sort(), p.role]);

export const seedSection: EvalSection = {
  name: 'seed',
  async run({ shared }) {
    const dir = join(shared, 'seed');
    const expectedFile = join(dir, '000_2696b59510ee6b97.expected.json');
    if (!existsSync(expectedFile)) return { skipped: `${expectedFile} is absent`, metrics: [] };
    const expected = JSON.parse(readFileSync(expectedFile, 'utf8')) as { quotes: Quote[]; people: Person[] };
    const file = '000_2696b59510ee6b97.txt';
    const outcome = parseStory(readFileSync(join(dir, file), 'utf8'), file);
    if (!outcome.ok) return { metrics: [{ name: 'parsed', value: 0, min: 1 }], details: outcome.error };
    const got = new Map(outcome.story.quotes.map((q) => [key(q), q]));
    let matched = 0;
    let speakers = 0;
    const misses: string[] = [];
    for (const quote of expected.quotes) {
      const mine = got.get(key(quote));
      if (!mine) {
        misses.push(`missing ${key(quote)}`);
        continue;
      }
      matched++;
      if (mine.speaker === quote.speaker) speakers++;
      else misses.push(`speaker ${mine.speaker} for ${key(quote)}`);
    }
    const people = new Set(outcome.story.people.map(personKey));
    const peopleRight = expected.people.filter((p) => people.has(personKey(p))).length;
    const extra = outcome.story.quotes.length - matched;
    return {
      metrics: [
        { name: 'quotes matched', value: matched / expected.quotes.length, format: 'percent', min: 1 },
        { name: 'speakers right', value: speakers / expected.quotes.length, format: 'percent', min: 1 },
        { name: 'people right', value: peopleRight / expected.people.length, format: 'percent' },
        { name: 'extra quotes', value: extra, format: 'number' },
      ],
      details: { misses },
    };
  },
};
