/**
 * `reuters-layout`: how well the layout parser reads story files. On Reuters-21578 it compares the
 * date, the dateline text and the dateline's place words with the collection's own labels; on
 * PolNeAR it compares the title line with the article titles in metadata.tsv; on the BBC articles
 * (a title, then one sentence per line) it checks titles and sentence boundaries.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseLayout } from '../../src/engine/layout.ts';
import type { EvalSection, Metric } from './section.ts';

interface ReutersMeta {
  file: string;
  date: string;
  dateline: string;
  dateline_place: string;
}

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

/** A title as compared: white space normalised, a trailing full stop (a matter of style) not counted. */
const normaliseTitle = (text: string) => normalise(text).replace(/\.(["'\u201d\u2019)]*)$/, '$1');

function reuters(shared: string, limit: number | undefined) {
  const dir = join(shared, 'corpora', 'reuters21578');
  const metaFile = join(dir, 'meta.jsonl');
  if (!existsSync(metaFile)) return null;
  const rows = readFileSync(metaFile, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as ReutersMeta)
    .slice(0, limit);
  let dateRight = 0;
  let datelineRight = 0;
  let placeRight = 0;
  let placeLabels = 0;
  let placeRightWhereLabelled = 0;
  let layoutMs = 0;
  const misses: Array<{ file: string; field: string; expected: string; got: string | null }> = [];
  for (const row of rows) {
    const raw = readFileSync(join(dir, 'stories', row.file), 'utf8');
    const started = performance.now();
    const layout = parseLayout(raw);
    layoutMs += performance.now() - started;
    const expectedDateline = normalise(row.dateline.replace(/\s*-+\s*$/, ''));
    const gotDateline = layout.dateline ? normalise(layout.dateline.text) : null;
    if (layout.date === row.date) dateRight++;
    else misses.push({ file: row.file, field: 'date', expected: row.date, got: layout.date });
    if (gotDateline === expectedDateline) datelineRight++;
    else misses.push({ file: row.file, field: 'dateline', expected: expectedDateline, got: gotDateline });
    const gotPlace = layout.dateline ? normalise(layout.dateline.placeText).toLowerCase() : null;
    // Where the collection could not split its own dateline, its place label is the whole dateline.
    const labelIsPlace = row.dateline_place !== row.dateline;
    if (labelIsPlace) placeLabels++;
    if (gotPlace === normalise(row.dateline_place).toLowerCase()) {
      placeRight++;
      if (labelIsPlace) placeRightWhereLabelled++;
    } else
      misses.push({
        file: row.file,
        field: 'place',
        expected: row.dateline_place,
        got: layout.dateline?.placeText ?? null,
      });
  }
  const n = Math.max(rows.length, 1);
  const metrics: Metric[] = [
    { name: 'reuters stories', value: rows.length, format: 'number' },
    { name: 'reuters date right', value: dateRight / n, format: 'percent', min: 1 },
    { name: 'reuters dateline text right', value: datelineRight / n, format: 'percent', min: 0.995 },
    { name: 'reuters dateline place words right', value: placeRight / n, format: 'percent' },
    {
      name: 'reuters dateline place words right (label is a place)',
      value: placeRightWhereLabelled / Math.max(placeLabels, 1),
      format: 'percent',
    },
    {
      name: 'reuters layout stories/s',
      value: Math.round(rows.length / Math.max(layoutMs / 1000, 1e-9)),
      format: 'number',
    },
  ];
  return { metrics, misses };
}

function polnear(shared: string, limit: number | undefined) {
  const dir = join(shared, 'corpora', 'polnear');
  const metadata = join(dir, 'metadata.tsv');
  if (!existsSync(metadata)) return null;
  const [header, ...lines] = readFileSync(metadata, 'utf8').split('\n');
  const columns = (header ?? '').split('\t');
  const nameColumn = columns.indexOf('filename');
  const titleColumn = columns.indexOf('title');
  const titles = new Map<string, string>();
  for (const line of lines) {
    const cells = line.split('\t');
    const name = cells[nameColumn];
    const title = cells[titleColumn];
    if (name && title !== undefined) titles.set(name, title);
  }
  let total = 0;
  let right = 0;
  const misses: Array<{ file: string; expected: string; got: string | null }> = [];
  for (const split of ['train', 'dev', 'test']) {
    const stories = join(dir, split, 'stories');
    if (!existsSync(stories)) continue;
    for (const file of readdirSync(stories).sort()) {
      if (!file.endsWith('.txt')) continue;
      if (limit !== undefined && total >= limit) break;
      const expected = titles.get(file.replace(/\.txt$/, ''));
      if (expected === undefined) continue;
      total++;
      const layout = parseLayout(readFileSync(join(stories, file), 'utf8'));
      if (layout.title !== null && normaliseTitle(layout.title) === normaliseTitle(expected)) right++;
      else misses.push({ file: `${split}/${file}`, expected, got: layout.title });
    }
  }
  const metrics: Metric[] = [
    { name: 'polnear stories', value: total, format: 'number' },
    { name: 'polnear title right', value: right / Math.max(total, 1), format: 'percent' },
  ];
  return { metrics, misses };
}

/**
 * BBC articles are a title line and then one sentence per line: the title must be found, and each
 * line must come out as exactly one of our sentences.
 */
function bbc(shared: string, limit: number | undefined) {
  const dir = join(shared, 'corpora', 'bbc-summary', 'article');
  if (!existsSync(dir)) return null;
  let total = 0;
  let titles = 0;
  let lines = 0;
  let sentencesRight = 0;
  const misses: Array<{ file: string; expected: string }> = [];
  for (const topic of readdirSync(dir).sort()) {
    for (const file of readdirSync(join(dir, topic)).sort()) {
      if (limit !== undefined && total >= limit) break;
      total++;
      const raw = readFileSync(join(dir, topic, file), 'utf8');
      const [first = '', ...rest] = raw.split('\n');
      const layout = parseLayout(raw);
      if (layout.title !== null && normaliseTitle(layout.title) === normaliseTitle(first)) titles++;
      const ours = new Set(layout.sentences.map((sentence) => sentence.text));
      for (const line of rest.map(normalise).filter(Boolean)) {
        lines++;
        if (ours.has(line)) sentencesRight++;
        else misses.push({ file: `${topic}/${file}`, expected: line });
      }
    }
  }
  const metrics: Metric[] = [
    { name: 'bbc title right', value: titles / Math.max(total, 1), format: 'percent' },
    { name: 'bbc sentence lines right', value: sentencesRight / Math.max(lines, 1), format: 'percent' },
  ];
  return { metrics, misses };
}

export const reutersLayout: EvalSection = {
  name: 'reuters-layout',
  async run({ shared, limit }) {
    const fromReuters = reuters(shared, limit);
    const fromPolnear = polnear(shared, limit);
    const fromBbc = bbc(shared, limit);
    if (!fromReuters && !fromPolnear && !fromBbc)
      return {
        skipped: `no corpora under ${shared}/corpora (reuters21578, polnear, bbc-summary)`,
        metrics: [],
      };
    return {
      metrics: [
        ...(fromReuters?.metrics ?? []),
        ...(fromPolnear?.metrics ?? []),
        ...(fromBbc?.metrics ?? []),
      ],
      details: {
        reutersMisses: fromReuters?.misses.slice(0, 60) ?? [],
        polnearMisses: fromPolnear?.misses.slice(0, 30) ?? [],
        bbcMisses: fromBbc?.misses.slice(0, 20) ?? [],
      },
    };
  },
};
