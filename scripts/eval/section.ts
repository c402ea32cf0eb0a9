/** One part of `npm run eval`: measures one aspect of quality on one corpus from ../shared. */
export interface Metric {
  name: string;
  value: number;
  /** How the value prints: a share as a percentage, or a plain number. */
  format?: 'percent' | 'number';
  /** The bar this figure must reach for `--check`, if the issues set one (value >= min). */
  min?: number;
}

export interface SectionResult {
  /** Set when the corpus is absent: the section is reported as skipped with this reason. */
  skipped?: string;
  metrics: Metric[];
  /** Free-form details for --json (per-item misses, confusions), kept small. */
  details?: unknown;
}

export interface EvalSection {
  name: string;
  run(options: { shared: string; limit?: number }): Promise<SectionResult>;
}
