/**
 * `newsbot batch --json`: JSON Lines requests on stdin, one result per line, in order. The story set is
 * loaded once. A bad request answers `{"error": "reason"}` on its line and the batch goes on.
 */
import { StringDecoder } from 'node:string_decoder';
import type { ConversationMemory } from '../../library/conversation.ts';
import {
  findQuotes,
  findStories,
  listSpeakers,
  QueryError,
  type StorySnapshot,
  summarizeStory,
} from '../../library/queryApi.ts';
import type { AskResult } from '../../library/results.ts';
import { openLibrary, parseCommandArgs, storyDirs } from '../io.ts';
import { withExtract } from './ask.ts';

type Request = Record<string, unknown>;
type Ask = (snapshot: StorySnapshot, question: string, now?: Date) => AskResult;

/** A request line longer than this is refused unread: every field in it is capped far below. */
const MAX_LINE = 16 * 1024;

/** A line of input, or the length of one too long to keep (its text is dropped as it is read). */
type InputLine = { text: string } | { tooLong: number };

/**
 * The lines of `input` (ended by `\n`, `\r\n` or `\r`, as readline ends them), keeping at most `max`
 * characters of each: a longer line is counted, not held, so a line of gigabytes without a line break
 * costs no memory.
 */
async function* boundedLines(input: AsyncIterable<Buffer | string>, max: number): AsyncGenerator<InputLine> {
  const decoder = new StringDecoder('utf8');
  let parts: string[] = [];
  let length = 0;
  let afterCr = false;
  const end = (): InputLine => {
    const line: InputLine = length > max ? { tooLong: length } : { text: parts.join('') };
    parts = [];
    length = 0;
    return line;
  };
  const take = (piece: string) => {
    if (length + piece.length <= max) parts.push(piece);
    else parts = [];
    length += piece.length;
  };
  for await (const chunk of input) {
    const text = typeof chunk === 'string' ? chunk : decoder.write(chunk);
    let from = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code !== 10 && code !== 13) continue;
      // The \n of a \r\n split between chunks ends no second line.
      if (code === 10 && afterCr && i === 0) {
        afterCr = false;
        from = 1;
        continue;
      }
      take(text.slice(from, i));
      yield end();
      if (code === 13 && text.charCodeAt(i + 1) === 10) i++;
      afterCr = code === 13 && i === text.length - 1;
      from = i + 1;
    }
    if (from < text.length) {
      afterCr = false;
      take(text.slice(from));
    }
  }
  take(decoder.end());
  if (length > 0) yield end();
}

/** A bad request: reported on its line. */
class RequestError extends Error {}

function text(request: Request, field: string, required = false): string | undefined {
  const value = request[field];
  if (value === undefined || value === null) {
    if (required) throw new RequestError(`"${field}" is required`);
    return undefined;
  }
  if (typeof value !== 'string' && typeof value !== 'number')
    throw new RequestError(`"${field}" must be a string`);
  return String(value);
}

function limit(request: Request): number | undefined {
  const value = request.limit;
  if (value === undefined || value === null) return undefined;
  const n = typeof value === 'string' ? (/^\d{1,9}$/.test(value) ? Number(value) : Number.NaN) : value;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 1)
    throw new RequestError('"limit" must be a whole number of at least 1');
  return n;
}

async function loadAsk(): Promise<Ask> {
  const module = (await import('../../library/ask.ts')) as { ask: Ask };
  return module.ask;
}

export async function handleRequest(
  snapshot: StorySnapshot,
  request: Request,
  ask: () => Promise<Ask>,
  conversations?: { memory: ConversationMemory | null },
): Promise<unknown> {
  switch (request.command) {
    case 'stories':
      return findStories(snapshot, {
        date: text(request, 'date'),
        from: text(request, 'from'),
        to: text(request, 'to'),
        place: text(request, 'place'),
        topic: text(request, 'topic'),
        limit: limit(request),
      });
    case 'quotes':
      return findQuotes(snapshot, {
        speaker: text(request, 'speaker', true)!,
        about: text(request, 'about'),
        from: text(request, 'from'),
        to: text(request, 'to'),
        limit: limit(request),
      });
    case 'summary':
      return summarizeStory(snapshot, text(request, 'story', true)!);
    case 'speakers':
      return listSpeakers(snapshot, { story: text(request, 'story'), limit: limit(request) });
    case 'ask': {
      const question = text(request, 'question', true)!;
      const conversation = text(request, 'conversation');
      if (conversation === undefined || !conversations) return withExtract((await ask())(snapshot, question));
      const { askWithMemory, ConversationMemory } = await import('../../library/conversation.ts');
      conversations.memory ??= new ConversationMemory();
      return withExtract(askWithMemory(snapshot, conversations.memory, conversation, question));
    }
    case undefined:
      throw new RequestError('"command" is required (stories, quotes, summary, ask or speakers)');
    default:
      throw new RequestError(
        `unknown command ${JSON.stringify(request.command)}; use stories, quotes, summary, ask or speakers`,
      );
  }
}

export async function run(argv: string[]): Promise<number> {
  const { values } = parseCommandArgs(argv, {});
  const library = await openLibrary(await storyDirs(values));
  let askFn: Promise<Ask> | null = null;
  const ask = () => {
    askFn ??= loadAsk();
    return askFn;
  };
  // Requests with the same "conversation" field are one person's conversation.
  const conversations: { memory: ConversationMemory | null } = { memory: null };
  let n = 0;
  for await (const read of boundedLines(process.stdin, MAX_LINE)) {
    n++;
    // A byte-order mark (an editor's, or a Windows pipe's) is no part of the request.
    const line = 'text' in read ? (read.text.startsWith('\uFEFF') ? read.text.slice(1) : read.text) : '';
    if ('text' in read && !line.trim()) continue;
    let output: unknown;
    try {
      let request: unknown;
      if ('tooLong' in read)
        throw new RequestError(`line ${n} is too long (${read.tooLong} characters; at most ${MAX_LINE})`);
      try {
        request = JSON.parse(line);
      } catch {
        throw new RequestError(`line ${n} is not JSON`);
      }
      if (!request || typeof request !== 'object' || Array.isArray(request))
        throw new RequestError(`line ${n} is not a JSON object`);
      // Each request sees one snapshot for its whole answer.
      output = await handleRequest(library.snapshot, request as Request, ask, conversations);
    } catch (error) {
      if (error instanceof RequestError || error instanceof QueryError) output = { error: error.message };
      else output = { error: `internal error: ${error instanceof Error ? error.message : String(error)}` };
    }
    process.stdout.write(`${JSON.stringify(output)}\n`);
  }
  return 0;
}
