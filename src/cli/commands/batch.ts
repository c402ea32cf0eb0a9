import { CliError } from '../io.ts';

export async function run(_argv: string[]): Promise<number> {
  throw new CliError('"batch" is not yet available');
}
