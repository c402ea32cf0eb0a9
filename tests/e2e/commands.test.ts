/**
 * Every slash command of the real bot process, run through a fake Discord: the exact payloads the bot
 * sends back (embeds, components, flags, allowed_mentions), autocomplete, and paging buttons.
 */
import type { APIEmbed } from 'discord-api-types/v10';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InteractionOutcome } from '../fakeDiscord/fakeDiscord.ts';
import { type E2E, startE2E } from '../helpers/e2eBot.ts';
import { HARBOUR_SPEAKER, harbourStories, longStory } from '../helpers/fixtureStories.ts';

const SEED_ID = '000_2696b59510ee6b97';
const SEED_HEADLINE_START = 'The United States on Monday ruled out any possibility';
const PASKI_DIRECT = [
  '"I am not going to outline every diplomatic discussion. But we are not and will not coordinate militarily,"',
  '"We will be continuing those talks on the nuclear issue later this week in New York. There may be another opportunity on the margins in the future to discuss Iraq,"',
];
/** Nobody may be pinged by an answer: every reply carries these allowed_mentions. */
const NO_PINGS = { parse: [], replied_user: false };
const ANSWER_COLOR = 0x2b6cb0;
const ERROR_COLOR = 0xc53030;
const HARBOUR_COUNT = 12;

let e2e: E2E;

beforeAll(async () => {
  e2e = await startE2E({
    files: { ...harbourStories(HARBOUR_COUNT), 'canal-report.txt': longStory() },
    // As on Discord: every command must be acknowledged within 3 seconds.
    interactionDeadlineMs: 3000,
  });
}, 120_000);

afterAll(async () => {
  await e2e?.stop();
});

/** A fresh member per scenario, so the bot's per-user rate limit never mixes scenarios. */
const someone = (name: string) => e2e.discord.newPerson(name);

function embedsOf(outcome: InteractionOutcome): APIEmbed[] {
  return (outcome.answer.embeds ?? []) as APIEmbed[];
}

/** The answer's wire-level frame: a public (non-ephemeral) message that pings nobody. */
function expectPublicAnswer(outcome: InteractionOutcome): void {
  expect(outcome.callback.type).toBe(4);
  expect(outcome.answer.flags).toBeUndefined();
  expect(outcome.ephemeral).toBe(false);
  expect(outcome.answer.allowed_mentions).toEqual(NO_PINGS);
  expect(e2e.discord.rejections).toEqual([]);
}

function storiesLoaded(): number {
  const line = e2e.bot.lines.find((entry) => entry.includes('stories loaded') && entry.includes('"dir"'));
  const count = line ? Number(JSON.parse(line).stories) : Number.NaN;
  if (!Number.isInteger(count))
    throw new Error(`no "stories loaded" count in the bot log:\n${e2e.bot.tail()}`);
  return count;
}

