/**
 * Why the bot could not start, in one line a person can act on: what failed, where, and what to check.
 * The stack is for LOG_LEVEL=debug (or trace) only.
 */

/** Codes of a network that cannot reach a host: nothing in newsbot to fix, something to check. */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'ETIMEDOUT',
  'EAI_AGAIN',
  'ECONNRESET',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_SOCKET',
]);

/** The gateway (Discord's websocket) could not be reached in a few tries. */
export class GatewayUnreachableError extends Error {
  override name = 'GatewayUnreachableError';
  constructor(tries: number) {
    super(
      `newsbot could not reach Discord's gateway after ${tries} tries (network error): check the network connection, any proxy or firewall allowing websockets, and DISCORD_API_URL in .env.`,
    );
  }
}

function codeOf(error: unknown): string | undefined {
  for (let current = error, depth = 0; current && depth < 4; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

export interface StartErrorContext {
  /** DISCORD_API_URL, when the configuration was read. */
  apiUrl?: string | undefined;
  /** LOG_LEVEL debug or trace: the stack follows the line. */
  debug?: boolean;
}

/** One clear line for a failure at start (and the stack under LOG_LEVEL=debug). */
export function describeStartError(error: unknown, context: StartErrorContext = {}): string {
  const message = error instanceof Error ? error.message : String(error);
  const stack = context.debug && error instanceof Error && error.stack ? `\n${error.stack}` : '';
  const code = codeOf(error);
  const status = (error as { status?: unknown } | null)?.status;
  if (error instanceof Error && ['ConfigError', 'LoadError', 'GatewayUnreachableError'].includes(error.name))
    return `${message}${stack}`;
  if (code === 'TokenInvalid' || status === 401)
    return `Discord rejected DISCORD_TOKEN: reset the token in the Developer Portal (Bot → Reset Token) and put the new one in .env.${stack}`;
  if (code === 'DisallowedIntents')
    return `Discord refused the gateway intents newsbot asked for; see README, "Connecting to Discord".${stack}`;
  if (code && NETWORK_CODES.has(code))
    return `newsbot could not reach Discord at ${context.apiUrl ?? 'https://discord.com/api'} (${code}): check the network connection, any proxy or firewall, and DISCORD_API_URL in .env.${stack}`;
  const hint = context.debug ? '' : ' (LOG_LEVEL=debug shows where)';
  return `newsbot failed to start: ${message.split('\n')[0]}${hint}${stack}`;
}
