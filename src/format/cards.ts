/**
 * The library's answers as neutral replies: one function per kind of answer. Citations always name the
 * story, its date and its place, so a reader can tell where a claim comes from.
 */
import type { Story } from '../engine/types.ts';
import type {
  AskResult,
  QuotesResult,
  ReloadReport,
  SpeakersResult,
  StoriesResult,
  SummaryResult,
} from '../library/results.ts';
import { type CardField, COLORS, pageFields, pageText, type Reply, single } from './reply.ts';
import { squash, truncateWords } from './truncate.ts';

/** `2014-09-15 · Paris, France`: the parts that are known. */
function dateAndPlace(date: string | null, place?: string | null, country?: string | null): string {
  const where = [place, country && country !== place ? country : null].filter(Boolean).join(', ');
  return [date ?? 'undated', where].filter(Boolean).join(' · ');
}

/** A citation: the headline, then date and place. */
function citation(ref: { headline: string; date: string | null }, place?: string | null): string {
  return `${truncateWords(squash(ref.headline) || '(untitled)', 120)} (${dateAndPlace(ref.date, place)})`;
}

export function errorReply(message: string): Reply {
  return single({ cards: [{ description: message, color: COLORS.error }] }, { ephemeral: true });
}

export function noticeReply(message: string, options: { ephemeral?: boolean } = {}): Reply {
  return single({ cards: [{ description: message, color: COLORS.answer }] }, options);
}

function describeStoriesQuery(query: StoriesResult['query']): string {
  const parts: string[] = [];
  if (query.from && query.to && query.from === query.to) parts.push(`on ${query.from}`);
  else {
    if (query.from) parts.push(`from ${query.from}`);
    if (query.to) parts.push(`to ${query.to}`);
  }
  if (query.place) parts.push(`in ${query.place}`);
  if (query.topic) parts.push(`about “${query.topic}”`);
  return parts.join(' ');
}

export function storiesReply(result: StoriesResult): Reply {
  const understood = describeStoriesQuery(result.query);
  const title = `Stories${understood ? ` ${understood}` : ''}`;
  if (result.results.length === 0)
    return noticeReply(
      `No stories found${understood ? ` ${understood}` : ''}. Try a wider date range or fewer words.`,
    );
  const fields: CardField[] = result.results.map((story, index) => ({
    name: `${index + 1}. ${squash(story.headline) || '(untitled)'}`,
    value: `${dateAndPlace(story.date, story.place, story.country)} · \`${story.id}\`${story.match === 'some' ? ' · some of the words' : ''}`,
  }));
  const shown = result.results.length;
  const footer = shown < result.total ? `${result.total} found, ${shown} shown` : `${result.total} found`;
  // Topic words rank rather than filter: say when the list holds only some of them, or none.
  const first = result.results[0]?.match;
  const topic = result.query.topic ? `“${result.query.topic}”` : '';
  const description =
    first === 'none'
      ? `No story here mentions ${topic}; these are all the stories for the date and place.`
      : first === 'some'
        ? `No story holds every word of ${topic}; these hold some of them.`
        : undefined;
  return {
    pages: pageFields({ title, color: COLORS.answer, ...(description ? { description } : {}) }, fields, {
      perPage: 10,
      footer,
    }),
  };
}

/** Finds a cited story's place (results other than /stories carry none). */
export type PlaceOf = (id: string) => string | null;

const noPlace: PlaceOf = () => null;