describe('slash commands against the real bot', () => {
  it('registers every command with Discord-valid definitions', () => {
    const names = e2e.discord.commands().map((command) => command.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'stories',
        'quotes',
        'summary',
        'story',
        'ask',
        'speakers',
        'about',
        'help',
        'reload',
      ]),
    );
    const quotes = e2e.discord.commands().find((command) => command.name === 'quotes');
    expect(quotes?.options?.find((option) => option.name === 'speaker')).toMatchObject({
      type: 3,
      required: true,
      autocomplete: true,
    });
  });

  it('/about: story count, date range and version', async () => {
    const outcome = await e2e.discord.sendSlashCommand({ name: 'about', user: someone('abouter') });
    expectPublicAnswer(outcome);
    expect(outcome.answer.components).toEqual([]);
    const [embed, ...rest] = embedsOf(outcome);
    expect(rest).toEqual([]);
    expect(embed).toMatchObject({
      title: 'About newsbot',
      color: ANSWER_COLOR,
      footer: { text: 'newsbot 0.1.0' },
    });
    const fields = Object.fromEntries((embed!.fields ?? []).map((field) => [field.name, field.value]));
    expect(fields.Stories).toBe(String(storiesLoaded()));
    expect(Number(fields.Stories)).toBeGreaterThanOrEqual(HARBOUR_COUNT + 1);
    expect(fields.Dates).toMatch(/^2014-09-15 to \d{4}-\d{2}-\d{2}$/);
    expect(fields['Last reload']).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
  });

  it('/help: one line per registered command', async () => {
    const outcome = await e2e.discord.sendSlashCommand({ name: 'help', user: someone('helper') });
    expectPublicAnswer(outcome);
    const [embed] = embedsOf(outcome);
    expect(embed).toMatchObject({ title: 'newsbot help', color: ANSWER_COLOR });
    expect(embed!.description).toContain('mention me with a question');
    const usages = (embed!.fields ?? []).map((field) => field.name.split(' ')[0]);
    const registered = e2e.discord.commands().map((command) => `/${command.name}`);
    expect(usages.sort()).toEqual(registered.sort());
    const quotesLine = embed!.fields!.find((field) => field.name.startsWith('/quotes'));
    expect(quotesLine).toEqual({
      name: '/quotes speaker [about] [from] [to]',
      value: 'What someone said in the stories',
    });
  });

  it('/stories date: the seed story, with date, place and id', async () => {
    const outcome = await e2e.discord.sendSlashCommand({
      name: 'stories',
      options: { date: 'Sept 15 2014' },
      user: someone('storyfinder'),
    });
    expectPublicAnswer(outcome);
    expect(outcome.answer.components).toEqual([]);
    expect(embedsOf(outcome)).toEqual([
      {
        title: 'Stories on 2014-09-15',
        color: ANSWER_COLOR,
        fields: [
          {
            name: expect.stringMatching(new RegExp(`^1\\. ${SEED_HEADLINE_START}`)),
            value: `2014-09-15 · Paris, France · \`${SEED_ID}\``,
          },
        ],
        footer: { text: '1 found' },
      },
    ]);
  });

  it('/quotes speaker: every quote of Jen Paski, direct and reported, cited', async () => {
    const outcome = await e2e.discord.sendSlashCommand({
      name: 'quotes',
      options: { speaker: 'Paski' },
      user: someone('quoter'),
    });
    expectPublicAnswer(outcome);
    const [embed] = embedsOf(outcome);
    expect(embed).toMatchObject({ title: 'Quotes from Jen Paski', color: ANSWER_COLOR });
    const values = (embed!.fields ?? []).map((field) => field.value);
    expect(values).toEqual(expect.arrayContaining(PASKI_DIRECT));
    expect(values.filter((value) => value.startsWith('(reported) '))).toHaveLength(2);
    for (const field of embed!.fields ?? []) expect(field.name).toMatch(/\(2014-09-15 · Paris\)$/);
    expect(embed!.footer?.text).toBe(`${values.length} quotes`);
  });

  it('/summary story: the seed summary, at most 600 characters, with date and place', async () => {
    const outcome = await e2e.discord.sendSlashCommand({
      name: 'summary',
      options: { story: SEED_ID },
      user: someone('summarizer'),
    });
    expectPublicAnswer(outcome);
    const [embed, ...rest] = embedsOf(outcome);
    expect(rest).toEqual([]);
    expect(embed!.title).toMatch(new RegExp(`^${SEED_HEADLINE_START}`));
    expect(embed!.description).toMatch(new RegExp(`^${SEED_HEADLINE_START}`));
    expect(embed!.description!.length).toBeLessThanOrEqual(600);
    expect(embed!.footer).toEqual({ text: `2014-09-15 · Paris · ${SEED_ID}` });
  });

  it('/story: the card with people quoted, and its full text behind a button', async () => {
    const user = someone('reader1');
    const outcome = await e2e.discord.sendSlashCommand({ name: 'story', options: { story: SEED_ID }, user });
    expectPublicAnswer(outcome);
    const [embed] = embedsOf(outcome);
    expect(embed!.footer).toEqual({ text: `2014-09-15 · Paris, France · ${SEED_ID}` });
    const people = embed!.fields?.find((field) => field.name === 'People quoted');
    expect(people?.value).toContain('Jen Paski (4)');
    expect(people?.value).toContain('Ali Khamenei');
    const rows = outcome.answer.components as { type: number; components: Record<string, unknown>[] }[];
    expect(rows).toEqual([
      {
        type: 1,
        components: [
          {
            type: 2,
            style: 1,
            label: 'Read full text',
            custom_id: expect.stringMatching(/^more:[\w-]{10}$/),
          },
        ],
      },
    ]);
    const more = await e2e.discord.clickButton({
      customId: String(rows[0]!.components[0]!.custom_id),
      messageId: outcome.message!.id,
      user,
    });
    expect(more.callback.type).toBe(4);
    expect(more.answer.flags).toBe(64);
    const [text] = (more.answer.embeds ?? []) as APIEmbed[];
    expect(text!.description).toContain('I am not going to outline every diplomatic discussion.');
    expect(text!.footer?.text).toMatch(new RegExp(`^${SEED_ID}`));
    expect(more.answer.allowed_mentions).toEqual(NO_PINGS);

    // Anyone may read the full text: another member gets their own private copy.
    const other = await e2e.discord.clickButton({
      customId: String(rows[0]!.components[0]!.custom_id),
      messageId: outcome.message!.id,
      user: someone('reader2'),
    });
    expect(other.callback.type).toBe(4);
    expect(other.answer.flags).toBe(64);
    expect(other.answer.embeds).toEqual(more.answer.embeds);
  });

  it('/story: a long full text is paged privately, and its pages turn in place', async () => {
    const user = someone('longreader');
    const card = await e2e.discord.sendSlashCommand({
      name: 'story',
      options: { story: 'canal-report' },
      user,
    });
    expectPublicAnswer(card);
    const more = await e2e.discord.clickButton({
      customId: /more:[\w-]{10}/.exec(JSON.stringify(card.answer.components))![0],
      messageId: card.message!.id,
      user,
    });
    expect(more.answer.flags).toBe(64);
    const first = (more.answer.embeds as APIEmbed[])[0]!;
    const pages = Number(/Page 1 of (\d+)$/.exec(first.footer?.text ?? '')?.[1]);
    expect(pages, `footer: ${first.footer?.text}`).toBeGreaterThanOrEqual(2);
    expect(first.description).toContain('Paragraph 1 of the canal report');
    expect(first.description!.length).toBeLessThanOrEqual(4096);
    const next = /page:[\w-]{10}:1/.exec(JSON.stringify(more.answer.components))![0];
    const second = await e2e.discord.clickButton({ customId: next, messageId: more.message!.id, user });
    expect(second.callback.type).toBe(7);
    const page2 = (second.answer.embeds as APIEmbed[])[0]!;
    expect(page2.footer?.text).toMatch(new RegExp(`Page 2 of ${pages}$`));
    expect(page2.description).not.toContain('Paragraph 1 of the canal report');
    // The page turned in the private message itself, which stays private.
    expect(e2e.discord.message(more.message!.id)?.embeds[0]?.footer?.text).toBe(page2.footer?.text);
    expect((e2e.discord.message(more.message!.id)?.flags ?? 0) & 64).toBe(64);
  });

  it('/ask: an answer with the quote it relies on, cited', async () => {
    const outcome = await e2e.discord.sendSlashCommand({
      name: 'ask',
      options: { question: 'Who said "serious threat"?' },
      user: someone('asker'),
    });
    expectPublicAnswer(outcome);
    const [embed] = embedsOf(outcome);
    expect(embed!.color).toBe(ANSWER_COLOR);
    expect(embed!.description).toMatch(/United States/);
    expect(embed!.description).toContain('serious threat');
    // The answer names the story: its source gives only date, place and id, and counts the quote.
    expect(embed!.description).toContain(SEED_HEADLINE_START);
    expect(embed!.fields?.[0]?.name).toBe('2014-09-15 · Paris');
    expect(embed!.fields?.[0]?.value).toBe('1 quote above · `000_2696b59510ee6b97`');
    expect(embed!.footer?.text).toMatch(/^Sources: \d+$/);
  });

  it('/speakers story: who is quoted in the seed story and how often', async () => {
    const outcome = await e2e.discord.sendSlashCommand({
      name: 'speakers',
      options: { story: SEED_ID },
      user: someone('speakerlister'),
    });
    expectPublicAnswer(outcome);
    const [embed] = embedsOf(outcome);
    expect(embed!.title).toMatch(new RegExp(`^Quoted in “${SEED_HEADLINE_START}`));
    const byName = Object.fromEntries((embed!.fields ?? []).map((field) => [field.name, field.value]));
    expect(byName['Jen Paski']).toMatch(/^4 quotes in 1 story/);
    expect(byName['Ali Khamenei']).toMatch(/^4 quotes in 1 story/);
    expect(byName.Kerry).toMatch(/^1 quote in 1 story/);
  });

  it('autocomplete: a misspelt speaker (psaki) is offered Jen Paski', async () => {
    const { choices, outcome } = await e2e.discord.sendAutocomplete({
      name: 'quotes',
      options: { speaker: 'psaki' },
      focused: 'speaker',
      user: someone('typist'),
    });
    expect(outcome.callback.type).toBe(8);
    expect(choices[0]).toEqual({ name: 'Jen Paski (4 quotes)', value: 'Jen Paski' });
    expect(choices.length).toBeLessThanOrEqual(25);
    expect(e2e.discord.rejections).toEqual([]);
  });

  it('autocomplete: words of a headline offer that story; letters of a place offer the place', async () => {
    const story = await e2e.discord.sendAutocomplete({
      name: 'story',
      options: { story: 'military coord' },
      focused: 'story',
      user: someone('storytypist'),
    });
    expect(story.choices[0]?.value).toBe(SEED_ID);
    const shown = story.choices[0]?.name ?? '';
    expect(shown).toMatch(new RegExp(`^${SEED_HEADLINE_START}`));
    // The choice is composed as "headline (date)"; cutting it to Discord's 100 characters must keep the
    // date and must not stack the headline's own ellipsis with the cut's.
    expect(shown, `story choice name "${shown}": the date is cut off and "……" shows`).toMatch(
      / \(2014-09-15\)$/,
    );
    expect(shown.length).toBeLessThanOrEqual(100);
    const place = await e2e.discord.sendAutocomplete({
      name: 'stories',
      options: { place: 'par' },
      focused: 'place',
      user: someone('placetypist'),
    });
    expect(place.choices[0]).toEqual({ name: 'Paris, France', value: 'Paris' });
  });

  it('/summary with words matching many stories asks which one, privately', async () => {
    const outcome = await e2e.discord.sendSlashCommand({
      name: 'summary',
      options: { story: 'harbour bridge' },
      user: someone('ambiguous'),
    });
    expect(outcome.callback.type).toBe(4);
    expect(outcome.answer.flags).toBe(64);
    const [embed] = embedsOf(outcome);
    const lines = embed!.description!.split('\n');
    expect(lines[0]).toBe('Which story did you mean?');
    expect(lines.length).toBeGreaterThanOrEqual(3);
    for (const line of lines.slice(1))
      expect(line).toMatch(/^• The city council approved .* \(`harbour-\d\d`\)$/);
  });

  it('/stories with an unreadable date explains the accepted forms, privately', async () => {
    const outcome = await e2e.discord.sendSlashCommand({
      name: 'stories',
      options: { date: 'blurgday' },
      user: someone('baddate'),
    });
    expect(outcome.callback.type).toBe(4);
    expect(outcome.answer.flags).toBe(64);
    const [embed] = embedsOf(outcome);
    expect(embed!.color).toBe(ERROR_COLOR);
    expect(embed!.description).toMatch(/^could not read "blurgday" as a date; try 2014-09-15, Sept 15 2014/);
  });

  it('paging: next and previous pages for the asker; another user is refused ephemerally', async () => {
    const owner = someone('pager');
    const first = await e2e.discord.sendSlashCommand({
      name: 'quotes',
      options: { speaker: HARBOUR_SPEAKER },
      user: owner,
    });
    expectPublicAnswer(first);
    const pageOne = embedsOf(first)[0]!;
    expect(pageOne.title).toBe(`Quotes from ${HARBOUR_SPEAKER}`);
    expect(pageOne.fields).toHaveLength(5);
    expect(pageOne.footer?.text).toBe(`${HARBOUR_COUNT} quotes · Page 1 of 3`);
    const buttons = () => {
      const rows = e2e.discord.message(first.message!.id)!.components as {
        components: { custom_id: string; label: string; disabled?: boolean }[];
      }[];
      return rows[0]!.components;
    };
    const [previous, next] = buttons();
    expect(previous).toMatchObject({ type: 2, style: 2, label: '◀ Previous', disabled: true });
    expect(next).toMatchObject({ type: 2, style: 2, label: 'Next ▶', disabled: false });
    const token = /^page:([\w-]{10}):1$/.exec(next!.custom_id)?.[1];
    expect(token, `next button id ${next!.custom_id}`).toBeDefined();
    expect(previous!.custom_id).toBe(`page:${token}:0`);

    const stranger = someone('stranger');
    const refused = await e2e.discord.clickButton({
      customId: next!.custom_id,
      messageId: first.message!.id,
      user: stranger,
    });
    expect(refused.callback.type).toBe(4);
    expect(refused.answer.flags).toBe(64);
    expect(refused.answer.embeds).toEqual([
      {
        description: 'Only the person who asked can turn these pages. Run the command yourself to browse.',
        color: ERROR_COLOR,
      },
    ]);
    expect(e2e.discord.message(first.message!.id)!.embeds[0]!.footer?.text).toMatch(/Page 1 of 3$/);

    const second = await e2e.discord.clickButton({
      customId: next!.custom_id,
      messageId: first.message!.id,
      user: owner,
    });
    expect(second.callback.type).toBe(7);
    expect(second.answer.flags).toBeUndefined();
    const pageTwo = ((second.answer.embeds ?? []) as APIEmbed[])[0]!;
    expect(pageTwo.footer?.text).toBe(`${HARBOUR_COUNT} quotes · Page 2 of 3`);
    expect(pageTwo.fields).toHaveLength(5);
    const pageOneQuotes = new Set(pageOne.fields!.map((field) => field.value));
    expect(pageTwo.fields!.some((field) => pageOneQuotes.has(field.value))).toBe(false);
    expect(buttons().map((button) => [button.custom_id, button.disabled])).toEqual([
      [`page:${token}:0`, false],
      [`page:${token}:2`, false],
    ]);

    const back = await e2e.discord.clickButton({
      customId: `page:${token}:0`,
      messageId: first.message!.id,
      user: owner,
    });
    expect(back.callback.type).toBe(7);
    expect(((back.answer.embeds ?? []) as APIEmbed[])[0]).toEqual(pageOne);
    expect(e2e.discord.rejections).toEqual([]);
  });

  it('bad input gets a clear ephemeral answer: an unknown speaker', async () => {
    const outcome = await e2e.discord.sendSlashCommand({
      name: 'quotes',
      options: { speaker: 'Zebulon Quargmire' },
      user: someone('misser'),
    });
    expect(outcome.callback.type).toBe(4);
    expect(outcome.answer.flags).toBe(64);
    expect(outcome.answer.embeds).toEqual([
      {
        description: 'Nobody by that name is quoted in these stories. `/speakers` lists who is.',
        color: ANSWER_COLOR,
      },
    ]);
  });

  it('a command Discord knows but the bot does not is answered, not ignored', async () => {
    const outcome = await e2e.discord.sendSlashCommand({
      name: 'weather',
      unregistered: true,
      user: someone('stale'),
    });
    expect(outcome.callback.type).toBe(4);
    expect(outcome.answer.flags).toBe(64);
    expect(outcome.answer.embeds).toEqual([
      { description: 'I do not know that command. Try `/help`.', color: ERROR_COLOR },
    ]);
  });

  it('answers a user who asks too fast with an ephemeral wait notice', async () => {
    const hasty = someone('hasty');
    const records = Array.from({ length: 6 }, () =>
      e2e.discord.dispatchSlashCommand({ name: 'about', user: hasty }),
    );
    const outcomes = await Promise.all(records.map((record) => e2e.discord.answerOf(record)));
    const refused = outcomes.filter((outcome) => outcome.answer.flags === 64);
    expect(refused.length).toBeGreaterThanOrEqual(1);
    expect(((refused[0]!.answer.embeds ?? []) as APIEmbed[])[0]!.description).toMatch(
      /^You're asking faster than I can keep up\. Please wait \d+ seconds? and try again\.$/,
    );
    expect(outcomes.filter((outcome) => outcome.answer.flags === undefined).length).toBeGreaterThanOrEqual(1);
  });
});
