import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, configVariables, parseConfig } from '../src/config.ts';
import { REPO_ROOT } from './helpers/storyFolder.ts';

describe('parseConfig', () => {
  it('fills in defaults for an empty environment', () => {
    const config = parseConfig({});
    expect(config.STORIES_DIR).toBe('./stories');
    expect(config.CACHE_DIR).toBe('./.cache');
    expect(config.DISCORD_API_URL).toBe('https://discord.com/api');
    expect(config.ADMIN_USER_IDS).toEqual([]);
    expect(config.DISCORD_TOKEN).toBeUndefined();
    expect(config.LOG_LEVEL).toBe('info');
  });

  it('splits comma-separated admin ids', () => {
    const config = parseConfig({
      ADMIN_USER_IDS: '123456789012345678, 223456789012345678',
      ADMIN_ROLE_IDS: '',
    });
    expect(config.ADMIN_USER_IDS).toEqual(['123456789012345678', '223456789012345678']);
    expect(config.ADMIN_ROLE_IDS).toEqual([]);
  });

  it('names every invalid variable in one error and never prints the token', () => {
    const token = 'short-secret';
    let message = '';
    try {
      parseConfig({
        DISCORD_TOKEN: token,
        LOG_LEVEL: 'loud',
        ADMIN_USER_IDS: '12,34',
        DISCORD_API_URL: 'nope',
      });
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      message = (error as Error).message;
    }
    for (const name of ['DISCORD_TOKEN', 'LOG_LEVEL', 'ADMIN_USER_IDS', 'DISCORD_API_URL'])
      expect(message).toContain(name);
    expect(message).not.toContain(token);
    expect(message.match(/ADMIN_USER_IDS/g)).toHaveLength(1);
  });
});

describe('shards', () => {
  it('reads SHARDS as shard ids of SHARD_COUNT', () => {
    expect(parseConfig({ SHARD_COUNT: '4', SHARDS: '2, 0,2' })).toMatchObject({
      SHARD_COUNT: 4,
      SHARDS: [0, 2],
    });
    expect(parseConfig({ SHARD_COUNT: '', SHARDS: '' }).SHARDS).toBeUndefined();
  });

  it.each([
    ['0,4', '4'],
    ['0,1', undefined],
    ['[0,1]', '2'],
  ])('refuses SHARDS=%s with SHARD_COUNT=%s', (shards, count) => {
    expect(() => parseConfig({ SHARDS: shards, ...(count ? { SHARD_COUNT: count } : {}) })).toThrow(
      /SHARDS: expected shard ids/,
    );
  });
});

describe('the configuration and its documentation', () => {
  const read = (path: string) => readFileSync(join(REPO_ROOT, path), 'utf8');

  it('.env.example and the README describe every variable of the schema, and no other', () => {
    const example = new Set([...read('.env.example').matchAll(/^#? ?([A-Z][A-Z_]+)=/gm)].map((m) => m[1]));
    const readme = new Set([...read('README.md').matchAll(/^\| `([A-Z][A-Z_]+)` \|/gm)].map((m) => m[1]));
    expect([...example].sort()).toEqual(configVariables().sort());
    expect([...readme].sort()).toEqual(configVariables().sort());
  });

  it('no module but src/config.ts reads the environment', () => {
    const readers: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(join(REPO_ROOT, dir), { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (path.endsWith('.ts') && /process\.env\b/.test(read(path))) readers.push(path);
      }
    };
    for (const dir of ['src', 'commands']) walk(dir);
    expect(readers).toEqual(['src/config.ts']);
  });
});
