/**
 * The discord.js client with only the intents we use. Guilds (slash commands arrive as interactions
 * regardless) and GuildMessages for mentions: Discord sends a message's content to a bot without the
 * privileged MessageContent intent when the message mentions the bot, which is all we read.
 * All REST calls, and so the gateway address (from `/gateway/bot`), go through `DISCORD_API_URL`.
 */
import { Client, GatewayIntentBits } from 'discord.js';

export function createClient(apiUrl: string): Client {
  return new Client({
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages],
    rest: { api: apiUrl },
    // A safety net under every payload's own allowedMentions.
    allowedMentions: { parse: [], repliedUser: false },
  });
}
