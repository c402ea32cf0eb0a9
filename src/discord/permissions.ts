/**
 * Who counts as an admin (for /reload): a user listed in ADMIN_USER_IDS, a member holding a role in
 * ADMIN_ROLE_IDS, or a member with the Manage Server permission. Checked at run time even though the
 * command is also hidden from non-admins, because server owners can override command visibility.
 */
import { PermissionFlagsBits } from 'discord.js';

export interface AdminPolicy {
  userIds: readonly string[];
  roleIds: readonly string[];
}

/** What we know of the caller, taken from an interaction or message. */
export interface Caller {
  userId: string;
  roleIds: readonly string[];
  /** The member's permission bits in the channel, when in a server. */
  permissions: bigint | null;
}

export function isAdmin(caller: Caller, policy: AdminPolicy): boolean {
  if (policy.userIds.includes(caller.userId)) return true;
  if (caller.roleIds.some((role) => policy.roleIds.includes(role))) return true;
  if (caller.permissions !== null) {
    const bits = caller.permissions;
    if ((bits & PermissionFlagsBits.Administrator) !== 0n) return true;
    if ((bits & PermissionFlagsBits.ManageGuild) !== 0n) return true;
  }
  return false;
}
