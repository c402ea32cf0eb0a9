/**
 * Gateway packets mended before discord.js reads them. Some clients (and test doubles of Discord) leave
 * out fields discord.js needs to pick an interaction class or a channel; without them it drops the
 * event silently and the user sees "The application did not respond" or no reply at all.
 */
interface RawPacket {
  t?: string | null;
  d?: unknown;
}

/** Slash command (type 2) without `data.type` → chat input (1); component without `component_type` → button (2). */
function mendInteractionPacket(packet: RawPacket): void {
  if (packet.t !== 'INTERACTION_CREATE' || typeof packet.d !== 'object' || packet.d === null) return;
  const interaction = packet.d as { type?: unknown; data?: Record<string, unknown> };
  const data = interaction.data;
  if (typeof data !== 'object' || data === null) return;
  if ((interaction.type === 2 || interaction.type === 4) && data.type === undefined) data.type = 1;
  if (interaction.type === 3 && data.component_type === undefined && typeof data.custom_id === 'string')
    data.component_type = 2;
}

/**
 * A message without `guild_id` is a direct message; discord.js needs `channel_type` to make its (not yet
 * cached) DM channel, and without it drops the message.
 */
function mendMessagePacket(packet: RawPacket): void {
  if (packet.t !== 'MESSAGE_CREATE' || typeof packet.d !== 'object' || packet.d === null) return;
  const message = packet.d as Record<string, unknown>;
  if (message.guild_id === undefined && message.channel_type === undefined) message.channel_type = 1;
}

/** Every mend, for the raw-packet hook. */
export function mendPacket(packet: RawPacket): void {
  mendInteractionPacket(packet);
  mendMessagePacket(packet);
}
