/**
 * Paged replies waiting for a button press. Button custom ids carry the state:
 *   `page:<token>:<n>` — show page n (0-based) of the stored reply `token` (previous / next buttons);
 *   `more:<token>`     — send the stored reply's further reply (e.g. a story's full text).
 * Entries live in a bounded in-memory map and expire after `ttlMs`; only their owner may use them.
 */
import { randomBytes } from 'node:crypto';
import type { Reply } from '../format/reply.ts';

export interface PagedEntry {
  ownerId: string;
  reply: Reply;
  /** The token of the reply's further reply (its "more" button), when it has one. */
  moreToken?: string;
  expiresAt: number;
}

export interface PageStoreOptions {
  ttlMs?: number;
  maxEntries?: number;
  now?: () => number;
}

const PAGE_TTL_MS = 5 * 60_000;

export class PageStore {
  readonly ttlMs: number;
  private readonly maxEntries: number;
  private readonly now: () => number;
  private readonly entries = new Map<string, PagedEntry>();

  constructor({ ttlMs = PAGE_TTL_MS, maxEntries = 1000, now = Date.now }: PageStoreOptions = {}) {
    this.ttlMs = ttlMs;
    this.maxEntries = maxEntries;
    this.now = now;
  }

  /** Stores a reply for `ownerId` and returns its token (10 url-safe characters). */
  put(ownerId: string, reply: Reply, moreToken?: string): string {
    this.sweep();
    let token = randomBytes(8).toString('base64url').slice(0, 10);
    while (this.entries.has(token)) token = randomBytes(8).toString('base64url').slice(0, 10);
    const entry: PagedEntry = { ownerId, reply, expiresAt: this.now() + this.ttlMs };
    if (moreToken) entry.moreToken = moreToken;
    this.entries.set(token, entry);
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
    return token;
  }

  /** The live entry for `token`, or undefined when unknown or expired. */
  get(token: string): PagedEntry | undefined {
    const entry = this.entries.get(token);
    if (!entry) return undefined;
    if (entry.expiresAt <= this.now()) {
      this.entries.delete(token);
      return undefined;
    }
    return entry;
  }

  private sweep(): void {
    const now = this.now();
    for (const [token, entry] of this.entries) if (entry.expiresAt <= now) this.entries.delete(token);
  }

  get size(): number {
    return this.entries.size;
  }
}

export type ButtonAction = { kind: 'page'; token: string; page: number } | { kind: 'more'; token: string };

export const pageButtonId = (token: string, page: number): string => `page:${token}:${page}`;
export const moreButtonId = (token: string): string => `more:${token}`;

export function parseButtonId(customId: string): ButtonAction | null {
  const paged = /^page:([\w-]{1,40}):(\d{1,4})$/.exec(customId);
  if (paged) return { kind: 'page', token: paged[1]!, page: Number(paged[2]) };
  const more = /^more:([\w-]{1,40})$/.exec(customId);
  if (more) return { kind: 'more', token: more[1]! };
  return null;
}
