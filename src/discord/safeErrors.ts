/**
 * Errors from Discord's REST client carry the request URL, and interaction and webhook URLs hold a
 * token that lets anyone answer as the bot for 15 minutes: the bot's logger masks them.
 */
import { pino } from 'pino';
import type { Logger } from '../log.ts';

/** `/interactions/<id>/<token>/…` and `/webhooks/<app>/<token>/…` with the token masked. */
function maskTokens(url: string): string {
  return url.replace(/(\/(?:interactions|webhooks)\/\d+\/)[^/?#]+/g, '$1[redacted]');
}

function safeError(error: unknown): unknown {
  if (!(error instanceof Error)) return error;
  const serialized = pino.stdSerializers.err(error) as unknown as Record<string, unknown>;
  for (const key of ['url', 'message', 'stack'])
    if (typeof serialized[key] === 'string') serialized[key] = maskTokens(serialized[key] as string);
  return serialized;
}

/** A child logger whose `err` field never shows interaction or webhook tokens. */
export function withSafeErrors(logger: Logger): Logger {
  return logger.child({}, { serializers: { err: safeError } });
}
