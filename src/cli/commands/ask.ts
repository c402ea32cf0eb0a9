import type { AskResult } from '../../library/results.ts';
import { answer, CliError, openLibrary, parseCommandArgs, printJson, printText, storyDirs } from '../io.ts';

/** `newsbot ask "QUESTION" [--json] [--stories DIR]`: a free question, answered with citations. */
export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, {});
  const question = positionals.join(' ');
  if (!question.trim())
    throw new CliError('ask a question: newsbot ask "what did Khamenei say about the US?"');
  const library = await openLibrary(await storyDirs(values));
  const { ask } = await import('../../library/ask.ts');
  const result = await answer(() => ask(library.snapshot, question));
  if (values.json) printJson(result);
  else printText(formatAsk(result));
  return 0;
}

/**
 * The answer, then its sources: each story once, with its id (for `newsbot summary ID`), and the
 * sentences or quotes relied on that the answer does not already show.
 */
export function formatAsk(result: AskResult): string {
  const lines = [result.answer];
  if (result.citations.length > 0) {
    lines.push('', 'Sources:');
    let lastId: string | null = null;
    for (const cited of result.citations) {
      if (cited.id !== lastId) lines.push(`  [${cited.id}] ${cited.headline} (${cited.date ?? 'undated'})`);
      lastId = cited.id;
      if (!result.answer.includes(cited.text)) lines.push(`      ${cited.text}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
