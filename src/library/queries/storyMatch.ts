/**
 * A story named by a few words ("the nairobi story", "Bahia cocoa", "Clinton's speech in Paris"): the
 * words are looked for where people take a story's name from — its headline, its dateline place, the
 * people in it and its lead — on top of the full-text score. One story clearly ahead is the one meant
 * and the next few are offered as "did you mean"; only stories truly tied are left to the user.
 */
import { datelinePlace } from '../placeIndex.ts';
import type { StorySnapshot } from '../snapshot.ts';
import { normalizeName, terms } from '../text.ts';
import { queryTermIds, searchTop } from '../textIndex.ts';

/** Stories looked at: the best by full text, and the newest datelined in a place the words name. */
const CANDIDATES = 30;
/** How far ahead of the next story the first must be to be taken without asking. */
const CLEAR_LEAD = 1.08;
/** Runners-up offered as "did you mean": within this share of the best. */
const RUNNER_UP = 0.55;

export interface StoryMatch {
  /** The story meant, or null when the words fit several about equally (or none). */
  chosen: number | null;
  /** Story indexes: runners-up when one was chosen, else the closest, best first. */
  others: number[];
  /** The chosen story's dateline place or one of its people is among the words. */
  named: boolean;
}

/** Where the typed words are found in one story, each 0..1. */
function featuresOf(snapshot: StorySnapshot, index: number, wanted: Set<string>, typedKey: string) {
  const story = snapshot.stories.at(index)!;
  const share = (text: string) => {
    if (wanted.size === 0) return 0;
    const found = new Set(terms(text).filter((term) => wanted.has(term)));
    return found.size / wanted.size;
  };
  const lead = story.paragraphs?.[0] ?? story.summary;
  const place = datelinePlace(story);
  const placeKey = place ? normalizeName(place) : '';
  const named = (name: string) => {
    const key = normalizeName(name);
    return key.length > 2 && ` ${typedKey} `.includes(` ${key} `);
  };
  return {
    headline: share(story.headline),
    lead: share(lead.slice(0, 400)),
    place: placeKey !== '' && named(placeKey) ? 1 : 0,
    people: story.people.some((person) => named(person.name.split(' ').at(-1) ?? '')) ? 1 : 0,
  };
}

export function matchStory(snapshot: StorySnapshot, ref: string): StoryMatch {
  const { ids } = queryTermIds(snapshot.text, ref, { correct: true });
  const wanted = new Set(ids.map((id) => snapshot.text.vocabulary.terms[id]!));
  const typedKey = normalizeName(ref);
  const scores = new Map<number, number>();
  let best = 0;
  if (ids.length > 0) {
    const hits = searchTop(snapshot.text, ids, CANDIDATES);
    for (let i = 0; i < Math.min(hits.docs.length, CANDIDATES); i++) {
      // Holding every word counts, beyond the score.
      const whole = hits.matched[i]! === ids.length ? 0.3 : 0;
      scores.set(hits.docs[i]!, hits.scores[i]! + whole);
      best = Math.max(best, hits.scores[i]!);
    }
  }
  // "the nairobi story": the newest stories datelined in a place the words name.
  for (const word of typedKey.split(' ')) {
    const at = snapshot.places.byKey.get(word);
    if (at === undefined) continue;
    const entry = snapshot.places.entries[at]!;
    for (const rank of entry.ranks.subarray(0, CANDIDATES)) {
      const index = snapshot.order[rank]!;
      if (!scores.has(index)) scores.set(index, 0);
    }
  }
  if (scores.size === 0) return { chosen: null, others: [], named: false };
  const ranked = [...scores]
    .map(([index, textScore]) => {
      const f = featuresOf(snapshot, index, wanted, typedKey);
      const text = best > 0 ? textScore / best : 0;
      const score = text + 1.2 * f.headline + 0.5 * f.lead + 0.8 * f.place + 0.5 * f.people;
      return { index, score, named: f.place + f.people > 0 };
    })
    .sort((a, b) => b.score - a.score || a.index - b.index);
  const [first, second] = ranked;
  if (!first || first.score <= 0) return { chosen: null, others: [], named: false };
  if (!second || first.score >= CLEAR_LEAD * second.score) {
    const others = ranked
      .slice(1, 5)
      .filter((candidate) => candidate.score >= RUNNER_UP * first.score)
      .map((candidate) => candidate.index);
    return { chosen: first.index, others, named: first.named };
  }
  const close = ranked.slice(0, 5).filter((candidate) => candidate.score >= RUNNER_UP * first.score);
  return { chosen: null, others: close.map((candidate) => candidate.index), named: false };
}
