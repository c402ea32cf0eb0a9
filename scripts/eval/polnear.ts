/**
 * `polnear`: quote attribution against PolNeAR's hand annotations (train and dev). A gold direct quote is
 * an attribution whose Content lies mostly (> 50% of its characters) inside quotation marks. It is found
 * when our direct/partial quote spans cover at least half of its Content (a quote split by its cue is one
 * attribution in PolNeAR and two quotes here, so the covering spans add up); its speaker is right when
 * the speaker mention of the quote covering most of it overlaps the gold Source span.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseLayout } from '../../src/engine/layout.ts';
import { attributeQuotes } from '../../src/engine/quotes.ts';
import type { Quote, Span } from '../../src/engine/types.ts';
import type { EvalSection, Metric } from './section.ts';

/** `.ann` offsets count from after the `date YYYY-MM-DD\n` line of the story file. */
const OFFSET = 16;

interface GoldAttribution {
  content: Span[];
  source: Span[];
  text: string;
  direct: boolean;
}

function parseAnn(ann: string): GoldAttribution[] {
  const spans = new Map<string, { kind: string; spans: Span[]; text: string }>();
  const events: Array<Record<string, string>> = [];
  for (const line of ann.split('\n')) {
    const parts = line.split('\t');
    if (line.startsWith('T') && parts.length >= 2) {
      const [kind, ...rest] = (parts[1] as string).split(' ');
      const ranges = rest
        .join(' ')
        .split(';')
        .map((r) => r.split(' ').map(Number) as Span)
        .map(([s, e]) => [s + OFFSET, e + OFFSET] as Span);
      spans.set(parts[0] as string, { kind: kind as string, spans: ranges, text: parts[2] ?? '' });
    } else if (line.startsWith('E') && parts.length >= 2) {
      events.push(
        Object.fromEntries((parts[1] as string).split(' ').map((p) => p.split(':') as [string, string])),
      );
    }
  }
  return events.flatMap((event) => {
    const content = spans.get(event.Content ?? '');
    if (!content) return [];
    const source = spans.get(event.Source ?? '');
    return [{ content: content.spans, source: source?.spans ?? [], text: content.text, direct: false }];
  });
}

/** Characters inside quotation marks, by a plain per-paragraph scan independent of the parser's own. */
function insideMarks(story: string): Uint8Array {
  const inside = new Uint8Array(story.length);
  let open = false;
  for (let i = 0; i < story.length; i++) {
    const ch = story[i];
    if (ch === '\n') open = false;
    if (ch === '“') open = true;
    else if (ch === '”') {
      inside[i] = 1;
      open = false;
      continue;
    } else if (ch === '"') {
      if (open) {
        inside[i] = 1;
        open = false;
        continue;
      }
      open = true;
    }
    if (open) inside[i] = 1;
  }
  return inside;
}

const overlap = (a: Span, b: Span) => Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]));
const length = (spans: Span[]) => spans.reduce((sum, [s, e]) => sum + (e - s), 0);

interface SplitFigures {
  gold: number;
  found: number;
  speakerRight: number;
  /** Found quotes whose gold speaker is written as a name, and of those, how many we resolve to that name. */
  namedGold: number;
  namedRight: number;
  ours: number;
  oursMatched: number;
  indirectGold: number;
  indirectOurs: number;
  indirectMatched: number;
  indirectFound: number;
  stories: number;
  ms: number;
  misses: Array<{ file: string; kind: string; gold: string; source: string; got: string | null }>;
}

