/**
 * The discord.js client with only the intents we use. Guilds (slash commands arrive as interactions
 * regardless), GuildMessages for mentions: Discord sends a message's content to a bot without the
 * privileged MessageContent intent when the message mentions the bot, which is all we read; and
 * DirectMessages, whose content always comes (every direct message is a question to the bot).
 * All REST calls, and so the gateway address (from `/gateway/bot`), go through `DISCORD_API_URL`.
 */
import { Client, GatewayIntentBits, Partials } from 'discord.js';

export function createClient(apiUrl: string): Client {
  return new Client({
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages],
    // DM channels are not cached before their first message; without this discord.js drops it.
    partials: [Partials.Channel],
    rest: { api: apiUrl },
    // A safety net under every payload's own allowedMentions.
    allowedMentions: { parse: [], repliedUser: false },
    // A question deleted before its answer is ready still gets the answer, as a plain message.
    failIfNotExists: false,
  });
}
