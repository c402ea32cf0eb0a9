/** Places as people name them: regions with their cities, informal and older names, Unicode forms, no fuzzy jumps. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../src/library/ask.ts';
import { resolvePlace } from '../../src/library/placeIndex.ts';
import { findStories } from '../../src/library/queries/stories.ts';
import { suggestPlaces } from '../../src/library/queries/suggest.ts';
import type { StorySnapshot } from '../../src/library/snapshot.ts';
import { snapshotOf } from '../helpers/storyFolder.ts';

let cleanup: () => void;
let snapshot: StorySnapshot;

const STORIES: Record<string, string> = {
  'glasgow.txt': 'date 1987-03-02 GLASGOW, March 2 - Shipyard workers in Glasgow voted to end a strike.\n',
  'edinburgh.txt': 'date 1987-03-03 EDINBURGH, March 3 - A bank in Edinburgh raised its dividend.\n',
  'london.txt': 'date 1987-03-04 LONDON, March 4 - Shares in London closed higher on Wednesday.\n',
  'los_angeles.txt': 'date 1987-03-05 LOS ANGELES, March 5 - A film studio in Los Angeles was sold.\n',
  'amsterdam.txt': 'date 1987-03-06 AMSTERDAM, March 6 - The Dutch central bank left its rates unchanged.\n',
  'bern.txt': 'date 1987-03-07 BERN, March 7 - Swiss exports rose in February, officials said.\n',
  'bogota.txt': 'date 1987-03-08 BOGOTA, March 8 - Coffee exports rose in February, growers said.\n',
};

beforeAll(async () => {
  ({ snapshot, cleanup } = await snapshotOf(STORIES));
});

afterAll(() => cleanup());

const idsFrom = (place: string) =>
  findStories(snapshot, { place, limit: 20 })
    .results.map((r) => r.id)
    .sort();

describe('places as people name them', () => {
  it('a constituent country is a region with its cities', () => {
    expect(idsFrom('Scotland')).toEqual(['edinburgh', 'glasgow']);
    expect(idsFrom('england')).toEqual(['london']);
    expect(findStories(snapshot, { place: 'Scotland' }).query.place).toBe('Scotland');
  });

  it('autocomplete offers the place a whole name means first', () => {
    expect(suggestPlaces(snapshot, 'holland')[0]?.name).toBe('Netherlands');
    expect(suggestPlaces(snapshot, 'scotland')[0]).toMatchObject({ name: 'Scotland', stories: 2 });
  });

  it('a state is a region with its cities', () => {
    expect(idsFrom('California')).toEqual(['los_angeles']);
  });

  it("a region's entry is made once per set of stories, its ranks sorted and each once", () => {
    const region = resolvePlace(snapshot.places, 'Scotland')!;
    expect(resolvePlace(snapshot.places, 'scotland')).toBe(region);
    expect([...region.ranks]).toEqual([...new Set(region.ranks)].sort((a, b) => a - b));
    expect(region.ranks).toHaveLength(2);
  });

  it('a country matches the stories datelined in its cities, also by informal names', () => {
    expect(idsFrom('Holland')).toEqual(['amsterdam']);
    expect(idsFrom('the Netherlands')).toEqual(['amsterdam']);
    expect(idsFrom('UK')).toEqual(['edinburgh', 'glasgow', 'london']);
    expect(idsFrom('Britain')).toEqual(['edinburgh', 'glasgow', 'london']);
  });

  it('reads accents and full-width letters', () => {
    expect(idsFrom('Bogotá')).toEqual(['bogota']);
    expect(idsFrom('ＬＯＮＤＯＮ')).toEqual(['london']);
    expect(ask(snapshot, 'stories from ＬＯＮＤＯＮ').citations.map((c) => c.id)).toEqual(['london']);
  });

  it('a known place with no stories finds none, never a place with a similar name', () => {
    const berlin = findStories(snapshot, { place: 'Berlin' });
    expect(berlin.total).toBe(0);
    expect(berlin.query.place).toBe('Berlin');
    // A misspelling that is no place is still read fuzzily.
    expect(idsFrom('Bogata')).toEqual(['bogota']);
  });
});

describe('topic words rank, they do not filter', () => {
  it('with date and place, a topic no story holds wholly lists the partial matches, then none', () => {
    const partial = findStories(snapshot, { place: 'Bogota', date: 'March 8 1987', topic: 'coffee strike' });
    expect(partial.results.map((r) => [r.id, r.match])).toEqual([['bogota', 'some']]);
    expect(partial.matched).toEqual({ all: 0, some: 1 });
    const none = findStories(snapshot, { place: 'Scotland', date: 'March 1987', topic: 'zeppelins' });
    expect(none.results.map((r) => [r.id, r.match])).toEqual([
      ['edinburgh', 'none'],
      ['glasgow', 'none'],
    ]);
  });

  it('stories with every word come before those with some of them', () => {
    const { results } = findStories(snapshot, { topic: 'coffee exports' });
    expect(results[0]).toMatchObject({ id: 'bogota', match: 'all' });
    expect(results.slice(1).every((r) => r.match === 'some')).toBe(true);
    expect(results.map((r) => r.id)).toContain('bern');
  });
});
