import type { Config } from '../config.ts';

/** Connects to Discord and serves the slash commands and mentions. */
export async function startBot(_config: Config): Promise<void> {
  throw new Error('the Discord bot is not yet available');
}