function evaluateSplit(dir: string, limit: number | undefined): SplitFigures | null {
  const annDir = join(dir, 'attributions');
  if (!existsSync(annDir)) return null;
  const files = readdirSync(annDir)
    .filter((f) => f.endsWith('.ann'))
    .sort()
    .slice(0, limit);
  const figures: SplitFigures = {
    gold: 0,
    found: 0,
    speakerRight: 0,
    namedGold: 0,
    namedRight: 0,
    ours: 0,
    oursMatched: 0,
    indirectGold: 0,
    indirectOurs: 0,
    indirectMatched: 0,
    indirectFound: 0,
    stories: files.length,
    ms: 0,
    misses: [],
  };
  for (const file of files) {
    const story = readFileSync(join(dir, 'stories', file.replace(/\.ann$/, '.txt')), 'utf8');
    const gold = parseAnn(readFileSync(join(annDir, file), 'utf8'));
    const inside = insideMarks(story);
    for (const g of gold) {
      let marked = 0;
      for (const [s, e] of g.content) for (let i = s; i < e; i++) marked += inside[i] ?? 0;
      g.direct = marked * 2 > length(g.content);
    }
    const started = performance.now();
    const { quotes } = attributeQuotes(story, parseLayout(story));
    figures.ms += performance.now() - started;
    const quoted = quotes.filter((q) => q.kind !== 'indirect');
    const indirect = quotes.filter((q) => q.kind === 'indirect');
    const sourceText = (g: GoldAttribution) => g.source.map(([s, e]) => story.slice(s, e)).join(' … ');
    for (const g of gold) {
      const size = length(g.content);
      const coverOf = (q: Quote) => g.content.reduce((sum, c) => sum + overlap(q.span, c), 0);
      if (!g.direct) {
        figures.indirectGold++;
        if (indirect.some((q) => coverOf(q) * 2 >= size)) figures.indirectFound++;
        continue;
      }
      figures.gold++;
      const covering = quoted.filter((q) => coverOf(q) > 0).sort((a, b) => coverOf(b) - coverOf(a));
      const covered = covering.reduce((sum, q) => sum + coverOf(q), 0);
      if (covered * 2 < size) {
        figures.misses.push({
          file,
          kind: 'missed',
          gold: g.text.slice(0, 160),
          source: sourceText(g),
          got: null,
        });
        continue;
      }
      figures.found++;
      const best = covering[0] as Quote;
      const mention = best.speakerMentionSpan;
      // A name in the gold source (`Sen. Claire McCaskill`, `Trump`): our resolved speaker should carry its surname.
      const surname = /^[A-Z][\w’'.-]+$/.test(sourceText(g).split(/[ ,(]/)[0] ?? '')
        ? sourceText(g)
            .replace(/\(.*?\)|,.*$| of .*$/g, '')
            .trim()
            .split(/\s+/)
            .pop()
            ?.replace(/[’']s?$/, '')
        : undefined;
      if (surname && !/^(He|She|They|It|I|We|Who)$/.test(sourceText(g))) {
        figures.namedGold++;
        if (best.speaker?.toLowerCase().includes(surname.toLowerCase())) figures.namedRight++;
        else if (mention && g.source.some((src) => overlap(src, mention) > 0))
          figures.misses.push({
            file,
            kind: 'name',
            gold: g.text.slice(0, 160),
            source: sourceText(g),
            got: `${best.speakerMention} → ${best.speaker}`,
          });
      }
      if (mention && g.source.some((s) => overlap(s, mention) > 0)) figures.speakerRight++;
      else
        figures.misses.push({
          file,
          kind: 'speaker',
          gold: g.text.slice(0, 160),
          source: sourceText(g),
          got: mention ? `${best.speakerMention} [${mention.join(',')}] → ${best.speaker}` : null,
        });
    }
    for (const q of indirect) {
      figures.indirectOurs++;
      if (gold.some((g) => g.content.some((c) => overlap(q.span, c) * 2 >= q.span[1] - q.span[0])))
        figures.indirectMatched++;
    }
    for (const q of quoted) {
      figures.ours++;
      if (gold.some((g) => g.content.some((c) => overlap(q.span, c) * 2 >= q.span[1] - q.span[0])))
        figures.oursMatched++;
    }
  }
  return figures;
}

const share = (part: number, whole: number) => (whole === 0 ? 0 : part / whole);

export const polnearSection: EvalSection = {
  name: 'polnear',
  async run({ shared, limit }) {
    const root = join(shared, 'corpora', 'polnear');
    const dev = evaluateSplit(join(root, 'dev'), limit);
    const train = evaluateSplit(join(root, 'train'), limit);
    if (!dev || !train) return { skipped: `${root} is absent`, metrics: [] };
    const metrics: Metric[] = [];
    for (const [name, figures, bars] of [
      ['dev', dev, true],
      ['train', train, false],
    ] as const) {
      metrics.push(
        {
          name: `${name} direct quotes found`,
          value: share(figures.found, figures.gold),
          format: 'percent',
          ...(bars ? { min: 0.95 } : {}),
        },
        {
          name: `${name} speaker mention right`,
          value: share(figures.speakerRight, figures.found),
          format: 'percent',
          ...(bars ? { min: 0.9 } : {}),
        },
        {
          name: `${name} named speaker resolved`,
          value: share(figures.namedRight, figures.namedGold),
          format: 'percent',
        },
        {
          name: `${name} direct/partial precision`,
          value: share(figures.oursMatched, figures.ours),
          format: 'percent',
        },
        {
          name: `${name} indirect recall`,
          value: share(figures.indirectFound, figures.indirectGold),
          format: 'percent',
        },
        {
          name: `${name} indirect precision`,
          value: share(figures.indirectMatched, figures.indirectOurs),
          format: 'percent',
        },
        {
          name: `${name} attribution stories/s`,
          value: figures.stories / Math.max(figures.ms / 1000, 1e-9),
          format: 'number',
        },
      );
    }
    return {
      metrics,
      details: {
        counts: { dev: { ...dev, misses: undefined }, train: { ...train, misses: undefined } },
        devMisses: dev.misses.slice(0, 300),
        trainMisses: train.misses.slice(0, 300),
      },
    };
  },
};