export function quotesReply(result: QuotesResult, placeOf: PlaceOf = noPlace): Reply {
  if (!result.speaker && result.results.length > 0) {
    // A name several people share: each one's quotes, grouped by person.
    const fields: CardField[] = result.results.map((quote) => ({
      name: `${quote.speaker} — ${citation(quote, placeOf(quote.id))}`,
      value: `${quote.kind === 'indirect' ? '(reported) ' : ''}${squash(quote.text)}`,
    }));
    const people = [...new Set(result.results.map((quote) => quote.speaker))];
    return {
      pages: pageFields(
        {
          title: `Quotes from ${people.join(', ')}`,
          description: `Several people match; the latest quotes of each. For one of them, give the full name: ${result.candidates.map((name) => `**${name}**`).join(', ')}`,
          color: COLORS.answer,
        },
        fields,
        { perPage: 5, footer: `${result.total} quotes in all` },
      ),
    };
  }
  if (!result.speaker) {
    if (result.candidates.length > 0)
      return noticeReply(
        `Several people match; which one did you mean? ${result.candidates.map((name) => `**${name}**`).join(', ')}`,
        { ephemeral: true },
      );
    return noticeReply('Nobody by that name is quoted in these stories. `/speakers` lists who is.', {
      ephemeral: true,
    });
  }
  const name = result.speaker.name;
  if (result.results.length === 0) return noticeReply(`No quotes from ${name} match.`);
  const fields: CardField[] = result.results.map((quote) => ({
    name: citation(quote, placeOf(quote.id)),
    value: `${quote.kind === 'indirect' ? '(reported) ' : ''}${squash(quote.text)}`,
  }));
  const shown = result.results.length;
  const footer = shown < result.total ? `${result.total} quotes, ${shown} shown` : `${result.total} quotes`;
  const aliases = result.speaker.aliases.filter((alias) => alias !== name);
  const description = aliases.length > 0 ? `Also named: ${aliases.join(', ')}` : undefined;
  return {
    pages: pageFields(
      {
        title: `Quotes from ${name}${result.speaker.kind ? ` (${result.speaker.kind})` : ''}`,
        ...(description ? { description } : {}),
        color: COLORS.answer,
      },
      fields,
      { perPage: 5, footer },
    ),
  };
}

export function summaryReply(result: SummaryResult): Reply {
  if (!result.story) {
    if (result.alternatives.length > 0) {
      const list = result.alternatives.map((alt) => `• ${squash(alt.headline)} (\`${alt.id}\`)`).join('\n');
      return noticeReply(`Which story did you mean?\n${list}`, { ephemeral: true });
    }
    return noticeReply('No story matches. Try a few words of its headline, or `/stories`.', {
      ephemeral: true,
    });
  }
  const story = result.story;
  const fields: CardField[] =
    result.alternatives.length > 0
      ? [
          {
            name: 'Did you mean',
            value: result.alternatives.map((alt) => `• ${squash(alt.headline)} (\`${alt.id}\`)`).join('\n'),
          },
        ]
      : [];
  return single({
    cards: [
      {
        title: squash(story.headline) || '(untitled)',
        description: result.summary || '(no summary)',
        ...(fields.length > 0 ? { fields } : {}),
        footer: `${dateAndPlace(story.date, story.place)} · ${story.id}`,
        color: COLORS.answer,
      },
    ],
  });
}

/** The full card of one story, with its text behind a "Read full text" button. */
export function storyReply(
  story: Story,
  { topQuotes = 3, files = [] }: { topQuotes?: number; files?: string[] } = {},
): Reply {
  // Where the story was filed: its dateline, never the first place its text happens to name.
  const place = story.dateline?.place ?? null;
  const country = story.dateline?.country ?? null;
  const headline = squash(story.headline) || '(untitled)';
  const quoted = new Map<string, number>();
  for (const quote of story.quotes)
    if (quote.speaker) quoted.set(quote.speaker, (quoted.get(quote.speaker) ?? 0) + 1);
  const people = [...quoted.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([name, count]) => `${name} (${count})`)
    .join(', ');
  // Direct words first: they are what a reader comes for.
  const rank = { direct: 0, partial: 1, indirect: 2 } as const;
  const quotes = [...story.quotes]
    .filter((quote) => quote.speaker)
    .sort((a, b) => rank[a.kind] - rank[b.kind] || a.span[0] - b.span[0])
    .slice(0, topQuotes);
  const fields: CardField[] = [];
  if (people) fields.push({ name: 'People quoted', value: people });
  for (const quote of quotes)
    fields.push({ name: quote.speaker ?? 'Unattributed', value: squash(quote.text) });
  // The same text filed more than once is one story: every file holding it is listed.
  if (files.length > 1) fields.push({ name: 'Files', value: files.map((file) => `\`${file}\``).join('\n') });
  const footer = `${dateAndPlace(story.date, place, country)} · ${story.id}`;
  const reply = single({
    cards: [
      {
        title: headline,
        description: story.summary || '(no summary)',
        ...(fields.length > 0 ? { fields } : {}),
        footer,
        color: COLORS.answer,
      },
    ],
  });
  const paragraphs = story.paragraphs && story.paragraphs.length > 0 ? story.paragraphs : [story.summary];
  reply.more = {
    label: 'Read full text',
    reply: { pages: pageText({ title: headline, footer: story.id, color: COLORS.answer }, paragraphs) },
  };
  return reply;
}

