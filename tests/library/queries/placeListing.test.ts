/**
 * A place's stories without a topic: the first few read in order, the rest counted from the place's
 * running count of first copies; the same listing and total as reading every story of the place.
 */
import { describe, expect, it } from 'vitest';
import { resolvePlace } from '../../../src/library/placeIndex.ts';
import { findStories } from '../../../src/library/queries/stories.ts';
import { isCopy } from '../../../src/library/sameText.ts';
import { buildSnapshot } from '../../../src/library/snapshot.ts';
import { parsedStory } from '../../helpers/parsedStory.ts';

/** A date `day` days after 1987-01-01 (one story a day, so that the order is known). */
const dateOf = (day: number) => new Date(Date.UTC(1987, 0, 1 + day)).toISOString().slice(0, 10);

describe('a place listed without a topic', () => {
  it('lists and counts as a reading of every story of the place does, copies once, datelined first', () => {
    // 2,600 stories: datelined in London (every fifth a copy of the one before, its text the same),
    // and datelined in Paris naming London; more than the place's running count is used for.
    const files: Array<[string, string]> = [];
    for (let day = 0; day < 2600; day++) {
      const text =
        day % 3 === 2
          ? `date ${dateOf(day)} PARIS, Jan 1 - Ministers met in London on trade, number ${day}, officials said.\n`
          : `date ${dateOf(day - (day % 5 === 4 ? 1 : 0))} LONDON, Jan 1 - Sterling closed at rate ${day - (day % 5 === 4 ? 1 : 0)}, dealers said.\n`;
      files.push([text, `s${String(day).padStart(5, '0')}.txt`]);
    }
    const snapshot = buildSnapshot(files.map(([text, file]) => parsedStory(text, file)));
    const london = resolvePlace(snapshot.places, 'London')!;
    expect(london.ranks.length).toBeGreaterThan(2000);
    for (const date of [undefined, '1988', '1989-03', '1990', '1987-02-01']) {
      const found = findStories(snapshot, { place: 'London', ...(date ? { date } : {}), limit: 10 });
      // Every story of the place in the dates, each text once, newest first; datelined there first.
      const every = [...london.ranks]
        .map((rank) => snapshot.order[rank]!)
        .filter((index) => !isCopy(snapshot, index))
        .map((index) => snapshot.stories.at(index)!)
        .filter((story) => !date || story.date?.startsWith(date));
      const datelined = every.filter((story) => story.dateline?.text.startsWith('LONDON'));
      const others = every.filter((story) => !story.dateline?.text.startsWith('LONDON'));
      expect(found.total).toBe(every.length);
      expect(found.results.map((result) => result.id)).toEqual(
        [...datelined, ...others].slice(0, 10).map((story) => story.id),
      );
    }
  });
});
