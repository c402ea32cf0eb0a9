import { describe, expect, it } from 'vitest';
import { parseStory } from '../../src/engine/parseStory.ts';
import type { Story } from '../../src/engine/types.ts';
import { quotesReply, speakersReply } from '../../src/format/cards.ts';
import { buildSnapshot, findQuotes, listSpeakers, suggestSpeakers } from '../../src/library/queryApi.ts';

/** Organisations, outlets and governments speak too: they are listed, asked for and shown as such. */
function parsed(id: string, body: string): Story {
  const outcome = parseStory(`date 2016-03-01\nA story for the test\n\n${body}\n`, `${id}.txt`);
  if (!outcome.ok) throw new Error(outcome.error);
  return outcome.story;
}

const stories = [
  parsed(
    'talks',
    'The State Department said in a statement that the talks would resume in May. ' +
      'Jen Paski, a State Department spokeswoman, said the date was not set.',
  ),
  parsed(
    'deal',
    'The State Department said the deal was close. Politico reported that the vote was delayed.',
  ),
];
const snapshot = buildSnapshot(stories);

describe('organisations as speakers', () => {
  it('lists a speaking organisation among the people of its story, as an organisation', () => {
    expect(stories[0]?.people).toContainEqual(
      expect.objectContaining({ name: 'State Department', kind: 'organisation' }),
    );
    expect(stories[0]?.people.find((p) => p.name === 'Jen Paski')?.kind).toBeUndefined();
  });

  it('merges an organisation across stories and marks it in /speakers and autocomplete', () => {
    const speakers = listSpeakers(snapshot).speakers;
    expect(speakers.find((s) => s.name === 'State Department')).toMatchObject({
      quotes: 2,
      stories: 2,
      kind: 'organisation',
    });
    expect(speakers.find((s) => s.name === 'Jen Paski')?.kind).toBeUndefined();
    expect(suggestSpeakers(snapshot, 'polit')[0]).toMatchObject({ name: 'Politico', kind: 'organisation' });
    const reply = speakersReply(listSpeakers(snapshot, { story: 'talks' }));
    const names = reply.pages[0]?.cards[0]?.fields?.map((f) => f.name);
    expect(names).toContain('State Department (organisation)');
    expect(names).toContain('Jen Paski');
  });

  it('answers what an organisation said, titled as an organisation', () => {
    const result = findQuotes(snapshot, { speaker: 'state department' });
    expect(result.speaker).toMatchObject({ name: 'State Department', kind: 'organisation' });
    expect(result.total).toBe(2);
    expect(quotesReply(result).pages[0]?.cards[0]?.title).toBe('Quotes from State Department (organisation)');
  });
});

describe('a short name the story defines for an organisation', () => {
  it('is one of its aliases ("Haitian American Sugar Company (HASCO)")', () => {
    const story = parsed(
      'mill',
      'The closure of the Haitian American Sugar Company (HASCO) will idle 3,500 employees, the company said.',
    );
    expect(story.people).toContainEqual(
      expect.objectContaining({
        name: 'Haitian American Sugar Company',
        aliases: ['HASCO'],
        kind: 'organisation',
      }),
    );
  });
});
