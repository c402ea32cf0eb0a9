/**
 * The sentences of a story, split once and kept with their index terms. Built lazily, per story,
 * the first time a question reaches that story, and cached for the story object's lifetime: a fact
 * question only ever looks at the few stories the full-text index ranks first.
 */
import type { Story } from '../../engine/types.ts';
import { root, splitSentences } from '../../engine/words.ts';
import { terms } from '../text.ts';

export interface StorySentence {
  text: string;
  /** Position in the story (0 = first body sentence). */
  index: number;
  /** Index terms (folded, stemmed, stopwords dropped), as the text index makes them. */
  terms: string[];
  /** The terms cut to their roots (`root`), for matching question words in other forms. */
  roots: string[];
}

const cache = new WeakMap<Story, StorySentence[]>();

/** The story's body sentences (its summary when it has no body), cached per story. */
export function sentencesOf(story: Story): StorySentence[] {
  let sentences = cache.get(story);
  if (!sentences) {
    const paragraphs = story.paragraphs && story.paragraphs.length > 0 ? story.paragraphs : [story.summary];
    sentences = [];
    for (const paragraph of paragraphs)
      for (const text of splitSentences(paragraph)) {
        const sentenceTerms = terms(text);
        sentences.push({
          text,
          index: sentences.length,
          terms: sentenceTerms,
          roots: sentenceTerms.map(root),
        });
      }
    cache.set(story, sentences);
  }
  return sentences;
}

const rootCache = new WeakMap<Story, Set<string>>();

/** Every root of the story's headline and sentences: what a sentence's context holds. */
export function storyRoots(story: Story): Set<string> {
  let roots = rootCache.get(story);
  if (!roots) {
    roots = new Set(terms(story.headline).map(root));
    // The dateline's place is where the story is from, though its text may never name it again.
    for (const term of terms(story.dateline?.text.split(',')[0] ?? '')) roots.add(root(term));
    for (const sentence of sentencesOf(story)) for (const r of sentence.roots) roots.add(r);
    rootCache.set(story, roots);
  }
  return roots;
}
