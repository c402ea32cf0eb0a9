/**
 * `npm start`, `npm run start:sharded` and `npm run chat`. With DISCORD_TOKEN set, `npm start` runs the
 * Discord bot. Without it, on a terminal it says so and opens the local chat over STORIES_DIR; as a
 * service it exits 1. `--sharded` connects as many shards as Discord recommends (or SHARD_COUNT) from
 * this one process, so every shard answers from one copy of the stories.
 */
import { loadConfig } from './config.ts';
import { describeStartError, type StartErrorContext } from './discord/startError.ts';

const NO_TOKEN =
  'No DISCORD_TOKEN is set, so newsbot is not connecting to Discord. To get one: Discord Developer Portal → New Application → Bot → Reset Token, then put DISCORD_TOKEN=… in .env (see README, "Connecting to Discord").';

async function main(): Promise<number> {
  const wantsChat = process.argv.includes('--chat');
  const sharded = process.argv.includes('--sharded');
  const config = await loadConfig();
  startContext = { apiUrl: config.DISCORD_API_URL, debug: ['debug', 'trace'].includes(config.LOG_LEVEL) };
  if (!wantsChat && config.DISCORD_TOKEN) {
    // Until the bot takes over the signals, a stop has nothing to close. (Without a handler, a signal
    // would kill the process, which npm reports as a failure.)
    let botHandlesSignals = false;
    const exitNow = () => {
      if (!botHandlesSignals) process.exit(0);
    };
    process.on('SIGINT', exitNow).on('SIGTERM', exitNow);
    const { startBot } = await import('./discord/bot.ts');
    // startBot installs its handlers before it first waits, so they are in place from this line on.
    const running = startBot(config, { recommendedShards: sharded });
    botHandlesSignals = true;
    await running;
    return 0;
  }
  if (sharded) {
    process.stderr.write('DISCORD_TOKEN is not set: sharding needs a bot token (see README).\n');
    return 1;
  }
  if (!wantsChat) {
    if (!process.stdin.isTTY) {
      process.stderr.write(`${NO_TOKEN}\n`);
      return 1;
    }
    process.stdout.write(`${NO_TOKEN} Opening the local chat instead.\n`);
  }
  const { runChat } = await import('./chat/chat.ts');
  await runChat(config);
  return 0;
}

/**
 * Filled in once the configuration is read: the start error names the Discord address it tried, and
 * shows its stack under LOG_LEVEL=debug. Before that, the only failure is the configuration's own
 * one-line message.
 */
let startContext: StartErrorContext = { debug: false };

main().then(
  (code) => {
    if (code !== 0) process.exit(code);
  },
  (error: unknown) => {
    process.stderr.write(`${describeStartError(error, startContext)}\n`);
    process.exit(1);
  },
);
