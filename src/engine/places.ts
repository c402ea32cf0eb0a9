import type { StoryLayout } from './layout.ts';
import type { Dateline, PlaceRef } from './types.ts';

/** Resolves a dateline's place words (`PARIS`, `BUENOS AIRES`) to a place and its country. */
export function resolveDateline(dateline: NonNullable<StoryLayout['dateline']>): Dateline {
  return { text: dateline.text, place: null, country: null };
}

/** The places a story names: its dateline place first, then places in the text, each with its country. */
export function extractPlaces(_raw: string, _layout: StoryLayout, _dateline: Dateline | null): PlaceRef[] {
  return [];
}