/** At most this many speakers are listed (most quoted first): a large set has thousands. */
const SPEAKERS_SHOWN = 150;

export function speakersReply(result: SpeakersResult, story?: { id: string; headline: string }): Reply {
  const title = story ? `Quoted in “${squash(story.headline)}”` : 'Who is quoted';
  if (result.speakers.length === 0)
    return noticeReply(story ? 'Nobody is quoted in that story.' : 'Nobody is quoted yet.');
  const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  const total = result.speakers.length;
  const fields: CardField[] = result.speakers.slice(0, SPEAKERS_SHOWN).map((speaker) => {
    const aliases = speaker.aliases.filter((alias) => alias !== speaker.name);
    return {
      name: speaker.kind ? `${speaker.name} (${speaker.kind})` : speaker.name,
      value:
        `${plural(speaker.quotes, 'quote', 'quotes')} in ${plural(speaker.stories, 'story', 'stories')}` +
        (aliases.length > 0 ? ` · also ${aliases.join(', ')}` : ''),
    };
  });
  return {
    pages: pageFields({ title, color: COLORS.answer }, fields, {
      perPage: 15,
      footer:
        total > SPEAKERS_SHOWN
          ? `${total} speakers, the ${SPEAKERS_SHOWN} most quoted shown`
          : `${total} speakers`,
    }),
  };
}

