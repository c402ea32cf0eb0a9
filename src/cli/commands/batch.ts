/**
 * `newsbot batch --json`: JSON Lines requests on stdin, one result per line, in order. The story set is
 * loaded once. A bad request answers `{"error": "reason"}` on its line and the batch goes on.
 */
import { boundedLines } from '../../library/boundedLines.ts';
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
