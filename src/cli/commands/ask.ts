import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { libraryEnv } from '../../config.ts';
import type { AskResult } from '../../library/results.ts';
import { answer, CliError, openLibrary, parseCommandArgs, printJson, printText, storyDirs } from '../io.ts';

/**
 * `newsbot ask "QUESTION" [--conversation ID] [--json] [--stories DIR]`: a free question, answered with
 * citations. With `--conversation`, a follow-up is read against the earlier questions of that id,
 * whose state is kept in CACHE_DIR between runs.
 */
export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, { conversation: { type: 'string' } });
  const question = positionals.join(' ');
  if (!question.trim())
    throw new CliError('ask a question: newsbot ask "what did Khamenei say about the US?"');
  const conversation = values.conversation;
  if (conversation !== undefined && !conversation.trim())
    throw new CliError('--conversation takes an id, e.g. --conversation alice');
  const library = await openLibrary(await storyDirs(values));
  let result: AskResult;
  if (conversation === undefined) {
    const { ask } = await import('../../library/ask.ts');
    result = await answer(() => ask(library.snapshot, question));
  } else {
    const { askInConversation, freshState } = await import('../../library/conversation.ts');
    const now = new Date();
    const file = await conversationFile(conversation);
    const previous = freshState(readJson(file), now.getTime());
    const turn = await answer(() => askInConversation(library.snapshot, question, previous, now));
    writeJson(file, turn.state);
    result = turn.result;
  }
  if (values.json) printJson(withExtract(result));
  else printText(formatAsk(result));
  return 0;
}

/** Where a conversation's state is kept between runs: one small file per id, named by its hash. */
async function conversationFile(id: string): Promise<string> {
  const dir = join((await libraryEnv()).cacheDir, 'conversations');
  return join(dir, `${createHash('sha256').update(id).digest('hex').slice(0, 32)}.json`);
}

function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    // No conversation yet, or a damaged file: the question starts a new one.
    return null;
  }
}

function writeJson(file: string, value: unknown): void {
  try {
    mkdirSync(dirname(file), { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify(value));
    renameSync(temporary, file);
  } catch {
    // A read-only cache loses the conversation, never the answer.
  }
}

/** The contract's `extract` is always there in JSON: null when the answer extracts no phrase. */
export function withExtract(result: AskResult): AskResult {
  return { ...result, extract: result.extract ?? null };
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
