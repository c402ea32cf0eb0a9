import { metaFields, stringField } from './frontMatter.ts';
import { headlineOf } from './headline.ts';
import { parseLayout, type StoryLayout } from './layout.ts';
import { offsetMap } from './offsets.ts';
import { extractPlaces, resolveDateline } from './places.ts';
import { attributeQuotes } from './quotes.ts';
import { summarize } from './summary.ts';
import type { Dateline, Person, PlaceRef, Quote, Story } from './types.ts';

export type ParseOutcome = { ok: true; story: Story; warnings: string[] } | { ok: false; error: string };

/** Front-matter fields that become Story fields; the others go to `Story.meta`. */
const MAPPED_FIELDS = ['title', 'date', 'place'] as const;

/** The story id: the file's name without folders and extension. */
export function storyIdOf(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  return base.replace(/\.(txt|md)$/i, '');
}

/**
 * Runs one step of the parse; if it throws, records a warning and returns the fallback, so one
 * failing step degrades one field instead of losing the story.
 */
function attempt<T>(step: string, warnings: string[], fallback: T, run: () => T): T {
  try {
    return run();
  } catch (error) {
    warnings.push(`${step} failed (${error instanceof Error ? error.message : String(error)})`);
    return fallback;
  }
}

/**
 * The story's dateline: the layout's dateline resolved to a place, with a front-matter `place`
 * setting or overriding the place (the dateline text stays as written).
 */
function datelineOf(layout: StoryLayout, warnings: string[]): Dateline | null {
  const frontPlace = stringField(layout.frontMatter, 'place');
  const written = layout.dateline;
  if (!frontPlace) {
    return written
      ? attempt('dateline', warnings, { text: written.text, place: null, country: null }, () =>
          resolveDateline(written),
        )
      : null;
  }
  const text = written?.text ?? frontPlace;
  const span = written?.span ?? layout.bodySpan;
  const resolved = attempt('front-matter place', warnings, null as Dateline | null, () =>
    resolveDateline({ text, span, placeText: frontPlace }),
  );
  return { text, place: resolved?.place ?? frontPlace, country: resolved?.country ?? null };
}

/** The first sentences, up to 600 characters: the summary when the summariser fails. */
function leadSummary(layout: StoryLayout): string {
  let summary = '';
  for (const sentence of layout.sentences.slice(0, 3)) {
    const next = summary ? `${summary} ${sentence.text}` : sentence.text;
    if (next.length > 600) break;
    summary = next;
  }
  return summary;
}

/** Turns the raw text of one story file into a structured story. Never throws. */
export function parseStory(raw: string, file: string): ParseOutcome {
  try {
    if (typeof raw !== 'string') return { ok: false, error: 'story text is not a string' };
    const layout = parseLayout(raw);
    const warnings = [...layout.warnings];
    const dateline = datelineOf(layout, warnings);
    const { quotes, people } = attempt(
      'quote attribution',
      warnings,
      { quotes: [] as Quote[], people: [] as Person[] },
      () => attributeQuotes(raw, layout),
    );
    const places = attempt('place extraction', warnings, [] as PlaceRef[], () =>
      extractPlaces(raw, layout, dateline),
    );
    const headline = headlineOf(layout);
    const summary = attempt('summary', warnings, leadSummary(layout), () => summarize(layout));
    const meta = metaFields(layout.frontMatter, MAPPED_FIELDS);
    const story: Story = {
      id: storyIdOf(file),
      file,
      date: layout.date,
      dateline,
      headline,
      summary,
      places,
      people,
      quotes,
      paragraphs: layout.paragraphs.map((paragraph) => paragraph.text),
      paragraphOffsets: layout.paragraphs.map((paragraph) =>
        offsetMap(raw, paragraph.span[0], paragraph.span[1], paragraph.text),
      ),
      ...(Object.keys(meta).length > 0 ? { meta } : {}),
    };
    return { ok: true, story, warnings };
  } catch (error) {
    return { ok: false, error: `parser error: ${error instanceof Error ? error.message : String(error)}` };
  }
}
