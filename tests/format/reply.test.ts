import { ButtonStyle, ComponentType, MessageFlags } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { toPayload, withoutFlags } from '../../src/discord/embeds.ts';
import { PageStore, parseButtonId } from '../../src/discord/paging.ts';
import {
  askReply,
  errorReply,
  quotesReply,
  reloadReply,
  speakersReply,
  storiesReply,
  storyReply,
} from '../../src/format/cards.ts';
import { LIMITS } from '../../src/format/limits.ts';
import { cardLength, type Reply } from '../../src/format/reply.ts';
import { renderPageText } from '../../src/format/text.ts';

const ping = '@everyone @here <@123456789012345678> <@&223456789012345678>';

function storiesResult(n: number) {
  return {
    query: { from: '2014-09-01', to: '2014-09-30', place: 'Paris', topic: ping },
    total: n + 5,
    results: Array.from({ length: n }, (_, i) => ({
      id: `story_${i}`,
      file: `story_${i}.txt`,
      date: '2014-09-15',
      headline: `Headline ${i} ${ping} ${'word '.repeat(60)}`,
      place: 'Paris',
      country: 'France',
      score: 1,
    })),
  };
}

function everyPayloadLimit(reply: Reply) {
  reply.pages.forEach((_, page) => {
    const payload = toPayload(reply, { page, pageToken: 'tok', moreToken: 'more' });
    expect(payload.allowedMentions.parse).toEqual([]);
    expect(payload.embeds.length).toBeLessThanOrEqual(LIMITS.embedsPerMessage);
    let total = 0;
    for (const embed of payload.embeds) {
      expect((embed.title ?? '').length).toBeLessThanOrEqual(LIMITS.title);
      expect((embed.description ?? '').length).toBeLessThanOrEqual(LIMITS.description);
      expect((embed.fields ?? []).length).toBeLessThanOrEqual(LIMITS.fields);
      for (const field of embed.fields ?? []) {
        expect(field.name.length).toBeLessThanOrEqual(LIMITS.fieldName);
        expect(field.value.length).toBeLessThanOrEqual(LIMITS.fieldValue);
      }
      total += cardLength({
        title: embed.title,
        description: embed.description,
        footer: embed.footer?.text,
        fields: embed.fields,
      });
    }
    expect(total).toBeLessThanOrEqual(LIMITS.embedTotal);
    for (const row of payload.components)
      for (const button of row.components)
        if ('custom_id' in button) expect(button.custom_id.length).toBeLessThanOrEqual(LIMITS.customId);
  });
}

