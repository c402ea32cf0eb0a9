import { summarizeStory } from '../../library/queryApi.ts';
import type { SummaryResult } from '../../library/results.ts';
import { answer, CliError, openLibrary, parseCommandArgs, printJson, printText, storyDirs } from '../io.ts';

/** `newsbot summary STORY [--json]`: STORY is an id or words that identify the story. */
export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, {});
  const ref = positionals.join(' ');
  if (!ref.trim())
    throw new CliError('name a story: newsbot summary STORY (an id or a few words of its headline)');
  const library = await openLibrary(await storyDirs(values));
  const result = await answer(() => summarizeStory(library.snapshot, ref));
  if (values.json) printJson(result);
  else printText(formatSummary(result, ref));
  return 0;
}

export function formatSummary(result: SummaryResult, asked: string): string {
  if (!result.story) {
    if (result.alternatives.length === 0) return `No story matches "${asked}".\n`;
    const lines = result.alternatives.map((alt) => `  ${alt.headline} [${alt.id}]`);
    return `"${asked}" fits several stories; which one?\n${lines.join('\n')}\n`;
  }
  const { headline, date, place, id } = result.story;
  const head = `${headline}\n${[date, place].filter(Boolean).join(', ')} [${id}]`;
  return `${head}\n\n${result.summary}\n`;
}
