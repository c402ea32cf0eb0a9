/** A snapshot of stories given as [text, file name], with what `ask` builds on first use built. */
import { prepareAsk } from '../../src/library/ask.ts';
import { buildSnapshot } from '../../src/library/snapshot.ts';
import { parsedStory } from './parsedStory.ts';

export function askableSnapshot(files: Array<[text: string, file: string]>) {
  const snapshot = buildSnapshot(files.map(([text, file]) => parsedStory(text, file)));
  prepareAsk(snapshot);
  return snapshot;
}
