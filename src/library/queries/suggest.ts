/** Autocomplete: precomputed lookups that answer a keystroke in well under a millisecond. */
import type { Story } from '../../engine/types.ts';
import { headlineMatches } from '../headlineIndex.ts';
import { clippedInput } from '../limits.ts';
import { suggestPlaceEntries } from '../placeIndex.ts';
import type { StorySnapshot } from '../snapshot.ts';
import { speakersNearPrefix } from '../speakerPrefixes.ts';
import { resolveSpeaker, speakersWithPrefix } from '../speakers.ts';
import { queryTermIds, searchText } from '../textIndex.ts';
import { storyById } from './summary.ts';

export interface SpeakerSuggestion {
  name: string;
  quotes: number;
  stories: number;
  kind?: 'organisation';
}

export interface StorySuggestion {
  id: string;
  headline: string;
  date: string | null;
}

export interface PlaceSuggestion {
  name: string;
  country: string | null;
  kind: string;
  stories: number;
}

/**
 * Speakers whose name (or a word of it) starts with the text, most quoted first; then those whose
 * name starts with a spelling one slip away (`psak` → Jen Paski), so a person typed letter by letter
 * stays offered; a fuzzy match of the whole name when neither finds anyone.
 */
export function suggestSpeakers(snapshot: StorySnapshot, typed: string, limit = 25): SpeakerSuggestion[] {
  const text = clippedInput('speaker', typed);
  const directory = snapshot.speakers;
  let entries = speakersWithPrefix(directory, text, limit);
  if (entries.length < limit && text.trim().length >= 2) {
    const near = speakersNearPrefix(directory, text, limit).filter((entry) => !entries.includes(entry));
    entries = [...entries, ...near].slice(0, limit);
  }
  if (entries.length === 0 && text.trim()) {
    // Typos only word by word: a keystroke must never pay for a fuzzy search over every name.
    const match = resolveSpeaker(directory, text, { fuzzy: 'words' });
    if (match.kind === 'found') entries = [match.entry];
    else if (match.kind === 'ambiguous')
      entries = match.candidates.flatMap((name) => speakersWithPrefix(directory, name, 1)).slice(0, limit);
  }
  return entries.map((entry) => ({
    name: entry.name,
    quotes: entry.quoteCount,
    stories: entry.storyCount,
    ...(entry.kind ? { kind: entry.kind } : {}),
  }));
}

/** Stories whose headline words start with the typed words, newest first; the newest for empty text. */
export function suggestStories(snapshot: StorySnapshot, typed: string, limit = 25): StorySuggestion[] {
  const text = clippedInput('story', typed);
  const { stories, order } = snapshot;
  const pick = (story: Story): StorySuggestion => ({
    id: story.id,
    headline: story.headline,
    date: story.date,
  });
  if (!text.trim()) return [...order.subarray(0, limit)].map((i) => pick(stories.at(i)!));
  const out: StorySuggestion[] = [];
  const byId = storyById(snapshot, text);
  if (byId) out.push(pick(byId));
  for (const rank of headlineMatches(snapshot.headlines, text, stories.length, limit)) {
    const story = stories.at(order[rank]!)!;
    if (story !== byId) out.push(pick(story));
  }
  // No headline starts with those words: the stories whose text fits them best.
  if (out.length === 0) {
    const { ids } = queryTermIds(snapshot.text, text);
    if (ids.length > 0)
      for (const doc of searchText(snapshot.text, ids, ids.length, { top: limit }).docs)
        out.push(pick(stories.at(doc)!));
  }
  return out.slice(0, limit);
}

/** Places whose name starts with the text (fuzzy when none does), most stories first. */
export function suggestPlaces(snapshot: StorySnapshot, text: string, limit = 25): PlaceSuggestion[] {
  return suggestPlaceEntries(snapshot.places, clippedInput('place', text), limit).map((entry) => ({
    name: entry.name,
    country: entry.country,
    kind: entry.kind,
    stories: entry.ranks.length,
  }));
}
