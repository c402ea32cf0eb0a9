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
  const page = fitPage(reply.pages[index] ?? { cards: [] });
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
