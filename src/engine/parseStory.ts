import { metaFields, stringField } from './frontMatter.ts';
import { headlineOf } from './headline.ts';
import { parseLayout, plainLayout, type StoryLayout } from './layout.ts';
import { offsetMap } from './offsets.ts';
import { extractPlaces, resolveDateline } from './places.ts';
import { attributeQuotes } from './quotes.ts';
import { summarize } from './summary.ts';
import type { Dateline, Person, PlaceRef, Quote, Story } from './types.ts';

export type ParseOutcome = { ok: true; story: Story; warnings: string[] } | { ok: false; error: string };

/** Front-matter fields that become Story fields; the others go to `Story.meta`. */
const MAPPED_FIELDS = ['title', 'date', 'place'] as const;

const STORY_EXTENSION = /\.(?:txt|md)$/i;

/** The story id: the file's name without folders and extension. */
export function storyIdOf(file: string): string {
  // Sliced rather than split and replaced: a listing of 100,000 files takes every file's id.
  const base = file.slice(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
  return STORY_EXTENSION.test(base) ? base.slice(0, base.lastIndexOf('.')) : base;
}

/** The steps of a parse, in order (indexes name them to a watchdog in another thread). */
export const PARSE_STEPS = [
  'layout',
  'dateline',
  'quote attribution',
  'place extraction',
  'headline',
  'summary',
] as const;
export type ParseStep = (typeof PARSE_STEPS)[number];

/** How long one story may take to parse: steps that would start later are left out. */
export const STORY_BUDGET_MS = 2_000;

export interface ParseOptions {
  /**
   * The step an earlier try was stopped in for running out of time: the steps before it run again (they
   * finished then), it and the later ones are left out, so the story loads with what finished.
   */
  stoppedIn?: ParseStep;
  /**
   * Steps that would start after this many ms are left out with a warning. None by default: the parse
   * workers set it (they warm the engine up first; a process's first parse also pays its set-up).
   */
  budgetMs?: number;
  /** Called as each step starts, so a watchdog elsewhere can name the step that runs too long. */
  onStep?: (step: number) => void;
  now?: () => number;
}

/**
 * Runs the steps of one parse. A step that throws, is skipped, or would start after the budget is
 * spent gives its fallback and a warning, so a failing or slow step degrades one field instead of losing
 * the story.
 */
function stepRunner(options: ParseOptions, warnings: string[], started: number) {
  const now = options.now ?? (() => performance.now());
  const budget = options.budgetMs ?? Number.POSITIVE_INFINITY;
  const stoppedAt = options.stoppedIn ? PARSE_STEPS.indexOf(options.stoppedIn) : -1;
  return function attempt<T>(step: ParseStep, fallback: T, run: () => T): T {
    if (stoppedAt >= 0 && PARSE_STEPS.indexOf(step) >= stoppedAt) {
      warnings.push(
        PARSE_STEPS.indexOf(step) === stoppedAt
          ? `${step} left out: stopped after ${budget / 1000} s in this step`
          : `${step} left out: the story took over ${budget / 1000} s to parse`,
      );
      return fallback;
    }
    // A step before the one an earlier try was stopped in finished then: it is never left out for time
    // now, since a loaded machine would otherwise take from a second try what the first one had.
    if (PARSE_STEPS.indexOf(step) > stoppedAt && now() - started > budget) {
      warnings.push(`${step} left out: the story took over ${budget / 1000} s to parse`);
      return fallback;
    }
    options.onStep?.(PARSE_STEPS.indexOf(step));
    try {
      return run();
    } catch (error) {
      warnings.push(`${step} failed (${error instanceof Error ? error.message : String(error)})`);
      return fallback;
    }
  };
}
type Attempt = ReturnType<typeof stepRunner>;

/**
 * The story's dateline: the layout's dateline resolved to a place, with a front-matter `place`
 * setting or overriding the place (the dateline text stays as written).
 */
function datelineOf(layout: StoryLayout, attempt: Attempt): Dateline | null {
  const frontPlace = stringField(layout.frontMatter, 'place');
  const written = layout.dateline;
  if (!frontPlace) {
    return written
      ? attempt('dateline', { text: written.text, place: null, country: null }, () =>
          resolveDateline(written),
        )
      : null;
  }
  const text = written?.text ?? frontPlace;
  const span = written?.span ?? layout.bodySpan;
  const resolved = attempt('dateline', null as Dateline | null, () =>
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
export function parseStory(raw: string, file: string, options: ParseOptions = {}): ParseOutcome {
  try {
    if (typeof raw !== 'string') return { ok: false, error: 'story text is not a string' };
    const started = (options.now ?? (() => performance.now()))();
    options.onStep?.(0);
    const layout =
      options.stoppedIn === 'layout'
        ? plainLayout(raw, `layout left out: stopped after ${(options.budgetMs ?? 0) / 1000} s in this step`)
        : parseLayout(raw);
    const warnings = [...layout.warnings];
    const attempt = stepRunner(options, warnings, started);
    const dateline = datelineOf(layout, attempt);
    const { quotes, people } = attempt(
      'quote attribution',
      { quotes: [] as Quote[], people: [] as Person[] },
      () => attributeQuotes(raw, layout),
    );
    const places = attempt('place extraction', [] as PlaceRef[], () => extractPlaces(raw, layout, dateline));
    const headline = attempt('headline', layout.title ?? '', () => headlineOf(layout));
    const summary = attempt('summary', leadSummary(layout), () => summarize(layout));
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
