import { CliError } from '../io.ts';

export async function run(_argv: string[]): Promise<number> {
  throw new CliError('"ask" is not yet available');
}
