/**
 * Neutral replies as discord.js message payloads: embeds within Discord's limits, previous/next and
 * "more" buttons, and `allowedMentions` that never let echoed user text ping anyone.
 */
import {
  type APIActionRowComponent,
  type APIButtonComponent,
  type APIEmbed,
  ButtonStyle,
  ComponentType,
  escapeMarkdown,
  MessageFlags,
} from 'discord.js';
import { LIMITS } from '../format/limits.ts';
import { type Card, fitPage, type Reply } from '../format/reply.ts';
import { truncateWords } from '../format/truncate.ts';
import { moreButtonId, pageButtonId } from './paging.ts';

export interface MessagePayload {
  content?: string;
  embeds: APIEmbed[];
  components: APIActionRowComponent<APIButtonComponent>[];
  allowedMentions: { parse: []; repliedUser?: boolean };
  flags?: MessageFlags.Ephemeral;
}

// Numbered lists stay: a number and a dot at a line start only indents (and the replies number fields).
const MARKDOWN = { heading: true, bulletedList: true, maskedLink: true } as const;

/**
 * Text from stories and from users shown as text, not as Discord markdown: a story's `[Free Nitro](…)`
 * must not become a masked link in the bot's own message, nor `# ` a heading or `||…||` a spoiler. The
 * replies' own markup is kept: bold names (`**Jen Paski**`) and code spans of ids and commands.
 */
function escapeText(text: string): string {
  return (
    escapeMarkdown(text, MARKDOWN)
      .replace(/^(\s*)(>|-#)/gm, '$1\\$2')
      // An underscore between letters (ADMIN_USER_IDS) never starts italics: it stays as written.
      .replace(/(?<=[\p{L}\p{N}])\\_(?=[\p{L}\p{N}])/gu, '_')
      .replace(/\\\*\\\*([^*\n]{1,200}?)\\\*\\\*/g, '**$1**')
      .replace(/\\`((?:[\w ./:@-]|\\_){1,100}?)\\`/g, (_, code: string) => `\`${code.replace(/\\_/g, '_')}\``)
  );
}

/** A card with its text escaped; footers are left alone (Discord shows them without markdown). */
function escapeCard(card: Card): Card {
  return {
    ...card,
    ...(card.title ? { title: escapeText(card.title) } : {}),
    ...(card.description ? { description: escapeText(card.description) } : {}),
    ...(card.fields
      ? {
          fields: card.fields.map((field) => ({
            ...field,
            name: escapeText(field.name),
            value: escapeText(field.value),
          })),
        }
      : {}),
  };
}

function toEmbed(card: Card): APIEmbed {
  const embed: APIEmbed = {};
  if (card.title) embed.title = card.title;
  if (card.description) embed.description = card.description;
  if (card.fields && card.fields.length > 0)
    embed.fields = card.fields.map((field) => ({
      name: field.name,
      value: field.value,
      ...(field.inline ? { inline: true } : {}),
    }));
  if (card.footer) embed.footer = { text: card.footer };
  if (card.color !== undefined) embed.color = card.color;
  return embed;
}

export interface PayloadOptions {
  /** Which page of the reply to show. */
  page?: number;
  /** Token of the stored reply when it has several pages (enables previous/next). */
  pageToken?: string;
  /** Token of the stored further reply (enables its button). */
  moreToken?: string;
  /** For message replies: whether to notify the author replied to. */
  repliedUser?: boolean;
  /** Interaction replies may be ephemeral; message replies may not. */
  allowEphemeral?: boolean;
}

export function toPayload(reply: Reply, options: PayloadOptions = {}): MessagePayload {
  const count = reply.pages.length;
  const index = Math.min(Math.max(0, options.page ?? 0), Math.max(0, count - 1));
  // Escaped before fitting: the escapes count toward Discord's limits.
  const raw = reply.pages[index] ?? { cards: [] };
  const page = fitPage({
    ...(raw.content ? { content: escapeText(raw.content) } : {}),
    cards: raw.cards.map(escapeCard),
  });
  const buttons: APIButtonComponent[] = [];
  // Ids stay distinct on the first and last page (0/1 and n-2/n-1), as Discord requires.
  if (count > 1 && options.pageToken) {
    buttons.push(
      {
        type: ComponentType.Button,
        style: ButtonStyle.Secondary,
        custom_id: pageButtonId(options.pageToken, Math.max(0, index - 1)),
        label: '◀ Previous',
        disabled: index === 0,
      },
      {
        type: ComponentType.Button,
        style: ButtonStyle.Secondary,
        custom_id: pageButtonId(options.pageToken, Math.min(count - 1, index + 1)),
        label: 'Next ▶',
        disabled: index >= count - 1,
      },
    );
  }
  if (reply.more && options.moreToken)
    buttons.push({
      type: ComponentType.Button,
      style: ButtonStyle.Primary,
      custom_id: moreButtonId(options.moreToken),
      label: truncateWords(reply.more.label, LIMITS.buttonLabel),
    });
  const payload: MessagePayload = {
    embeds: page.cards.map(toEmbed),
    components: buttons.length > 0 ? [{ type: ComponentType.ActionRow, components: buttons }] : [],
    allowedMentions: { parse: [], repliedUser: options.repliedUser ?? false },
  };
  if (page.content) payload.content = page.content;
  if (reply.ephemeral && options.allowEphemeral !== false) payload.flags = MessageFlags.Ephemeral;
  return payload;
}

/** The payload for places that take no ephemeral flag (button updates, message replies, edits). */
export function withoutFlags(payload: MessagePayload): Omit<MessagePayload, 'flags'> {
  const { flags: _flags, ...rest } = payload;
  return rest;
}
