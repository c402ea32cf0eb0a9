/** Turning a handler's failure into a reply: bad input is explained, anything else gets a short ref. */
import { randomBytes } from 'node:crypto';
import { QueryError } from '../library/results.ts';
import type { Logger } from '../log.ts';
import { errorReply } from './cards.ts';
import type { Reply } from './reply.ts';

/** A short reference a user can quote and an operator can find in the logs. */
function errorRef(): string {
  return randomBytes(2).toString('hex').toUpperCase();
}

export function failureReply(error: unknown, logger: Logger, where: Record<string, unknown>): Reply {
  if (error instanceof QueryError) return errorReply(error.message);
  const ref = errorRef();
  logger.error({ err: error, ref, ...where }, 'handler failed');
  return errorReply(
    `Something went wrong (ref ${ref}). Please try again; if it keeps happening, tell an admin.`,
  );
}
