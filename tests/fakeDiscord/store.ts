/**
 * What the fake Discord remembers: every request, the registered commands, the messages the bot
 * created, and for each interaction it dispatched, every response the bot sent to it.
 */
import type { APIMessage } from 'discord-api-types/v10';

export interface RecordedRequest {
  at: number;
  method: string;
  /** The path without the `/api/v10` prefix, e.g. `/channels/123/messages`. */
  path: string;
  query: Record<string, string>;
  /** The `Authorization` header as sent (undefined for webhook-style routes). */
  auth: string | undefined;
  body: unknown;
  files: string[];
  status: number;
}

type ResponseKind = 'callback' | 'editOriginal' | 'deleteOriginal' | 'followup' | 'editFollowup';

/** One thing the bot sent in answer to an interaction. */
export interface InteractionResponse {
  kind: ResponseKind;
  at: number;
  /** The callback type (4 message, 5 deferred, 6 deferred update, 7 update, 8 autocomplete, 9 modal). */
  type?: number;
  /** The body exactly as the bot sent it (`data` of a callback, the whole body of a webhook call). */
  data: Record<string, unknown>;
  /** The message this response created or edited, as stored after it. */
  messageId?: string;
}

/** An interaction the fake dispatched, and everything the bot answered. */
export interface InteractionRecord {
  id: string;
  token: string;
  /** The INTERACTION_CREATE payload as dispatched. */
  payload: Record<string, unknown>;
  /** When it was dispatched (ms since the epoch). */
  dispatchedAt: number;
  responses: InteractionResponse[];
  /** The message answering it (`@original`), once there is one. */
  originalMessageId?: string;
  /** For a component interaction: the message whose button was clicked. */
  sourceMessageId?: string;
}

export interface RegisteredCommand extends Record<string, unknown> {
  id: string;
  name: string;
  type?: number;
  options?: CommandOptionSchema[];
}

export interface CommandOptionSchema {
  name: string;
  type: number;
  required?: boolean;
  autocomplete?: boolean;
  choices?: { name: string; value: string | number }[];
  options?: CommandOptionSchema[];
  min_length?: number;
  max_length?: number;
  min_value?: number;
  max_value?: number;
}

export class FakeStore {
  readonly requests: RecordedRequest[] = [];
  readonly messages = new Map<string, APIMessage>();
  readonly interactions = new Map<string, InteractionRecord>();
  /** Registered commands by scope: `global` or a guild id. */
  readonly commands = new Map<string, RegisteredCommand[]>();
  /** Messages the bot posted in channels (not interaction answers), in order. */
  readonly channelMessageIds: string[] = [];

  interactionByToken(token: string): InteractionRecord | undefined {
    for (const record of this.interactions.values()) if (record.token === token) return record;
    return undefined;
  }

  /** All registered commands, guild ones first (they shadow global ones of the same name). */
  allCommands(): RegisteredCommand[] {
    const guild = [...this.commands.entries()].filter(([scope]) => scope !== 'global').flatMap(([, c]) => c);
    return [...guild, ...(this.commands.get('global') ?? [])];
  }

  commandNamed(name: string): RegisteredCommand | undefined {
    return this.allCommands().find((command) => command.name === name && (command.type ?? 1) === 1);
  }

  channelMessages(): APIMessage[] {
    return this.channelMessageIds.map((id) => this.messages.get(id)!).filter(Boolean);
  }
}
