import { findQuotes } from '../../library/queryApi.ts';
import type { QuotesResult } from '../../library/results.ts';
import {
  answer,
  CliError,
  openLibrary,
  parseCommandArgs,
  parseLimit,
  printJson,
  printText,
  storyDirs,
} from '../io.ts';

/** `newsbot quotes --speaker NAME [--about WORDS] [--from D] [--to D] [--limit N] [--json]` */
export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, {
    speaker: { type: 'string' },
    about: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
  });
  const speaker = values.speaker ?? (positionals.length ? positionals.join(' ') : undefined);
  if (!speaker?.trim()) throw new CliError('name a speaker: newsbot quotes --speaker NAME');
  const limit = parseLimit(values.limit, 10);
  const library = await openLibrary(await storyDirs(values));
  const result = await answer(() =>
    findQuotes(library.snapshot, { speaker, about: values.about, from: values.from, to: values.to, limit }),
  );
  if (values.json) printJson(result);
  else printText(formatQuotes(result, speaker));
  return 0;
}

export function formatQuotes(result: QuotesResult, asked: string): string {
  if (!result.speaker) {
    if (result.candidates.length > 0)
      return `"${asked}" may be any of: ${result.candidates.join(', ')}. Ask again with the full name.\n`;
    return `No speaker matching "${asked}" is quoted in these stories.\n`;
  }
  const { name, aliases } = result.speaker;
  const head = `${result.total} ${result.total === 1 ? 'quote' : 'quotes'} of ${name}${aliases.length ? ` (also ${aliases.join(', ')})` : ''}`;
  const lines = result.results.map(
    (quote) =>
      `  ${quote.date ?? 'undated'} ${quote.kind}: ${quote.text}\n      — ${quote.headline} [${quote.id}]`,
  );
  const more =
    result.total > result.results.length ? [`  … ${result.total - result.results.length} more`] : [];
  return `${[head, ...lines, ...more].join('\n')}\n`;
}
