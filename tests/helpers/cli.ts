/**
 * The command line called in-process, as `newsbot ARGS` would run: with its own environment variables,
 * working folder and standard input, and what it writes to stdout and stderr captured. (Two smoke tests
 * in tests/e2e run it as a real process.)
 */
import { Readable } from 'node:stream';
import { runCli } from '../../src/cli/run.ts';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  /** Variables to set for this run (an empty string unsets one). */
  env?: Record<string, string>;
  cwd?: string;
  /** Standard input (for `newsbot batch`). */
  input?: string;
}

/** Runs one command line; calls must not overlap (they share the process's streams). */
export async function newsbot(args: string[], options: CliOptions = {}): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const writes = { stdout: process.stdout.write, stderr: process.stderr.write };
  const stdin = Object.getOwnPropertyDescriptor(process, 'stdin')!;
  const savedEnv = Object.fromEntries(
    Object.keys(options.env ?? {}).map((name) => [name, process.env[name]]),
  );
  const cwd = process.cwd();
  const capture = (into: string[]) =>
    ((chunk: string | Uint8Array) => {
      into.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
      return true;
    }) as typeof process.stdout.write;
  try {
    for (const [name, value] of Object.entries(options.env ?? {})) {
      if (value === '') delete process.env[name];
      else process.env[name] = value;
    }
    if (options.cwd) process.chdir(options.cwd);
    if (options.input !== undefined)
      Object.defineProperty(process, 'stdin', { value: Readable.from([options.input]), configurable: true });
    process.stdout.write = capture(out);
    process.stderr.write = capture(err);
    const code = await runCli(args);
    return { code, stdout: out.join(''), stderr: err.join('') };
  } finally {
    process.stdout.write = writes.stdout;
    process.stderr.write = writes.stderr;
    Object.defineProperty(process, 'stdin', stdin);
    process.chdir(cwd);
    for (const [name, value] of Object.entries(savedEnv)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  }
}
