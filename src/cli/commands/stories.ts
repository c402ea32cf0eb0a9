import { findStories } from '../../library/queryApi.ts';
import type { StoriesResult } from '../../library/results.ts';
import { answer, openLibrary, parseCommandArgs, parseLimit, printJson, printText, storyDirs } from '../io.ts';

/** `newsbot stories [--date D] [--from D] [--to D] [--place P] [--topic WORDS] [--limit N] [--json]` */
export async function run(argv: string[]): Promise<number> {
  const { values } = parseCommandArgs(argv, {
    date: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    place: { type: 'string' },
    topic: { type: 'string' },
  });
  const limit = parseLimit(values.limit, 10);
  const library = await openLibrary(await storyDirs(values));
  const result = await answer(() =>
    findStories(library.snapshot, {
      date: values.date,
      from: values.from,
      to: values.to,
      place: values.place,
      topic: values.topic,
      limit,
    }),
  );
  if (values.json) printJson(result);
  else printText(formatStories(result));
  return 0;
}

export function formatStories(result: StoriesResult): string {
  const { from, to, place, topic } = result.query;
  const asked = [
    from || to ? (from === to ? `on ${from}` : `from ${from ?? 'the start'} to ${to ?? 'now'}`) : '',
    place ? `in ${place}` : '',
    topic ? `about "${topic}"` : '',
  ].filter(Boolean);
  const head = `${result.total} ${result.total === 1 ? 'story' : 'stories'}${asked.length ? ` ${asked.join(', ')}` : ''}`;
  const lines = result.results.map((story) => {
    const where = [story.place, story.country].filter(Boolean).join(', ');
    return `  ${story.date ?? 'undated   '}  ${story.headline}${where ? ` (${where})` : ''}  [${story.id}]`;
  });
  const more =
    result.total > result.results.length ? [`  … ${result.total - result.results.length} more`] : [];
  return `${[head, ...lines, ...more].join('\n')}\n`;
}
