/**
 * Routing of everything Discord sends us: slash commands, autocomplete, button presses and messages
 * that mention the bot. Every reply goes through `toPayload`, so limits and allowedMentions hold
 * everywhere; every interaction is answered (or deferred) well within Discord's 3 seconds.
 */
import {
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  GuildMember,
  type Interaction,
  type Message,
  MessageFlags,
} from 'discord.js';
import { answerQuestion } from '../../commands/ask.ts';
import {
  type Command,
  type CommandContext,
  conversationKey,
  type StoryService,
} from '../../commands/context.ts';
import type { Config } from '../config.ts';
import { errorReply, noticeReply } from '../format/cards.ts';
import { failureReply } from '../format/failure.ts';
import { LIMITS } from '../format/limits.ts';
import { COLORS, type Reply } from '../format/reply.ts';
import { truncateWords } from '../format/truncate.ts';
import type { LoadProgress } from '../library/loadProgress.ts';
import { QueryError } from '../library/results.ts';
import type { Logger } from '../log.ts';
import { toPayload, withoutFlags } from './embeds.ts';
import { PageStore, parseButtonId } from './paging.ts';
import { type Caller, isAdmin } from './permissions.ts';
import { RateLimiter, rateLimitMessage } from './rateLimit.ts';

export interface RouterDeps {
  stories: StoryService;
  config: Config;
  logger: Logger;
  version: string;
  commands: ReadonlyMap<string, Command>;
  help: CommandContext['help'];
  pages?: PageStore;
  limiter?: RateLimiter;
  /** Autocomplete requests per user: Discord sends one per keystroke, so they get their own bucket. */
  autocompleteLimiter?: RateLimiter;
  /** While the first load runs, how far it has got (answers then say so); null once the stories are in. */
  loading?: () => LoadProgress | null;
  /** Told of every command and mention answered (kind: the command's name, or `mention`), for metrics. */
  onAnswer?: (kind: string, outcome: AnswerOutcome, ms: number) => void;
}

/** A fast typist sends a few keystrokes a second; more than this is a script. */
const AUTOCOMPLETE_RATE = { capacity: 20, windowMs: 5_000 };

/** How an answer ended: answered, refused (bad input, not allowed), failed (a bug), or not attempted. */
export type AnswerOutcome = 'ok' | 'refused' | 'failed' | 'rate_limited' | 'loading';

/** A reply in the error colour was a refusal (bad input, not allowed) unless the handler failed. */
const outcomeOf = (reply: Reply, failed: boolean): AnswerOutcome =>
  failed ? 'failed' : reply.pages[0]?.cards[0]?.color === COLORS.error ? 'refused' : 'ok';

/** After this long without an answer, a command is deferred so Discord's 3-second window is kept. */
const DEFER_AFTER_MS = 1500;

const EXPIRED = 'These buttons have expired. Run the command again to get fresh ones.';
/** A custom id the bot never made (or a mangled one): nothing to do but say so. */
const UNKNOWN_BUTTON = 'This button no longer works. Run the command again to get fresh ones.';
/** Modal submits, context-menu commands, select menus: the bot registers none of them. */
const NOT_HANDLED = 'I only answer slash commands, their buttons and mentions. Type `/help` to see them.';
const NOT_YOURS = 'Only the person who asked can turn these pages. Run the command yourself to browse.';
const MENTION_HELP =
  'Hi! Ask me a question after the mention, e.g. “@newsbot who said serious threat?”, or type `/help` for my commands.';

/** The answer to anything that needs the stories while the first load runs. */
export function stillLoading({ done, total }: LoadProgress): string {
  const count = (n: number) => n.toLocaleString('en-US');
  return total > 0
    ? `Still loading ${count(done)} of ${count(total)} stories, ask again in a moment.`
    : 'Still loading the stories, ask again in a moment.';
}

/** Commands that answer without the stories, so they work during the first load. */
const WITHOUT_STORIES = new Set(['help']);

/**
 * How long the interaction waited before we saw it (its id's timestamp to now), e.g. queued behind a
 * slow answer. Ids whose time is far off (clock skew, made-up ids) count as not waiting.
 */
function waitedMs(interaction: ChatInputCommandInteraction): number {
  const waited = Date.now() - interaction.createdTimestamp;
  return waited > 0 && waited < 60_000 ? waited : 0;
}