describe('toPayload', () => {
  it('never allows mentions, whatever the text', () => {
    const reply = storiesReply(storiesResult(3));
    const payload = toPayload(reply);
    expect(payload.allowedMentions).toEqual({ parse: [], repliedUser: false });
    expect(toPayload(reply, { repliedUser: true }).allowedMentions).toEqual({ parse: [], repliedUser: true });
    expect(toPayload(errorReply(ping)).allowedMentions.parse).toEqual([]);
  });

  it('marks ephemeral replies, and drops the flag where it does not apply', () => {
    const payload = toPayload(errorReply('nope'));
    expect(payload.flags).toBe(MessageFlags.Ephemeral);
    expect(toPayload(errorReply('nope'), { allowEphemeral: false }).flags).toBeUndefined();
    expect('flags' in withoutFlags(payload)).toBe(false);
    expect(toPayload(storiesReply(storiesResult(2))).flags).toBeUndefined();
  });

  it('adds previous/next buttons with page ids, disabled at the ends', () => {
    const reply = storiesReply(storiesResult(35));
    expect(reply.pages.length).toBe(4);
    const first = toPayload(reply, { page: 0, pageToken: 'abc' });
    const buttons = first.components[0]!.components;
    expect(buttons.map((b) => ('custom_id' in b ? b.custom_id : ''))).toEqual(['page:abc:0', 'page:abc:1']);
    expect(buttons.map((b) => b.disabled)).toEqual([true, false]);
    expect(buttons.every((b) => b.type === ComponentType.Button)).toBe(true);
    const last = toPayload(reply, { page: 3, pageToken: 'abc' });
    const lastButtons = last.components[0]!.components;
    expect(lastButtons.map((b) => ('custom_id' in b ? b.custom_id : ''))).toEqual([
      'page:abc:2',
      'page:abc:3',
    ]);
    expect(lastButtons.map((b) => b.disabled)).toEqual([false, true]);
    expect(last.embeds[0]!.footer?.text).toMatch(/Page 4 of 4$/);
    // No token: no buttons (nothing stored to page through).
    expect(toPayload(reply).components).toEqual([]);
    everyPayloadLimit(reply);
  });

  it('offers the further reply behind a primary button', () => {
    const reply = storyReply({
      id: 's1',
      file: 's1.txt',
      date: '2014-09-15',
      dateline: { text: 'PARIS, Sept 15', place: 'Paris', country: 'France' },
      headline: 'U.S. rules out military coordination with Iran',
      summary: 'The United States ruled out military coordination with Iran.',
      places: [],
      people: [{ name: 'Jen Psaki', aliases: ['Psaki'], role: null }],
      quotes: [
        {
          kind: 'direct',
          text: '"We are not and will not coordinate militarily,"',
          span: [0, 10],
          speaker: 'Jen Psaki',
          speakerMention: 'she',
          speakerMentionSpan: null,
          cue: 'said',
        },
      ],
      paragraphs: Array.from({ length: 40 }, (_, i) => `Paragraph ${i}. ${'text '.repeat(40)}`),
    });
    const payload = toPayload(reply, { moreToken: 'xyz' });
    const button = payload.components[0]!.components[0]!;
    expect(button).toMatchObject({
      custom_id: 'more:xyz',
      label: 'Read full text',
      style: ButtonStyle.Primary,
    });
    const card = payload.embeds[0]!;
    expect(card.title).toBe('U.S. rules out military coordination with Iran');
    expect(card.footer?.text).toBe('2014-09-15 · Paris, France · s1');
    expect(card.fields?.[0]).toMatchObject({ name: 'People quoted', value: 'Jen Psaki (1)' });
    expect(card.fields?.[1]?.value).toContain('coordinate militarily');
    expect(reply.more!.reply.pages.length).toBeGreaterThan(1);
    everyPayloadLimit(reply.more!.reply);
  });

  it('keeps huge answers within every limit', () => {
    const huge = 'very long answer text '.repeat(1000);
    const reply = askReply(
      {
        intent: 'fact',
        answer: huge,
        citations: Array.from({ length: 30 }, (_, i) => ({
          id: `s${i}`,
          file: `s${i}.txt`,
          date: '1987-03-01',
          headline: `Headline ${i} ${'x '.repeat(200)}`,
          text: huge,
        })),
      },
      () => 'Paris',
    );
    everyPayloadLimit(reply);
    const many = quotesReply({
      speaker: { name: 'Jen Psaki', aliases: ['Psaki'] },
      candidates: [],
      total: 80,
      results: Array.from({ length: 80 }, (_, i) => ({
        id: `s${i}`,
        file: `s${i}.txt`,
        date: '2014-09-15',
        headline: `H${i}`,
        kind: 'direct' as const,
        text: huge,
        span: [0, 1] as [number, number],
        speaker: 'Jen Psaki',
      })),
    });
    expect(many.pages.length).toBe(16);
    everyPayloadLimit(many);
    const speakers = speakersReply({
      speakers: Array.from({ length: 300 }, (_, i) => ({
        name: `Person ${i}`,
        aliases: [],
        quotes: i,
        stories: 1,
      })),
    });
    expect(speakers.pages).toHaveLength(10);
    expect(speakers.pages[0]!.cards[0]!.footer).toBe(
      '300 speakers, the 150 most quoted shown · Page 1 of 10',
    );
    everyPayloadLimit(speakers);
    everyPayloadLimit(
      reloadReply({
        added: Array.from({ length: 5000 }, (_, i) => `file${i}.txt`),
        changed: [],
        removed: [],
        failed: Array.from({ length: 500 }, (_, i) => ({ file: `bad${i}.txt`, reason: huge })),
        error: null,
        stories: 5000,
        durationMs: 10,
      }),
    );
  });

  it('cites story, date and place', () => {
    const reply = askReply(
      {
        intent: 'quotes',
        answer: 'Jen Psaki said the US would not coordinate militarily with Iran.',
        citations: [
          {
            id: 's1',
            file: 's1.txt',
            date: '2014-09-15',
            headline: 'US rules out Iran coordination',
            text: 'q',
          },
        ],
      },
      (id) => (id === 's1' ? 'Paris' : null),
    );
    const field = toPayload(reply).embeds[0]!.fields![0]!;
    expect(field.name).toBe('US rules out Iran coordination (2014-09-15 · Paris)');
  });

  it('counts cited text the answer already shows instead of repeating it, one field per story', () => {
    const ref = (id: string, headline: string) => ({ id, file: `${id}.txt`, date: '2014-09-15', headline });
    const long = `I rejected US offer to #Iran abt #ISIS because ${'US has corrupted its hands in this issue, '.repeat(8)}and that will not change`;
    const lead = `Washington ruled out coordination with Tehran on Monday, ${'officials said in a statement, '.repeat(4)}and gave no date`;
    const reply = askReply(
      {
        intent: 'quotes',
        answer: [
          `Ali Khamenei: 3 quotes about US, according to "${lead.slice(0, 80)}…":`,
          // The answer clips a long quote at a word: a long start of it shows it.
          `• "${long.slice(0, 290)}…"`,
          '• "U.S. offer to Iran"',
          '• said that the talks were hollow',
        ].join('\n'),
        citations: [
          { ...ref('s1', 'US rules out Iran coordination'), text: 'U.S. offer to Iran' },
          { ...ref('s1', 'US rules out Iran coordination'), text: long },
          { ...ref('s2', 'Iran rejects offer'), text: 'The talks were hollow' },
          { ...ref('s2', 'Iran rejects offer'), text: 'Washington cannot be trusted' },
          // Only a headline-length start of this sentence is in the answer: it is shown in full.
          { ...ref('s3', 'Coordination ruled out'), text: lead },
        ],
      },
      (id) => ({ s1: 'Paris', s2: 'Tehran' })[id] ?? null,
    );
    const card = toPayload(reply).embeds[0]!;
    expect(card.fields).toEqual([
      { name: 'US rules out Iran coordination (2014-09-15 · Paris)', value: '2 quotes above' },
      {
        name: 'Iran rejects offer (2014-09-15 · Tehran)',
        value: 'Washington cannot be trusted\n1 quote above',
      },
      { name: 'Coordination ruled out (2014-09-15)', value: lead },
    ]);
    expect(card.footer?.text).toBe('Sources: 3');
  });
  it('gives a listed story its id, the one thing the list lacks, without naming it again', () => {
    const reply = askReply({
      intent: 'stories',
      answer: '1 story from Tokyo on March 3, 1987:\n• March 3, 1987 — Japan plans a chip pact (Tokyo)',
      citations: [
        {
          id: 'r42',
          file: 'r42.txt',
          date: '1987-03-03',
          headline: 'Japan plans a chip pact',
          text: 'Japan plans a chip pact.',
        },
      ],
    });
    expect(toPayload(reply).embeds[0]!.fields).toEqual([{ name: '1987-03-03', value: '`r42`' }]);
  });
});

