import { listSpeakers } from '../../library/queryApi.ts';
import type { SpeakersResult } from '../../library/results.ts';
import { answer, openLibrary, parseCommandArgs, parseLimit, printJson, printText, storyDirs } from '../io.ts';

/** `newsbot speakers [--story ID] [--limit N] [--json]` */
export async function run(argv: string[]): Promise<number> {
  const { values } = parseCommandArgs(argv, { story: { type: 'string' } });
  const limit = values.limit === undefined ? undefined : parseLimit(values.limit, 0);
  const library = await openLibrary(await storyDirs(values));
  const result = await answer(() => listSpeakers(library.snapshot, { story: values.story, limit }));
  if (values.json) printJson(result);
  else printText(formatSpeakers(result));
  return 0;
}

export function formatSpeakers(result: SpeakersResult): string {
  if (result.speakers.length === 0) return 'Nobody is quoted.\n';
  const lines = result.speakers.map(
    (s) =>
      `  ${s.name}${s.aliases.length ? ` (${s.aliases.join(', ')})` : ''}: ${s.quotes} ${s.quotes === 1 ? 'quote' : 'quotes'} in ${s.stories} ${s.stories === 1 ? 'story' : 'stories'}`,
  );
  return `${result.speakers.length} speakers, most quoted first\n${lines.join('\n')}\n`;
}