function callerOf(interaction: ChatInputCommandInteraction): Caller {
  const member = interaction.member;
  let roleIds: string[] = [];
  // `roles.cache` keeps only roles the server's cached role list knows; the member's own list of ids
  // (`_roles`, as the interaction sent it) also holds roles created since, which may be admin roles.
  if (member instanceof GuildMember)
    roleIds = [
      ...new Set([
        ...member.roles.cache.keys(),
        ...((member as unknown as { _roles?: string[] })._roles ?? []),
      ]),
    ];
  else if (member && Array.isArray(member.roles)) roleIds = member.roles;
  return {
    userId: interaction.user.id,
    roleIds,
    permissions: interaction.memberPermissions ? interaction.memberPermissions.bitfield : null,
  };
}

export function createRouter(deps: RouterDeps) {
  const pages = deps.pages ?? new PageStore();
  const limiter = deps.limiter ?? new RateLimiter();
  const autocompleteLimiter = deps.autocompleteLimiter ?? new RateLimiter(AUTOCOMPLETE_RATE);
  const { logger } = deps;
  const policy = { userIds: deps.config.ADMIN_USER_IDS, roleIds: deps.config.ADMIN_ROLE_IDS };
  /** Recent answer time per command (ms, moving average). */
  const recentMs = new Map<string, number>();

  const contextFor = (callerIsAdmin: boolean, inServer?: boolean): CommandContext => ({
    stories: deps.stories,
    config: deps.config,
    logger,
    version: deps.version,
    callerIsAdmin,
    help: deps.help,
    ...(inServer === undefined ? {} : { inServer }),
  });

  /** Stores what a reply needs for its buttons and returns the payload options. */
  function remember(ownerId: string, reply: Reply) {
    const moreToken = reply.more ? pages.put(ownerId, reply.more.reply) : undefined;
    const pageToken = reply.pages.length > 1 ? pages.put(ownerId, reply, moreToken) : undefined;
    return { ...(pageToken ? { pageToken } : {}), ...(moreToken ? { moreToken } : {}) };
  }

  async function send(
    interaction: ChatInputCommandInteraction | ButtonInteraction,
    reply: Reply,
  ): Promise<void> {
    const payload = toPayload(reply, remember(interaction.user.id, reply));
    if (!interaction.deferred && !interaction.replied) {
      await interaction.reply(payload);
      return;
    }
    const deferredEphemeral = interaction.ephemeral === true;
    if (Boolean(reply.ephemeral) === deferredEphemeral) {
      await interaction.editReply(withoutFlags(payload));
      return;
    }
    // Deferred in public but the answer is private (an error): drop the placeholder, answer privately.
    if (!deferredEphemeral) await interaction.deleteReply().catch(() => undefined);
    await interaction.followUp(payload);
  }

  async function onCommand(interaction: ChatInputCommandInteraction): Promise<void> {
    const command = deps.commands.get(interaction.commandName);
    const where = {
      command: interaction.commandName,
      user: interaction.user.id,
      interaction: interaction.id,
    };
    if (!command) {
      await interaction.reply(toPayload(errorReply('I do not know that command. Try `/help`.')));
      return;
    }
    const decision = limiter.take(interaction.user.id);
    if (!decision.allowed) {
      logger.info({ ...where }, 'rate limited');
      deps.onAnswer?.(command.data.name, 'rate_limited', 0);
      await interaction.reply(toPayload(errorReply(rateLimitMessage(decision.retryAfterMs))));
      return;
    }
    const loading = WITHOUT_STORIES.has(command.data.name) ? null : deps.loading?.();
    if (loading) {
      deps.onAnswer?.(command.data.name, 'loading', 0);
      await interaction.reply(toPayload(noticeReply(stillLoading(loading), { ephemeral: true })));
      logger.info({ ...where, ...loading }, 'asked while loading');
      return;
    }
    const started = performance.now();
    let reply: Reply;
    let failed = false;
    let deferring: Promise<unknown> | undefined;
    let timer: NodeJS.Timeout | undefined;
    try {
      if (command.defer === 'ephemeral') await interaction.deferReply({ flags: MessageFlags.Ephemeral });
      // The library answers synchronously, so a timer cannot fire during a slow answer: a command that
      // was recently slow is deferred before it runs.
      else if (
        (recentMs.get(command.data.name) ?? 0) > DEFER_AFTER_MS / 2 ||
        waitedMs(interaction) > DEFER_AFTER_MS / 2
      )
        await interaction.deferReply();
      else
        timer = setTimeout(() => {
          deferring = interaction
            .deferReply()
            .catch((error: unknown) => logger.warn({ err: error, ...where }, 'defer failed'));
        }, DEFER_AFTER_MS);
      const context = contextFor(isAdmin(callerOf(interaction), policy), interaction.guildId !== null);
      reply = await command.execute(interaction, context);
    } catch (error) {
      failed = !(error instanceof QueryError);
      reply = failureReply(error, logger, where);
    } finally {
      clearTimeout(timer);
    }
    const ms = performance.now() - started;
    // A moving average, so one slow answer does not defer the command for ever.
    recentMs.set(command.data.name, 0.7 * (recentMs.get(command.data.name) ?? ms) + 0.3 * ms);
    deps.onAnswer?.(command.data.name, outcomeOf(reply, failed), ms);
    await deferring;
    await send(interaction, reply);
    logger.info({ ...where, ms: Math.round(ms), pages: reply.pages.length }, 'command answered');
  }

  async function onAutocomplete(interaction: AutocompleteInteraction): Promise<void> {
    const command = deps.commands.get(interaction.commandName);
    let choices: Array<{ name: string; value: string }> = [];
    // Over the limit, the list is simply empty: no lookup runs, and the next keystroke may do better.
    if (!autocompleteLimiter.take(interaction.user.id).allowed) {
      await interaction.respond([]);
      return;
    }
    try {
      // Nothing to suggest until the stories are in.
      if (command?.autocomplete && !deps.loading?.())
        choices = await command.autocomplete(interaction, contextFor(false));
    } catch (error) {
      logger.warn({ err: error, command: interaction.commandName }, 'autocomplete failed');
    }
    // Discord refuses the whole list if one choice has an empty name or value.
    const valid = choices.filter((choice) => choice.name.trim() !== '' && choice.value.trim() !== '');
    await interaction.respond(
      valid.slice(0, LIMITS.autocompleteChoices).map((choice) => ({
        name: truncateWords(choice.name, LIMITS.choiceName),
        value: choice.value.slice(0, LIMITS.choiceValue),
      })),
    );
  }

  async function onButton(interaction: ButtonInteraction): Promise<void> {
    const action = parseButtonId(interaction.customId);
    if (!action) {
      await interaction.reply(toPayload(errorReply(UNKNOWN_BUTTON)));
      return;
    }
    const entry = pages.get(action.token);
    if (!entry) {
      await interaction.reply(toPayload(errorReply(EXPIRED)));
      return;
    }
    if (action.kind === 'more') {
      // The further reply (a story's full text) is shown privately to whoever asks for it.
      const reply: Reply = { ...entry.reply, ephemeral: true };
      await send(interaction, reply);
      return;
    }
    if (entry.ownerId !== interaction.user.id) {
      await interaction.reply(toPayload(errorReply(NOT_YOURS)));
      return;
    }
    await interaction.update(
      withoutFlags(
        toPayload(entry.reply, {
          page: action.page,
          pageToken: action.token,
          ...(entry.moreToken ? { moreToken: entry.moreToken } : {}),
        }),
      ),
    );
  }

  async function onInteraction(interaction: Interaction): Promise<void> {
    try {
      if (interaction.isChatInputCommand()) await onCommand(interaction);
      else if (interaction.isAutocomplete()) await onAutocomplete(interaction);
      else if (interaction.isButton()) await onButton(interaction);
      else if (interaction.isRepliable()) await interaction.reply(toPayload(errorReply(NOT_HANDLED)));
    } catch (error) {
      // A failure while answering (network, expired interaction): log it, never crash the process.
      logger.error({ err: error, interaction: interaction.id }, 'interaction failed');
      if (interaction.isRepliable() && !interaction.replied && !interaction.deferred)
        await interaction
          .reply(toPayload(failureReply(error, logger, { interaction: interaction.id })))
          .catch(() => undefined);
    }
  }

  /**
   * A message mentioning the bot, or replying to one of its answers: answered in a reply with `ask`'s
   * answer and citations. Questions are read in the asker's conversation in that channel; a reply to
   * an answer is a follow-up to that answer.
   */
  async function onMessage(message: Message, botUserId: string): Promise<void> {
    if (message.author.bot || message.author.id === botUserId || message.webhookId || message.system) return;
    const repliedTo = repliedAnswerId(message, botUserId);
    // In a direct message everything is addressed to the bot; in a server, mentions and replies to it.
    if (message.inGuild() && !mentionsBot(message, botUserId) && !repliedTo) return;
    const question = questionOf(message.content);
    // A reply with no words (or whose words Discord withheld) asks nothing.
    if (!question && repliedTo && !mentionsBot(message, botUserId)) return;
    const where = { user: message.author.id, message: message.id, kind: repliedTo ? 'reply' : 'mention' };
    const conversation = conversationKey(message.author.id, message.channelId);
    let reply: Reply;
    let outcome: AnswerOutcome | null = null;
    const started = performance.now();
    if (!question) reply = noticeReply(MENTION_HELP);
    else {
      const decision = limiter.take(message.author.id);
      const loading = deps.loading?.();
      if (!decision.allowed) {
        reply = errorReply(rateLimitMessage(decision.retryAfterMs));
        outcome = 'rate_limited';
      } else if (loading) {
        reply = noticeReply(stillLoading(loading));
        outcome = 'loading';
      } else {
        let failed = false;
        try {
          if (repliedTo) deps.stories.continueFrom?.(conversation, answerKey(repliedTo));
          reply = answerQuestion(question, contextFor(false), conversation);
        } catch (error) {
          failed = !(error instanceof QueryError);
          reply = failureReply(error, logger, where);
        }
        outcome = outcomeOf(reply, failed);
      }
    }
    if (outcome) deps.onAnswer?.('mention', outcome, performance.now() - started);
    // What this answer was about, taken now: other questions may come in while it is being sent.
    const keep = question ? deps.stories.keepFor?.(conversation) : undefined;
    try {
      const options = remember(message.author.id, reply);
      const sent = await message.reply(
        withoutFlags(
          toPayload(reply, { ...options, repliedUser: deps.config.REPLY_PING, allowEphemeral: false }),
        ),
      );
      // A later reply to this answer continues from it, even after other questions in the channel.
      if (sent?.id) keep?.(answerKey(sent.id));
    } catch (error) {
      logger.error({ err: error, ...where }, 'mention reply failed');
    }
  }

  return { onInteraction, onMessage, pages, limiter };
}

