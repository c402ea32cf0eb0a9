/**
 * The answers over a snapshot, without the loading side: for callers that build or receive snapshots
 * (tests, the bench, workers) and should not pull in file access.
 */
export { type DateRange, parseDateRange, queryDateRange } from './dateRange.ts';
export { findQuotes } from './queries/quotes.ts';
export { listSpeakers } from './queries/speakers.ts';
export { findStories } from './queries/stories.ts';
export { getStory } from './queries/story.ts';
export {
  type PlaceSuggestion,
  type SpeakerSuggestion,
  type StorySuggestion,
  suggestPlaces,
  suggestSpeakers,
  suggestStories,
} from './queries/suggest.ts';
export { summarizeStory } from './queries/summary.ts';
export * from './results.ts';
export { buildSnapshot, type LoadInfo, type StorySnapshot } from './snapshot.ts';
