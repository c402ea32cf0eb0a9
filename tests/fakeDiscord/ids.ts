/** Discord's epoch (2015-01-01), the origin of snowflake timestamps. */
const DISCORD_EPOCH = 1_420_070_400_000n;

let increment = 0n;

/** A fresh snowflake: a timestamp-based id like Discord's, unique within this process. */
export function nextSnowflake(): string {
  increment = (increment + 1n) & 0xfffn;
  const timestamp = BigInt(Date.now()) - DISCORD_EPOCH;
  // Worker and process bits vary per call so two ids in the same millisecond still differ.
  return ((timestamp << 22n) | (BigInt(process.pid & 0x3ff) << 12n) | increment).toString();
}

/** An interaction token: opaque, long and url-safe, like Discord's. */
export function interactionToken(id: string): string {
  return `aW50ZXJhY3Rpb246${id}_${Math.random().toString(36).slice(2)}${Math.random().toString(36).slice(2)}`;
}
