/**
 * How long each kind of typed text may be. Every query checks its inputs here, so Discord, the command
 * line, batch and the chat share one cap, and no lookup costs more than its capped input allows.
 * Names and words match Discord's option limit; a question may be a sentence or two.
 */
import { QueryError } from './results.ts';

export const INPUT_CAPS = {
  speaker: 100,
  place: 100,
  story: 100,
  topic: 100,
  date: 100,
  question: 500,
} as const;
export type InputKind = keyof typeof INPUT_CAPS;

/** The text unchanged, or a QueryError saying it is too long. */
export function checkedInput<T extends string | undefined>(kind: InputKind, text: T): T {
  if (text !== undefined && text.length > INPUT_CAPS[kind])
    throw new QueryError(`the ${kind} is too long (${text.length} characters; at most ${INPUT_CAPS[kind]})`);
  return text;
}

/**
 * The first words of a text the cap allows, cut at a word boundary: for keystrokes (autocomplete) and
 * for the parts read out of a question that fits its own cap, which get no error.
 */
export function clippedInput(kind: InputKind, text: string): string {
  const cap = INPUT_CAPS[kind];
  if (text.length <= cap) return text;
  const space = text.lastIndexOf(' ', cap);
  return (space > 0 ? text.slice(0, space) : text.slice(0, cap)).trimEnd();
}