describe('PageStore and button ids', () => {
  it('round-trips button ids', () => {
    expect(parseButtonId('page:Ab_-9:12')).toEqual({ kind: 'page', token: 'Ab_-9', page: 12 });
    expect(parseButtonId('more:Ab_-9')).toEqual({ kind: 'more', token: 'Ab_-9' });
    expect(parseButtonId('page:x')).toBeNull();
    expect(parseButtonId('other')).toBeNull();
  });

  it('expires entries after the TTL and stays bounded', () => {
    let now = 0;
    const store = new PageStore({ ttlMs: 1000, maxEntries: 3, now: () => now });
    const reply = errorReply('x');
    const token = store.put('u1', reply);
    expect(token).toMatch(/^[\w-]{10}$/);
    expect(store.get(token)?.ownerId).toBe('u1');
    now = 999;
    expect(store.get(token)).toBeDefined();
    now = 1000;
    expect(store.get(token)).toBeUndefined();
    const tokens = Array.from({ length: 5 }, () => store.put('u', reply));
    expect(store.size).toBe(3);
    expect(store.get(tokens[0]!)).toBeUndefined();
    expect(store.get(tokens[4]!)).toBeDefined();
  });
});

describe('renderPageText', () => {
  it('renders cards as text with navigation hints', () => {
    const reply = storiesReply(storiesResult(25));
    const text = renderPageText(reply.pages[1]!, { previous: true, next: true });
    expect(text).toContain('== Stories from 2014-09-01 to 2014-09-30 in Paris');
    expect(text).toContain('- 11. Headline 10');
    expect(text).toContain('/prev for the previous page, /next for the next page');
  });
});
