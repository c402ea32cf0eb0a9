import { PermissionFlagsBits } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { isAdmin } from '../../src/discord/permissions.ts';

const policy = { userIds: ['111111111111111111'], roleIds: ['222222222222222222'] };
const nobody = { userId: '999999999999999999', roleIds: ['333333333333333333'], permissions: 0n };

describe('isAdmin', () => {
  it('accepts a user listed by id', () => {
    expect(isAdmin({ ...nobody, userId: '111111111111111111' }, policy)).toBe(true);
  });

  it('accepts a member holding an admin role', () => {
    expect(isAdmin({ ...nobody, roleIds: ['333333333333333333', '222222222222222222'] }, policy)).toBe(true);
  });

  it('accepts Manage Server and Administrator', () => {
    expect(isAdmin({ ...nobody, permissions: PermissionFlagsBits.ManageGuild }, policy)).toBe(true);
    expect(isAdmin({ ...nobody, permissions: PermissionFlagsBits.Administrator }, policy)).toBe(true);
  });

  it('refuses everyone else', () => {
    expect(isAdmin(nobody, policy)).toBe(false);
    expect(
      isAdmin(
        { ...nobody, permissions: PermissionFlagsBits.SendMessages | PermissionFlagsBits.ManageMessages },
        policy,
      ),
    ).toBe(false);
    expect(isAdmin({ ...nobody, permissions: null, roleIds: [] }, policy)).toBe(false);
    expect(isAdmin(nobody, { userIds: [], roleIds: [] })).toBe(false);
  });
});
