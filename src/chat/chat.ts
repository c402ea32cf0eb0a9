/**
 * The local chat: the Discord commands typed on a terminal (or piped in), answered by the same command
 * handlers and printed as text. `/next` and `/prev` turn pages, `/read` opens a story's full text,
 * `/quit` (or end of input) leaves.
 */
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { answerQuestion } from '../../commands/ask.ts';
import { type CommandContext, conversationKey } from '../../commands/context.ts';
import { commandsByName, helpEntries } from '../../commands/index.ts';
import { openStoryService, productVersion } from '../../commands/service.ts';
import type { Config } from '../config.ts';
import { errorReply, noticeReply } from '../format/cards.ts';
import { failureReply } from '../format/failure.ts';
import type { Reply } from '../format/reply.ts';
import { type BoldStyle, renderPageText } from '../format/text.ts';
import { boundedLines, type InputLine } from '../library/boundedLines.ts';
import { createLogger, type Logger } from '../log.ts';
import { type ChatLine, parseChatLine } from './parseLine.ts';

const CHAT_HELP =
  'In this chat: type a command as on Discord (/stories place:Paris date:"Sept 15 2014", /quotes speaker:psaki about:Iraq), or just a question. /next and /prev turn pages, /read opens the full text of a story shown with /story, /quit leaves.';

function optionNames(command: string): readonly string[] | undefined {
  const found = commandsByName.get(command);
  if (!found) return undefined;
  return found.data.options.map((option) => option.toJSON().name);
}

/** Chat state: the reply on screen and its page. */
interface Screen {
  reply: Reply;
  page: number;
}

interface ChatSession {
  /** Answers one typed line; returns the text to print, or null to quit. */
  handle(line: string): Promise<string | null>;
}

/** The chat's logic, apart from the terminal: one line in, one block of text out. */
/** Chat sessions opened in this process: each is its own conversation. */
let sessions = 0;

function createChatSession(
  context: CommandContext,
  logger: Logger,
  options: { bold?: BoldStyle } = {},
): ChatSession {
  let screen: Screen | null = null;
  // Follow-up questions ("what else did she say?") refer to this session's earlier answers.
  const channelId = `chat-${++sessions}`;
  const conversation = conversationKey('local', channelId);

  const show = (reply: Reply, page = 0): string => {
    // Errors and notices leave the paged reply on screen, so /next still works after a typo.
    if (!reply.ephemeral) screen = { reply, page };
    return renderPageText(reply.pages[page] ?? { cards: [] }, {
      bold: options.bold ?? 'plain',
      previous: page > 0,
      next: page < reply.pages.length - 1,
      ...(reply.more ? { more: { label: reply.more.label, command: '/read' } } : {}),
    });
  };

  async function answer(parsed: ChatLine): Promise<Reply | 'quit' | string> {
    switch (parsed.kind) {
      case 'empty':
        return '';
      case 'invalid':
        return errorReply(parsed.message);
      case 'question':
        return answerQuestion(parsed.text, context, conversation);
      case 'command':
        break;
    }
    const { name, options } = parsed;
    if (name === 'quit' || name === 'exit') return 'quit';
    if (name === 'next' || name === 'prev' || name === 'previous') {
      if (!screen || screen.reply.pages.length < 2)
        return noticeReply('There is only one page here.', { ephemeral: true });
      const step = name === 'next' ? 1 : -1;
      const page = screen.page + step;
      if (page < 0 || page >= screen.reply.pages.length)
        return noticeReply(step > 0 ? 'That was the last page.' : 'This is the first page.', {
          ephemeral: true,
        });
      return show(screen.reply, page);
    }
    if (name === 'read') {
      if (!screen?.reply.more)
        return noticeReply('Nothing to read further here; try /story first.', { ephemeral: true });
      return screen.reply.more.reply;
    }
    const command = commandsByName.get(name);
    if (!command) return errorReply(`There is no /${name}. Try /help.`);
    const call = {
      user: { id: 'local' },
      channelId,
      options: { getString: (option: string) => options.get(option) ?? null },
    };
    const reply = await command.execute(call, context);
    if (name === 'help') reply.pages[0]?.cards.push({ description: CHAT_HELP });
    return reply;
  }

  return {
    async handle(line: string): Promise<string | null> {
      let result: Reply | 'quit' | string;
      try {
        result = await answer(parseChatLine(line, optionNames));
      } catch (error) {
        result = failureReply(error, logger, { line: line.slice(0, 100) });
      }
      if (result === 'quit') return null;
      if (typeof result === 'string') return result;
      return show(result);
    },
  };
}

export interface ChatStreams {
  input?: Readable;
  output?: Writable;
}

/** The longest line of piped input held: every command and question is capped far below it. */
const MAX_PIPED_LINE = 16 * 1024;

/** A terminal's lines, read with readline's editing, as the lines of piped input are given. */
async function* terminalLines(lines: AsyncIterable<string>): AsyncGenerator<InputLine> {
  for await (const text of lines) yield { text };
}

/** Runs the chat over STORIES_DIR until `/quit` or end of input. */
export async function runChat(config: Config, streams: ChatStreams = {}): Promise<void> {
  const input = streams.input ?? process.stdin;
  const output = streams.output ?? process.stdout;
  // Logs go to stderr so they never mix with the conversation.
  const logger = createLogger({ level: config.LOG_LEVEL === 'info' ? 'warn' : config.LOG_LEVEL, fd: 2 });
  // A long first load shows its progress on the terminal instead of a silent wait for the prompt.
  const opened = await openStoryService(config, logger, { progress: Boolean(process.stderr.isTTY) });
  const context: CommandContext = {
    stories: opened.service,
    config,
    logger,
    version: productVersion(),
    callerIsAdmin: true, // The local user owns the story folder.
    help: helpEntries,
  };
  const info = opened.service.info();
  const interactive = 'isTTY' in input && Boolean((input as NodeJS.ReadStream).isTTY);
  const colour = 'isTTY' in output && Boolean((output as NodeJS.WriteStream).isTTY) && !config.NO_COLOR;
  const session = createChatSession(context, logger, { bold: colour ? 'ansi' : 'plain' });
  output.write(
    `newsbot chat: ${info.stories} stories from ${config.STORIES_DIR}. Type /help, a question, or /quit.\n`,
  );
  // On a terminal, readline gives line editing, history and a prompt; piped input is read plainly, a
  // line at most MAX_PIPED_LINE characters long held (a longer one is answered by its length).
  const lines = interactive
    ? createInterface({ input, output, terminal: true, prompt: '> ', crlfDelay: Number.POSITIVE_INFINITY })
    : null;
  lines?.on('SIGINT', () => lines.close());
  lines?.prompt();
  try {
    for await (const read of lines ? terminalLines(lines) : boundedLines(input, MAX_PIPED_LINE)) {
      const text =
        'text' in read
          ? await session.handle(read.text)
          : `That line is too long (${read.tooLong} characters; at most ${MAX_PIPED_LINE}).`;
      if (text === null) break;
      // Replies come from renderPageText, which keeps story text from driving the terminal.
      if (text) output.write(`${text}\n`);
      lines?.prompt();
    }
  } finally {
    lines?.close();
    await opened.close();
  }
  output.write('Bye.\n');
}
