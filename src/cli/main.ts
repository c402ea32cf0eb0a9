/** `newsbot <command> [options]`, the process: see run.ts. */
import { runCli } from './run.ts';

// A reader that stops early (`newsbot batch | head`) closes the pipe: that ends the command quietly.
for (const stream of [process.stdout, process.stderr])
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });

process.exitCode = await runCli(process.argv.slice(2));
