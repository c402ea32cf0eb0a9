import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommandCall, CommandContext } from '../../commands/context.ts';
import { commands, commandsByName, helpEntries } from '../../commands/index.ts';
import { type OpenedStories, openStoryService } from '../../commands/service.ts';
import { parseConfig } from '../../src/config.ts';
import { toPayload } from '../../src/discord/embeds.ts';
import type { Reply } from '../../src/format/reply.ts';
import { renderPageText } from '../../src/format/text.ts';
import { QueryError } from '../../src/library/results.ts';
import { createLogger } from '../../src/log.ts';

const STORY_A = ` date 2014-09-15 PARIS, Sept 15 - Ruritania's foreign minister on Monday
rejected any talks with the rebels in the north, saying the army would "finish
the job" before winter.
  "There is nothing to discuss with people who burn villages," Minister Anna
Kovacs told reporters after a meeting with her French counterpart.
  Kovacs said the government would ask the United Nations for help with the
refugees crossing into the south. @everyone should read this.
`;

const STORY_B = `date 2014-09-20 VIENNA, Sept 20 - Talks on the river treaty between
Ruritania and Borduria ended without an agreement on Saturday.
  "We came close, but the water quotas are still too far apart," Borduria's
negotiator Peter Lanz said.
  Anna Kovacs said Ruritania would return to the table next month.
`;

function nameOf(command: (typeof commands)[number]) {
  return command.data.name;
}

describe('command definitions', () => {
  it('has one valid definition per command, each within Discord limits', () => {
    const names = commands.map(nameOf);
    expect(names).toEqual([
      'stories',
      'quotes',
      'summary',
      'story',
      'ask',
      'speakers',
      'about',
      'help',
      'reload',
    ]);
    for (const command of commands) {
      const json = command.data.toJSON();
      expect(json.name).toMatch(/^[-_a-z0-9]{1,32}$/);
      expect(json.description.length).toBeGreaterThan(0);
      expect(json.description.length).toBeLessThanOrEqual(100);
      const options = json.options ?? [];
      expect(options.length).toBeLessThanOrEqual(25);
      let optionalSeen = false;
      for (const option of options) {
        expect(option.name).toMatch(/^[-_a-z0-9]{1,32}$/);
        expect(option.description.length).toBeGreaterThan(0);
        expect(option.description.length).toBeLessThanOrEqual(100);
        // Discord requires required options before optional ones.
        if (option.required) expect(optionalSeen).toBe(false);
        else optionalSeen = true;
        if ('max_length' in option) {
          const cap = option.name === 'question' ? 300 : 100;
          expect(option.max_length).toBe(cap);
        }
        if ('autocomplete' in option && option.autocomplete)
          expect(typeof command.autocomplete).toBe('function');
      }
      expect(command.usage.startsWith(`/${json.name}`)).toBe(true);
    }
  });

  it('shows /reload to everyone (the bot checks who may reload), answering privately', () => {
    const json = commandsByName.get('reload')!.data.toJSON();
    expect(json.default_member_permissions ?? null).toBeNull();
    expect(commandsByName.get('reload')!.defer).toBe('ephemeral');
    expect(commandsByName.get('stories')!.data.toJSON().default_member_permissions).toBeUndefined();
  });

  it('autocompletes places, speakers and stories', () => {
    const auto = (name: string, option: string) =>
      commandsByName
        .get(name)!
        .data.toJSON()
        .options?.find((o) => o.name === option);
    expect(auto('stories', 'place')).toMatchObject({ autocomplete: true });
    expect(auto('quotes', 'speaker')).toMatchObject({ autocomplete: true, required: true });
    expect(auto('summary', 'story')).toMatchObject({ autocomplete: true, required: true });
    expect(auto('story', 'story')).toMatchObject({ autocomplete: true });
  });
});

