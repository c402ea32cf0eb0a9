/**
 * Who-questions answered by a quote's speaker: "who said the talks would continue in new york" is
 * answered by the sentence "We will be continuing those talks… later this week in New York," she said,
 * and the answer is who "she" is, not a name inside the quote.
 */
import { isSpeechVerb } from '../../engine/cues.ts';
import type { Quote, Span, Story } from '../../engine/types.ts';

/** What a rule reads: the question, the quote its answer sentence holds, and the part of it there. */
export interface QuoteInSentence {
  question: string;
  quote: Quote;
  /** The share of the sentence the quote covers (0..1). */
  share: number;
  /** The answer phrase lies inside the quote. */
  phraseInside: boolean;
}

/**
 * A who-question with a verb of saying among its first words ("who said…", "who has warned…") asks for
 * who said something, never for who did what the quote tells. The verbs are the engine's own.
 */
function asksWhoSaid(question: string): boolean {
  const words = (question.toLowerCase().match(/[\p{L}']+/gu) ?? []).slice(0, 4);
  return words[0] === 'who' && words.slice(1).some(isSpeechVerb);
}

/** The speaker's own words in the first person ("I rejected…", "We will be continuing…"). */
const FIRST_PERSON = /(?:^|[^\p{L}])(?:I|I'm|I've|we|We|we're|We're|my|My|our|Our|me)(?![\p{L}'])/u;

/**
 * When a who-question's answer sentence makes the quote's speaker the answer, in order: the first
 * that holds decides. Each rule's example is tested.
 */
export const QUOTE_SPEAKER_RULES: ReadonlyArray<{
  name: string;
  /** A question and a story's paragraphs quoting someone, whose speaker answers it. */
  example: { question: string; sentence: string; speaker: string };
  holds: (read: QuoteInSentence) => boolean;
}> = [
  {
    name: 'who said it',
    example: {
      question: 'who said the us wont coordinate militarily with iran',
      sentence:
        'The State Department spokeswoman, Jen Paski, took questions on Monday.\n\n"We are not and will not coordinate militarily with Iran," she said.',
      speaker: 'Jen Paski',
    },
    holds: ({ question, share }) => asksWhoSaid(question) && share >= 0.25,
  },
  {
    name: 'the speaker tells it in the first person',
    example: {
      question: 'who rejected the offer on Islamic State',
      sentence:
        'Ali Khamenei spoke on television on Monday.\n\n"I rejected the offer on Islamic State because the US is hollow," he said.',
      speaker: 'Ali Khamenei',
    },
    holds: ({ quote, phraseInside }) =>
      quote.kind === 'direct' && phraseInside && FIRST_PERSON.test(quote.text),
  },
];

const overlap = (a: Span, b: Span) => Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]));

/**
 * The quote with a known speaker that answers a who-question whose answer sentence lies at `sentence`
 * (raw span) with its phrase at `phrase`, by the first rule that holds; null when none does.
 */
export function answeringQuote(
  story: Story,
  question: string,
  sentence: Span,
  phrase: Span | null,
): Quote | null {
  const length = Math.max(1, sentence[1] - sentence[0]);
  let best: { quote: Quote; share: number } | null = null;
  for (const quote of story.quotes) {
    if (!quote.speaker) continue;
    const share = overlap(quote.span, sentence) / length;
    if (share > 0 && (!best || share > best.share)) best = { quote, share };
  }
  if (!best) return null;
  const read: QuoteInSentence = {
    question,
    quote: best.quote,
    share: best.share,
    phraseInside: phrase !== null && overlap(phrase, best.quote.span) === phrase[1] - phrase[0],
  };
  return QUOTE_SPEAKER_RULES.some((rule) => rule.holds(read)) ? best.quote : null;
}