/** The conversation state kept for one of the bot's answers, by the answer's message id. */
const answerKey = (messageId: string) => `answer:${messageId}`;

/** The id of the bot's message this message replies to, or null. */
function repliedAnswerId(message: Message, botUserId: string): string | null {
  const id = message.reference?.messageId;
  if (!id) return null;
  return message.mentions.repliedUser?.id === botUserId ? id : null;
}

/** The bot's managed role in the message's server, which people pick by mistake for the bot itself. */
function botRoleId(message: Message, botUserId: string): string | undefined {
  const guild = message.guild;
  if (!guild) return undefined;
  // Discord tags the role with the bot's id; without the tag, the managed role the bot holds.
  const tagged = guild.roles.botRoleFor(botUserId);
  if (tagged) return tagged.id;
  return guild.members.cache.get(botUserId)?.roles.cache.find((role) => role.managed)?.id;
}

/**
 * Whether a message is addressed to the bot: `<@id>` or `<@!id>` anywhere, its managed role, or Discord's
 * mention list naming it. A reply that only pings the bot's own message (no mention typed) is not a
 * question to it.
 */
function mentionsBot(message: Message, botUserId: string): boolean {
  const role = botRoleId(message, botUserId);
  if (new RegExp(`<@!?${botUserId}>`).test(message.content)) return true;
  if (role && (message.content.includes(`<@&${role}>`) || message.mentions.roles.has(role))) return true;
  if (!message.mentions.users.has(botUserId)) return false;
  return message.mentions.repliedUser?.id !== botUserId;
}

/** The question in a mention: user, role and channel mentions and @everyone/@here removed. */
function questionOf(content: string): string {
  return content
    .replace(/<(?:@[!&]?|#)\d+>/g, ' ')
    .replace(/@(?:everyone|here)\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