describe('commands over a real story folder', () => {
  let dir: string;
  let opened: OpenedStories;
  let context: CommandContext;

  const call = (options: Record<string, string> = {}, userId = '100000000000000001'): CommandCall => ({
    user: { id: userId },
    options: { getString: (name) => options[name] ?? null },
  });
  const run = (name: string, options: Record<string, string> = {}, admin = false) =>
    commandsByName.get(name)!.execute(call(options), { ...context, callerIsAdmin: admin });
  const text = (reply: Reply) => reply.pages.map((page) => renderPageText(page)).join('\n');

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'newsbot-commands-'));
    const stories = join(dir, 'stories');
    await import('node:fs/promises').then((fs) => fs.mkdir(stories));
    writeFileSync(join(stories, 'ruritania_talks.txt'), STORY_A);
    writeFileSync(join(stories, 'river_treaty.txt'), STORY_B);
    const config = parseConfig({ STORIES_DIR: stories, CACHE_DIR: join(dir, 'cache'), LOG_LEVEL: 'silent' });
    const logger = createLogger({ level: 'silent' });
    opened = await openStoryService(config, logger);
    context = {
      stories: opened.service,
      config,
      logger,
      version: '9.9.9',
      callerIsAdmin: false,
      help: helpEntries,
    };
  });

  afterAll(async () => {
    await opened?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('/stories finds a story by place and date, citing date and place', async () => {
    const reply = await run('stories', { place: 'Paris', date: 'Sept 15 2014' });
    const shown = text(reply);
    expect(shown).toContain('2014-09-15 · Paris');
    expect(shown).toContain('ruritania_talks');
    expect(shown).not.toContain('river_treaty');
  });

  it('/stories with nothing found says so', async () => {
    const reply = await run('stories', { date: '1999-01-01' });
    expect(text(reply)).toMatch(/No stories found/);
  });

  it('/stories with an unreadable date is a QueryError', async () => {
    await expect(run('stories', { date: 'the day after never' })).rejects.toBeInstanceOf(QueryError);
  });

  it('/quotes finds what a speaker said', async () => {
    const reply = await run('quotes', { speaker: 'kovacs' });
    const shown = text(reply);
    expect(shown).toContain('Quotes from Anna Kovacs');
    expect(shown).toContain('nothing to discuss');
  });

  it('/quotes refuses an over-long option', async () => {
    await expect(run('quotes', { speaker: 'x'.repeat(101) })).rejects.toThrow(/100 characters/);
  });

  it('/summary and /story name the story', async () => {
    const summary = await run('summary', { story: 'river_treaty' });
    expect(text(summary)).toContain('2014-09-20 · Vienna');
    const story = await run('story', { story: 'ruritania_talks' });
    expect(story.more?.label).toBe('Read full text');
    const card = story.pages[0]!.cards[0]!;
    expect(card.fields?.[0]?.name).toBe('People quoted');
    expect(card.fields?.[0]?.value).toContain('Anna Kovacs');
    expect(text(story.more!.reply)).toContain('burn villages');
  });

  it('/speakers lists who is quoted', async () => {
    const reply = await run('speakers');
    const shown = text(reply);
    expect(shown).toContain('Anna Kovacs');
    expect(shown).toContain('Peter Lanz');
  });

  it('/about and /help', async () => {
    const about = text(await run('about'));
    expect(about).toContain('Stories');
    expect(about).toContain('2014-09-15 to 2014-09-20');
    expect(about).toContain('newsbot 9.9.9');
    const help = text(await run('help'));
    for (const command of commands) expect(help).toContain(command.usage);
  });

  it('/ask answers with citations', async () => {
    const reply = await run('ask', { question: 'What did Kovacs say?' });
    expect(reply.pages[0]!.cards[0]!.description?.length).toBeGreaterThan(0);
    await expect(run('ask', { question: 'q'.repeat(301) })).rejects.toThrow(/300 characters/);
  });

  it('/reload refuses non-admins and reports changes to admins', async () => {
    const refused = await run('reload');
    expect(refused.ephemeral).toBe(true);
    expect(text(refused)).toMatch(/Only admins/);
    writeFileSync(
      join(context.config.STORIES_DIR, 'new_story.txt'),
      'date 2014-10-01 BERLIN, Oct 1 - A new story arrived.\n  "It is here," Max Weber said.\n',
    );
    writeFileSync(join(context.config.STORIES_DIR, 'broken.txt'), '');
    const report = await run('reload', {}, true);
    expect(report.ephemeral).toBe(true);
    const shown = text(report);
    expect(shown).toContain('Added (1)');
    expect(shown).toContain('new_story');
    expect(shown).toMatch(/Failed \(1\)[\s\S]*broken\.txt/);
  });

  it('every reply payload forbids mentions', async () => {
    const replies = await Promise.all([
      run('stories', { topic: 'everyone' }),
      run('quotes', { speaker: 'Kovacs' }),
      run('summary', { story: 'ruritania_talks' }),
      run('story', { story: 'ruritania_talks' }),
      run('speakers'),
      run('about'),
      run('help'),
      run('ask', { question: '@everyone who said nothing to discuss?' }),
    ]);
    for (const reply of replies)
      reply.pages.forEach((_, page) => {
        expect(toPayload(reply, { page }).allowedMentions.parse).toEqual([]);
      });
  });

  it('autocomplete offers speakers, stories and places', async () => {
    const focused = (name: string, value: string) => ({
      user: { id: '1' },
      options: { getFocused: (_full: true) => ({ name, value }) },
    });
    const speakers = await commandsByName.get('quotes')!.autocomplete!(focused('speaker', 'kov'), context);
    expect(speakers.map((c) => c.value)).toContain('Anna Kovacs');
    const stories = await commandsByName.get('summary')!.autocomplete!(focused('story', 'river'), context);
    expect(stories.map((c) => c.value)).toContain('river_treaty');
    const places = await commandsByName.get('stories')!.autocomplete!(focused('place', 'Vie'), context);
    expect(places.map((c) => c.value)).toContain('Vienna');
    for (const choice of [...speakers, ...stories, ...places]) {
      expect(choice.name.length).toBeGreaterThan(0);
      expect(choice.value.length).toBeLessThanOrEqual(100);
    }
  });
});

describe('npm run deploy-commands', () => {
  const repo = join(dirname(fileURLToPath(import.meta.url)), '../..');
  const deploy = (env: Record<string, string>) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'src/discord/deployCommands.ts'], {
      cwd: repo,
      env: { PATH: process.env.PATH ?? '', DISCORD_TOKEN: '', DISCORD_CLIENT_ID: '', ...env },
      encoding: 'utf8',
      timeout: 30_000,
    });

  it('says clearly what is missing', () => {
    const noToken = deploy({});
    expect(noToken.status).toBe(1);
    expect(noToken.stderr).toContain('DISCORD_TOKEN is not set');
    const noClient = deploy({ DISCORD_TOKEN: 'a'.repeat(40) });
    expect(noClient.status).toBe(1);
    expect(noClient.stderr).toContain('DISCORD_CLIENT_ID is not set');
    expect(noClient.stderr).not.toContain('a'.repeat(40));
  });
});
