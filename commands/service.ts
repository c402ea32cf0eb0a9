/**
 * The library bound for the commands: each answer takes the library's current snapshot once, so a
 * reload running meanwhile never mixes two story sets into one answer.
 */
import { readFileSync } from 'node:fs';
import type { Config } from '../src/config.ts';
import { LIMITS } from '../src/format/limits.ts';
import { squash, truncateWords } from '../src/format/truncate.ts';
import { ask } from '../src/library/ask.ts';
import { askWithMemory, ConversationMemory } from '../src/library/conversation.ts';
import {
  type AskResult,
  findQuotes,
  findStories,
  getStory,
  type LibraryOptions,
  listSpeakers,
  StoryLibrary,
  type StorySnapshot,
  suggestPlaces,
  suggestSpeakers,
  suggestStories,
  summarizeStory,
} from '../src/library/index.ts';
import { filesOf } from '../src/library/sameText.ts';
import type { Logger } from '../src/log.ts';
import type { Choice, StoryService } from './context.ts';

type Ask = (snapshot: StorySnapshot, question: string, now?: Date) => AskResult;

/** The version in package.json, shown by /about (one folder up from the sources, two from the build). */
export function productVersion(): string {
  for (const path of ['../package.json', '../../package.json']) {
    try {
      const pkg = JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8')) as {
        name?: string;
        version?: string;
      };
      if (pkg.name === 'newsbot') return pkg.version ?? 'unknown';
    } catch {
      // Not here: try the next folder up.
    }
  }
  return 'unknown';
}

const choice = (name: string, value: string): Choice => ({ name: squash(name) || value, value });

/** Shortens the text, not the suffix (a date), so the whole choice fits Discord's 100 characters. */
const withSuffix = (text: string, suffix: string): string =>
  truncateWords(squash(text), LIMITS.choiceName - suffix.length) + suffix;

export function createStoryService(
  library: StoryLibrary,
  ask: Ask,
  now: () => Date = () => new Date(),
): StoryService {
  const memory = new ConversationMemory();
  return {
    findStories: (query) => findStories(library.snapshot, query, now()),
    findQuotes: (query) => findQuotes(library.snapshot, query, now()),
    summarizeStory: (ref) => summarizeStory(library.snapshot, ref),
    listSpeakers: (story) => listSpeakers(library.snapshot, story ? { story } : {}),
    getStory: (id) => getStory(library.snapshot, id),
    filesOf(id) {
      const snapshot = library.snapshot;
      const index = snapshot.byId.get(id);
      return index === undefined ? [] : filesOf(snapshot, index);
    },
    resolveStory(ref) {
      const snapshot = library.snapshot;
      const result = summarizeStory(snapshot, ref);
      const story = result.story ? getStory(snapshot, result.story.id) : null;
      return { story, alternatives: result.alternatives };
    },
    ask: (question, conversation) =>
      conversation === undefined
        ? ask(library.snapshot, question, now())
        : askWithMemory(library.snapshot, memory, conversation, question, now()),
    continueFrom(conversation, from) {
      const state = memory.get(from, now().getTime());
      if (state) memory.set(conversation, state);
      return state !== null;
    },
    keepFor(conversation) {
      const state = memory.get(conversation, now().getTime());
      return (key) => {
        if (state) memory.set(key, state);
      };
    },
    suggestSpeakers: (text, limit) =>
      suggestSpeakers(library.snapshot, text, limit).map((s) =>
        choice(
          `${s.name} (${s.kind ? `${s.kind}, ` : ''}${s.quotes} quote${s.quotes === 1 ? '' : 's'})`,
          s.name,
        ),
      ),
    suggestStories: (text, limit) =>
      suggestStories(library.snapshot, text, limit).map((s) =>
        choice(withSuffix(s.headline, s.date ? ` (${s.date})` : ''), s.id),
      ),
    suggestPlaces: (text, limit) =>
      suggestPlaces(library.snapshot, text, limit).map((p) =>
        choice(`${p.name}${p.country && p.country !== p.name ? `, ${p.country}` : ''}`, p.name),
      ),
    info() {
      const stats = library.stats();
      return {
        stories: stats.stories,
        from: stats.from,
        to: stats.to,
        lastReload: new Date(stats.lastReload),
        speakers: stats.speakers,
      };
    },
    reload: () => library.reload(),
  };
}

export interface OpenedStories {
  library: StoryLibrary;
  service: StoryService;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** A progress line on stderr during a long load (the chat on a terminal); default none. */
  progress?: boolean;
  onProgress?: LibraryOptions['onProgress'];
}

/**
 * Opens the story folder of the configuration; a long load logs a progress line every few seconds.
 * Throws the library's LoadError when the folder is unusable.
 */
export async function openStoryService(
  config: Config,
  logger: Logger,
  options: OpenOptions = {},
): Promise<OpenedStories> {
  const library = await StoryLibrary.open({
    dirs: [config.STORIES_DIR],
    cacheDir: config.CACHE_DIR,
    logger,
    progress: options.progress ?? false,
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    ...(config.NEWSBOT_PARSER_VERSION ? { parserVersion: config.NEWSBOT_PARSER_VERSION } : {}),
    // A bot or chat answers from the parse cache at once and checks the files just after.
    verifyAfterReady: true,
    // The story text stays in the cache's files (the system's file cache holds it once for every
    // process), read a story at a time: a quarter of the memory and of the start's reading at 100k.
    storyTextOnDisk: true,
  });
  logLoadErrors(library, logger);
  void library.verified.then((report) => {
    if (!report) return;
    logger.info(
      {
        added: report.added.length,
        changed: report.changed.length,
        removed: report.removed.length,
        failed: report.failed.length,
        durationMs: report.durationMs,
      },
      'story files checked against the parse cache',
    );
    logLoadErrors(library, logger);
  });
  const service = createStoryService(library, ask);
  return { library, service, close: async () => undefined };
}

/** Problems logged one by one, at most; `newsbot check` lists every one. */
const LOGGED_ERRORS = 20;

/**
 * What the first load could not use, by name: a folder the bot's user may not read, or a broken file,
 * must not pass as a smaller story set.
 */
function logLoadErrors(library: StoryLibrary, logger: Logger): void {
  const { errors } = library.snapshot.load;
  for (const { file, reason } of errors.slice(0, LOGGED_ERRORS))
    logger.warn({ file, reason }, `not loaded: ${file}: ${reason}`);
  if (errors.length > LOGGED_ERRORS)
    logger.warn(
      { more: errors.length - LOGGED_ERRORS },
      `and ${errors.length - LOGGED_ERRORS} more problems; newsbot check lists them all`,
    );
}
