/** A story text parsed as a file of that name; a text that does not parse fails the test. */
import { parseStory } from '../../src/engine/parseStory.ts';

export function parsedStory(text: string, file: string) {
  const outcome = parseStory(text, file);
  if (!outcome.ok) throw new Error(outcome.error);
  return outcome.story;
}
