/**
 * Summary questions: "summarize the Bahia cocoa story", "summary of 000_2696b59510ee6b97". A story id
 * is looked up; words are searched once in the full-text index and a story is taken only when the
 * words single it out; otherwise the user is asked to choose among the closest.
 */
import { datelinePlace } from '../placeIndex.ts';
import { getStory } from '../queries/story.ts';
import type { AskResult } from '../results.ts';
import type { StorySnapshot } from '../snapshot.ts';
import { terms } from '../text.ts';
import { queryTermIds, searchText } from '../textIndex.ts';
import type { ParsedQuestion } from './parseQuestion.ts';
import { citation, clip, fitLines, readableDate, readableHeadline, refOf, SUGGESTIONS } from './wording.ts';

/** How far ahead of the next story the first must score to be taken as the one meant. */
const CLEAR_LEAD = 1.2;
const OFFERED = 5;

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

interface Candidate {
  index: number;
  score: number;
  matched: number;
}

/**
 * The story the words single out: the first by full-text score when it holds every word and the next
 * one lacks a word or scores clearly lower; else the one whose headline holds clearly more of the
 * words than any other close one. Null when the words do not decide.
 */
function singledOut(
  snapshot: StorySnapshot,
  ref: string,
  top: Candidate[],
  wordCount: number,
): number | null {
  const [first, second] = top;
  if (!first) return null;
  if (
    first.matched === wordCount &&
    (!second || second.matched < wordCount || first.score >= CLEAR_LEAD * second.score)
  )
    return first.index;
  const wanted = new Set(terms(ref));
  const held = top
    .map((candidate) => {
      const words = new Set(terms(snapshot.stories[candidate.index]!.headline));
      return { index: candidate.index, held: [...wanted].filter((word) => words.has(word)).length };
    })
    .sort((a, b) => b.held - a.held);
  const [best, next] = held;
  if (best && best.held >= Math.max(2, Math.ceil((wanted.size * 2) / 3)) && (!next || best.held > next.held))
    return best.index;
  return null;
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
  const byId = summaryAnswer(snapshot, ref);
  if (byId) return byId;
  const { ids } = queryTermIds(snapshot.text, ref);
  const hits = ids.length > 0 ? searchText(snapshot.text, ids, 1) : null;
  const top: Candidate[] = [];
  for (let i = 0; hits && i < Math.min(hits.docs.length, OFFERED); i++)
    top.push({ index: hits.docs[i]!, score: hits.scores[i]!, matched: hits.matched[i]! });
  if (top.length === 0) {
    return {
      intent: 'summary',
      answer: `I found no story matching "${clip(ref, 80)}". ${SUGGESTIONS}`,
      citations: [],
    };
  }
  const chosen = singledOut(snapshot, ref, top, ids.length);
  if (chosen !== null) return summaryAnswer(snapshot, snapshot.stories[chosen]!.id)!;
  const offered = top.map((candidate) => snapshot.stories[candidate.index]!);
  const lines = offered.map((story) => `• \`${story.id}\` — ${clip(readableHeadline(story.headline), 100)}`);
  return {
    intent: 'summary',
    answer: fitLines(
      `Several stories fit "${clip(ref, 80)}". Which one? Ask for its summary by id, e.g. "summarize ${offered[0]!.id}":`,
      lines,
    ),
    citations: [],
  };
}