/** Lower-case words only, so a quote clipped or recased in the answer still matches its citation. */
const wordsOf = (text: string) =>
  text
    .toLowerCase()
    .replace(/[\u2018\u2019\u201c\u201d"']/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * Characters of a citation's words the answer must hold when it clipped the text: answers clip quotes and
 * sentences at 260 characters or more, while a headline naming a story is clipped far shorter and does
 * not count as showing the sentence it begins.
 */
const SHOWN_PREFIX = 200;

/** Whether the answer already holds the cited text: all of it, or a long start of it the answer clipped. */
function shownIn(answerWords: string, text: string): boolean {
  const words = wordsOf(text);
  if (!words) return false;
  if (answerWords.includes(` ${words} `)) return true;
  if (words.length <= SHOWN_PREFIX) return false;
  const cut = words.indexOf(' ', SHOWN_PREFIX);
  return answerWords.includes(` ${cut === -1 ? words : words.slice(0, cut)} `);
}

/** Whether the answer names a story by its headline (its first words, as answers clip headlines). */
function namedIn(answerWords: string, headline: string): boolean {
  const words = wordsOf(headline).split(' ').slice(0, 6).join(' ');
  return words.length >= 15 && answerWords.includes(` ${words}`);
}

/** What the answer took from a story, by kind of answer: "3 quotes above"; a listed story, its id. */
function shownItems(intent: AskResult['intent'], count: number, id: string): string {
  if (intent === 'summary') return 'summarised above';
  // A story list already gives headline, date and place: its sources add the id /story and /summary take.
  if (intent === 'stories') return `\`${id}\``;
  const noun = intent === 'quotes' ? 'quote' : 'passage';
  return `${count} ${noun}${count === 1 ? '' : 's'} above`;
}

/**
 * An answer to a free question with its sources, one field per story (headline, date · place). Text the
 * answer already shows is counted, not repeated; `placeOf` finds a cited story's place.
 */
export function askReply(result: AskResult, placeOf: PlaceOf = noPlace): Reply {
  const answer = result.answer.trim() || 'I could not find an answer in these stories.';
  const answerWords = ` ${wordsOf(answer)} `;
  const stories = new Map<string, { cite: AskResult['citations'][number]; shown: number; texts: string[] }>();
  for (const cite of result.citations) {
    const story = stories.get(cite.id) ?? { cite, shown: 0, texts: [] };
    stories.set(cite.id, story);
    // A listed story's lead is what the list line shows of it.
    const listed = result.intent === 'stories' && namedIn(answerWords, cite.headline);
    if (listed || shownIn(answerWords, cite.text)) story.shown++;
    else story.texts.push(squash(cite.text) || cite.id);
  }
  // A story the answer already names (a listed story, the story quoted or summarised) is not named
  // again: its source says only where and when, and its id.
  const fields: CardField[] = [...stories.values()].slice(0, 10).map(({ cite, shown, texts }) => {
    const named = namedIn(answerWords, cite.headline);
    const items = [...texts, ...(shown > 0 ? [shownItems(result.intent, shown, cite.id)] : [])];
    return named
      ? {
          name: dateAndPlace(cite.date, placeOf(cite.id)),
          value: items
            .map((item) => (item === `\`${cite.id}\`` ? item : `${item} · \`${cite.id}\``))
            .join('\n'),
        }
      : { name: citation(cite, placeOf(cite.id)), value: items.join('\n') };
  });
  return single({
    cards: [
      {
        description: answer,
        ...(fields.length > 0 ? { fields } : {}),
        ...(result.intent === 'unknown'
          ? { footer: 'Try /help for what I can answer.' }
          : { footer: fields.length > 0 ? `Sources: ${fields.length}` : 'No sources' }),
        color: COLORS.answer,
      },
    ],
  });
}

export interface AboutInfo {
  stories: number;
  from: string | null;
  to: string | null;
  lastReload: Date | null;
  version: string;
  speakers?: number;
}

export function aboutReply(info: AboutInfo): Reply {
  const fields: CardField[] = [
    { name: 'Stories', value: String(info.stories), inline: true },
    {
      name: 'Dates',
      value: info.from && info.to ? `${info.from} to ${info.to}` : 'none dated',
      inline: true,
    },
  ];
  if (info.speakers !== undefined)
    fields.push({ name: 'Speakers', value: String(info.speakers), inline: true });
  fields.push({
    name: 'Last reload',
    value: info.lastReload ? info.lastReload.toISOString().replace(/\.\d+Z$/, 'Z') : 'never',
    inline: true,
  });
  return single({
    cards: [{ title: 'About newsbot', fields, footer: `newsbot ${info.version}`, color: COLORS.answer }],
  });
}

export interface HelpEntry {
  usage: string;
  description: string;
}

export function helpReply(entries: HelpEntry[], extra?: string): Reply {
  const fields = entries.map((entry) => ({ name: entry.usage, value: entry.description }));
  return single({
    cards: [
      {
        title: 'newsbot help',
        description:
          'I answer questions about a folder of news stories. Use a command, or mention me with a question such as “who said serious threat?”.' +
          (extra ? `\n${extra}` : ''),
        fields,
        color: COLORS.answer,
      },
    ],
  });
}

function listOrNone(items: string[], max = 20): string {
  if (items.length === 0) return 'none';
  const shown = items.slice(0, max).join(', ');
  return items.length > max ? `${shown} and ${items.length - max} more` : shown;
}

export function reloadReply(report: ReloadReport): Reply {
  if (report.error)
    return single(
      {
        cards: [
          {
            title: 'Reload failed',
            description: `${report.error}\nThe previous ${report.stories} stories are still served.`,
            color: COLORS.error,
          },
        ],
      },
      { ephemeral: true },
    );
  const failed = report.failed.map((issue) => `${issue.file}: ${issue.reason}`);
  const fields: CardField[] = [
    { name: `Added (${report.added.length})`, value: listOrNone(report.added) },
    { name: `Changed (${report.changed.length})`, value: listOrNone(report.changed) },
    { name: `Removed (${report.removed.length})`, value: listOrNone(report.removed) },
    {
      name: `Failed (${report.failed.length})`,
      value: failed.length > 0 ? failed.slice(0, 10).join('\n') : 'none',
    },
  ];
  return single(
    {
      cards: [
        {
          title: 'Stories reloaded',
          description: `${report.stories} stories in ${Math.round(report.durationMs)} ms.`,
          fields,
          color: COLORS.admin,
        },
      ],
    },
    { ephemeral: true },
  );
}
