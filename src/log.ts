/**
 * The pino logger factory. Logs are JSON lines; anything that could hold a secret (the token, auth
 * headers) is redacted by path, and callers never log the configuration object as a whole.
 */
import { type Logger, type LoggerOptions, pino } from 'pino';
import type { Config } from './config.ts';

export type { Logger } from 'pino';

const REDACTED_PATHS = [
  'token',
  '*.token',
  'DISCORD_TOKEN',
  '*.DISCORD_TOKEN',
  'authorization',
  '*.authorization',
  'headers.authorization',
  '*.headers.authorization',
];

export interface LoggerSettings {
  level: Config['LOG_LEVEL'];
  /** File descriptor to write to: 1 (stdout, the bot's default) or 2 (stderr, where the chat logs). */
  fd?: 1 | 2;
  name?: string;
}

export function createLogger({ level, fd = 1, name = 'newsbot' }: LoggerSettings): Logger {
  const options: LoggerOptions = {
    name,
    level,
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    base: { pid: process.pid },
  };
  return pino(options, pino.destination({ fd, sync: true }));
}
