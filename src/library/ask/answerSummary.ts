/**
 * Summary questions: "summarize the Bahia cocoa story", "summary of 000_2696b59510ee6b97". A story id
 * is looked up; words are searched once in the full-text index. When the words single out a story it
 * is summarized; when several hold every word, the one most about them is, and the others are named;
 * otherwise the user is asked to choose among the closest.
 */

import { root } from '../../engine/words.ts';
import { datelinePlace } from '../placeIndex.ts';
import { getStory } from '../queries/story.ts';
import { matchStory, type StoryMatch } from '../queries/storyMatch.ts';
import type { AskResult } from '../results.ts';
import type { StorySnapshot } from '../snapshot.ts';
import { terms } from '../text.ts';
import { queryTermIds, searchTop } from '../textIndex.ts';
import { questionTerms } from './findAnswer.ts';
import type { ParsedQuestion } from './parseQuestion.ts';
import { sentencesOf } from './sentences.ts';
import { citation, clip, fitLines, readableDate, readableHeadline, refOf, SUGGESTIONS } from './wording.ts';

/** How far ahead of the next story the first must score to be taken as the one meant. */
const CLEAR_LEAD = 1.2;
const OFFERED = 8;
/** The lead a story holding only most of the words needs. */
const PARTIAL_LEAD = 1.35;

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
  // A title typed with words the story does not use: the one story holding most of the words, more
  // of them than any other close one, or far ahead of the next by score.
  const most = Math.max(...top.map((candidate) => candidate.matched));
  const holdingMost = top.filter((candidate) => candidate.matched === most);
  if (most >= Math.max(2, Math.ceil(wordCount * 0.6)) && holdingMost.length === 1) {
    const only = holdingMost[0]!;
    if (only.score >= 0.8 * first.score) return only.index;
  }
  if (
    first.matched >= Math.max(2, Math.ceil(wordCount * 0.5)) &&
    (!second || first.score >= PARTIAL_LEAD * second.score)
  )
    return first.index;
  const wanted = new Set(terms(ref));
  const held = top
    .map((candidate) => {
      const words = new Set(terms(snapshot.stories.at(candidate.index)!.headline));
      return { index: candidate.index, held: [...wanted].filter((word) => words.has(word)).length };
    })
    .sort((a, b) => b.held - a.held);
  const [best, next] = held;
  if (best && best.held >= Math.max(2, Math.ceil((wanted.size * 2) / 3)) && (!next || best.held > next.held))
    return best.index;
  return null;
}

/**
 * Among stories that all hold every word, the one most about them: the words used most often (on a
 * log scale, rarer words weighing more), in the headline counting double. "The Bahia cocoa story" is
 * the crop review that keeps returning to Bahia's cocoa, not the price table that names it once.
 */
function mostAbout(snapshot: StorySnapshot, ref: string, holdingAll: Candidate[]): number | null {
  const weights = new Map<string, number>();
  for (const [term, idf] of questionTerms(snapshot, ref)) weights.set(root(term), idf);
  let best: { index: number; score: number } | null = null;
  for (const candidate of holdingAll) {
    const story = snapshot.stories.at(candidate.index)!;
    const counts = new Map<string, number>();
    for (const r of terms(story.headline).map(root))
      if (weights.has(r)) counts.set(r, (counts.get(r) ?? 0) + 2);
    for (const sentence of sentencesOf(story))
      for (const r of sentence.roots) if (weights.has(r)) counts.set(r, (counts.get(r) ?? 0) + 1);
    let score = 0;
    for (const [r, count] of counts) score += weights.get(r)! * Math.log(1 + count);
    if (!best || score > best.score) best = { index: candidate.index, score };
  }
  return best?.index ?? null;
}

/** One story clearly best by headline, place, people and lead: its summary, with the runners-up offered. */
function bestMatch(snapshot: StorySnapshot, match: StoryMatch): AskResult | null {
  if (match.chosen === null) return null;
  const answer = summaryAnswer(snapshot, snapshot.stories.at(match.chosen)!.id)!;
  const others = match.others.slice(0, 3).map((index) => {
    const story = snapshot.stories.at(index)!;
    return `\`${story.id}\` — ${clip(readableHeadline(story.headline), 70)}`;
  });
  if (others.length === 0) return answer;
  const also = `\nDid you mean: ${others.join('; ')}?`;
  return { ...answer, answer: clip(`${answer.answer.slice(0, 1450 - also.length)}${also}`, 1500) };
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
  const plain = queryTermIds(snapshot.text, ref);
  const match = matchStory(snapshot, ref);
  // Words no story holds, as many as the known ones: a story we do not have, not a loose match —
  // unless the known words are the story's dateline place or one of its people ("the Paris visit").
  if (plain.unknown.length > 0 && plain.unknown.length >= plain.ids.length && !match.named) {
    return {
      intent: 'summary',
      answer: `I found no story matching "${clip(ref, 80)}". ${SUGGESTIONS}`,
      citations: [],
    };
  }
  const { ids } = plain.unknown.length > 0 ? queryTermIds(snapshot.text, ref, { correct: true }) : plain;
  const hits = ids.length > 0 ? searchTop(snapshot.text, ids, OFFERED) : null;
  const top: Candidate[] = [];
  for (let i = 0; hits && i < Math.min(hits.docs.length, OFFERED); i++)
    top.push({ index: hits.docs[i]!, score: hits.scores[i]!, matched: hits.matched[i]! });
  if (top.length === 0) {
    const best = bestMatch(snapshot, match);
    if (best) return best;
    return {
      intent: 'summary',
      answer: `I found no story matching "${clip(ref, 80)}". ${SUGGESTIONS}`,
      citations: [],
    };
  }
  const chosen = singledOut(snapshot, ref, top, ids.length);
  if (chosen !== null) return summaryAnswer(snapshot, snapshot.stories.at(chosen)!.id)!;
  // Several stories hold every word: summarize the one most about them, and name the others.
  // Several stories hold every word (or, when none does, most of them and the same number): the one most about them.
  const most = Math.max(...top.map((candidate) => candidate.matched));
  const enough = most === ids.length || most >= Math.max(2, Math.ceil(ids.length * 0.6));
  const holdingAll = enough ? top.filter((candidate) => candidate.matched === most) : [];
  const about = holdingAll.length > 1 ? mostAbout(snapshot, ref, holdingAll) : null;
  if (about !== null) {
    const answer = summaryAnswer(snapshot, snapshot.stories.at(about)!.id)!;
    const others = holdingAll
      .filter((candidate) => candidate.index !== about)
      .slice(0, 3)
      .map((candidate) => {
        const story = snapshot.stories.at(candidate.index)!;
        return `\`${story.id}\` — ${clip(readableHeadline(story.headline), 70)}`;
      });
    const also = `\nOther stories fit "${clip(ref, 60)}" too: ${others.join('; ')}.`;
    return { ...answer, answer: clip(`${answer.answer.slice(0, 1450 - also.length)}${also}`, 1500) };
  }
  const best = bestMatch(snapshot, match);
  if (best) return best;
  const offered = top.slice(0, 5).map((candidate) => snapshot.stories.at(candidate.index)!);
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
