import { parseLayout } from './layout.ts';
import { extractPlaces, resolveDateline } from './places.ts';
import { attributeQuotes } from './quotes.ts';
import { summarize } from './summary.ts';
import type { Story } from './types.ts';

export type ParseOutcome = { ok: true; story: Story; warnings: string[] } | { ok: false; error: string };

/** The story id: the file's name without folders and extension. */
export function storyIdOf(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  return base.replace(/\.(txt|md)$/i, '');
}

/** Turns the raw text of one story file into a structured story. Never throws. */
export function parseStory(raw: string, file: string): ParseOutcome {
  try {
    const layout = parseLayout(raw);
    const dateline = layout.dateline ? resolveDateline(layout.dateline) : null;
    const { quotes, people } = attributeQuotes(raw, layout);
    const story: Story = {
      id: storyIdOf(file),
      file,
      date: layout.date,
      dateline,
      headline: layout.title ?? layout.sentences[0]?.text.slice(0, 100) ?? '',
      summary: summarize(layout),
      places: extractPlaces(raw, layout, dateline),
      people,
      quotes,
      paragraphs: layout.paragraphs.map((paragraph) => paragraph.text),
    };
    return { ok: true, story, warnings: layout.warnings };
  } catch (error) {
    return { ok: false, error: `parser error: ${error instanceof Error ? error.message : String(error)}` };
  }
}
