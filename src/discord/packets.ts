/**
 * Gateway packets mended before discord.js reads them. Some clients (and test doubles of Discord) leave
 * out fields discord.js needs to pick an interaction class; without them it drops the interaction
 * silently and the user sees "The application did not respond".
 */
interface RawPacket {
  t?: string | null;
  d?: unknown;
}

/** Slash command (type 2) without `data.type` → chat input (1); component without `component_type` → button (2). */
export function mendInteractionPacket(packet: RawPacket): void {
  if (packet.t !== 'INTERACTION_CREATE' || typeof packet.d !== 'object' || packet.d === null) return;
  const interaction = packet.d as { type?: unknown; data?: Record<string, unknown> };
  const data = interaction.data;
  if (typeof data !== 'object' || data === null) return;
  if ((interaction.type === 2 || interaction.type === 4) && data.type === undefined) data.type = 1;
  if (interaction.type === 3 && data.component_type === undefined && typeof data.custom_id === 'string')
    data.component_type = 2;
}
