import { z } from 'zod';

/** A Discord id: a decimal "snowflake" of 17 to 20 digits. */
const snowflake = z.string().regex(/^\d{17,20}$/, 'a Discord id (17-20 digits)');

const snowflakeList = z
  .string()
  .optional()
  .transform((value) =>
    (value ?? '')
      .split(',')
      .map((part) => part.trim())
      .filter(Boolean),
  )
  .pipe(z.array(snowflake));

const emptyAsUndefined = (value: unknown) =>
  typeof value === 'string' && value.trim() === '' ? undefined : value;

const booleanFlag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'true or false' })
  .optional()
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

export const configSchema = z.object({
  DISCORD_TOKEN: z.preprocess(
    emptyAsUndefined,
    z.string().min(20, 'a bot token from the Developer Portal (Bot → Reset Token)').optional(),
  ),
  DISCORD_CLIENT_ID: z.preprocess(emptyAsUndefined, snowflake.optional()),
  DISCORD_GUILD_ID: z.preprocess(emptyAsUndefined, snowflake.optional()),
  DISCORD_API_URL: z.preprocess(
    emptyAsUndefined,
    z.url({ message: 'an http(s) URL such as https://discord.com/api' }).default('https://discord.com/api'),
  ),
  STORIES_DIR: z.preprocess(emptyAsUndefined, z.string().default('./stories')),
  STORIES_WATCH: z.preprocess(emptyAsUndefined, booleanFlag),
  CACHE_DIR: z.preprocess(emptyAsUndefined, z.string().default('./.cache')),
  ADMIN_USER_IDS: snowflakeList,
  ADMIN_ROLE_IDS: snowflakeList,
  LOG_LEVEL: z.preprocess(
    emptyAsUndefined,
    z
      .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
        message: 'one of fatal, error, warn, info, debug, trace, silent',
      })
      .default('info'),
  ),
});

export type Config = z.infer<typeof configSchema>;

/** Thrown when the environment is invalid; the message names every bad variable, never its value. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Reads the configuration from an environment (by default `process.env`, after dotenv). */
export function parseConfig(env: Record<string, string | undefined>): Config {
  const result = configSchema.safeParse(env);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const name = String(issue.path[0] ?? 'environment');
    return `${name}: expected ${issue.message}`;
  });
  const unique = [...new Set(problems)];
  throw new ConfigError(`Invalid configuration (check .env or the environment):\n  ${unique.join('\n  ')}`);
}

let loaded: Config | undefined;

/** Loads `.env` (if present) into the environment once, then validates it. */
export async function loadConfig(): Promise<Config> {
  if (loaded) return loaded;
  const dotenv = await import('dotenv');
  dotenv.config({ quiet: true });
  loaded = parseConfig(process.env);
  return loaded;
}
