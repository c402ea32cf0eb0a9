import type { Config } from '../config.ts';

/** The local chat: the same commands as Discord, typed on a terminal. */
export async function runChat(_config: Config): Promise<void> {
  process.stdout.write('The local chat is not yet available.\n');
}
