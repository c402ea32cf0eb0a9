import type { AskResult } from '../../library/results.ts';
import { answer, CliError, openLibrary, parseCommandArgs, printJson, storyDirs } from '../io.ts';

/** `newsbot ask "QUESTION" [--json] [--stories DIR]`: a free question, answered with citations. */
export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, {});
  const question = positionals.join(' ');
  if (!question.trim())
    throw new CliError('ask a question: newsbot ask "what did Khamenei say about the US?"');
  const library = await openLibrary(storyDirs(values));
  const { ask } = await import('../../library/ask.ts');
  const result = await answer(() => ask(library.snapshot, question));
  if (values.json) printJson(result);
  else process.stdout.write(formatAsk(result));
  return 0;
}

/** The answer, then its sources: the sentence or quote relied on, with the story it comes from. */
export function formatAsk(result: AskResult): string {
  const lines = [result.answer];
  if (result.citations.length > 0) {
    lines.push('', 'Sources:');
    for (const cited of result.citations)
      lines.push(`  [${cited.id}] ${cited.headline} (${cited.date ?? 'undated'})`, `      ${cited.text}`);
  }
  return `${lines.join('\n')}\n`;
}
