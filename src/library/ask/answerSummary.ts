/**
 * Summary questions: "summarize the Bahia cocoa story", "summary of 000_2696b59510ee6b97". When the
 * words fit several stories, the one whose headline holds them all is taken; otherwise the user is
 * asked to choose.
 */
import { datelinePlace } from '../placeIndex.ts';
import { getStory } from '../queries/story.ts';
import { summarizeStory } from '../queries/summary.ts';
import type { AskResult } from '../results.ts';
import type { StorySnapshot } from '../snapshot.ts';
import { terms } from '../text.ts';
import { queryTermIds, searchText } from '../textIndex.ts';
import type { ParsedQuestion } from './parseQuestion.ts';
import { citation, clip, fitLines, readableDate, readableHeadline, refOf, SUGGESTIONS } from './wording.ts';

/** How far ahead of the next story the first must score to be taken as the one meant. */
const CLEAR_LEAD = 1.2;

function summaryAnswer(snapshot: StorySnapshot, id: string): AskResult | null {
  const story = getStory(snapshot, id);
  if (!story) return null;
  const place = datelinePlace(story);
  const where = [place, readableDate(story.date)].filter(Boolean).join(', ');
  const summary = story.summary.trim() || clip((story.paragraphs ?? []).join(' '), 600);
  return {
    intent: 'summary',
    answer: clip(`**${readableHeadline(story.headline)}** (${where}): ${summary}`, 1500),
    citations: [citation(refOf(story), summary || story.headline)],
  };
}

/**
 * The story meant when the words fit several: the first by full-text score, when it holds every word
 * and the next one lacks a word or scores clearly lower; else the only offered story whose headline
 * holds every word. Null when the words do not decide.
 */
function onlyStoryWithAll(
  snapshot: StorySnapshot,
  ref: string,
  alternatives: ReadonlyArray<{ id: string; headline: string }>,
): string | null {
  const { ids } = queryTermIds(snapshot.text, ref);
  if (ids.length >= 2) {
    const hits = searchText(snapshot.text, ids, 1);
    const all = ids.length;
    const [first, second] = [0, 1].map((i) =>
      hits.docs[i] === undefined
        ? null
        : { doc: hits.docs[i]!, score: hits.scores[i]!, matched: hits.matched[i]! },
    );
    if (
      first &&
      first.matched === all &&
      (!second || second.matched < all || first.score >= CLEAR_LEAD * second.score)
    )
      return snapshot.stories[first.doc]!.id;
  }
  const wanted = new Set(terms(ref));
  const inHeadline = alternatives.filter((alt) => {
    const words = new Set(terms(alt.headline));
    return [...wanted].every((word) => words.has(word));
  });
  return inHeadline.length === 1 ? inHeadline[0]!.id : null;
}

export function answerSummary(snapshot: StorySnapshot, parsed: ParsedQuestion): AskResult {
  const ref = parsed.story;
  if (!ref) {
    return {
      intent: 'summary',
      answer:
        'Which story? Name it by its id or a few words of its headline, e.g. "summarize the Bahia cocoa story".',
      citations: [],
    };
  }
  const result = summarizeStory(snapshot, ref);
  if (result.story) return summaryAnswer(snapshot, result.story.id)!;
  if (result.alternatives.length > 0) {
    const chosen = onlyStoryWithAll(snapshot, ref, result.alternatives);
    if (chosen) {
      const answer = summaryAnswer(snapshot, chosen);
      if (answer) return answer;
    }
    const lines = result.alternatives.map(
      (alt) => `• \`${alt.id}\` — ${clip(readableHeadline(alt.headline), 100)}`,
    );
    return {
      intent: 'summary',
      answer: fitLines(
        `Several stories fit "${clip(ref, 80)}". Which one? Ask for its summary by id, e.g. "summarize ${result.alternatives[0]!.id}":`,
        lines,
      ),
      citations: [],
    };
  }
  return {
    intent: 'summary',
    answer: `I found no story matching "${clip(ref, 80)}". ${SUGGESTIONS}`,
    citations: [],
  };
}
