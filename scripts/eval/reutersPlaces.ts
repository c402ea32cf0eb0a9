/**
 * Dateline places and story countries on Reuters-21578 (`meta.jsonl`: `dateline_place`, `places`).
 *
 * Dateline place: right when our place equals the labelled one after this normalisation: the label's
 * qualifier after a comma is dropped (`CALGARY, Alberta` → `CALGARY`), case, accents and everything but
 * letters are ignored (`ST. LOUIS` = `St Louis`, `****LONDON` = `London`), `Saint` = `St`, and the
 * old English spellings in OLD_NAMES equal today's names we print (`PEKING` = `Beijing`). Labels
 * without a letter (table debris) are not counted.
 *
 * Countries: `storyCountries` (the dateline's country plus countries named or implied often and early
 * enough) against the `places` tags, through COUNTRY_TAGS, which maps our country names to Reuters'
 * 1987 conventions. The weights were tuned on the first two thirds of the corpus; the last third is
 * reported apart.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lookupPlaces } from '../../src/engine/gazetteer.ts';
import { parseLayout } from '../../src/engine/layout.ts';
import { extractPlaces, resolveDateline, storyCountries } from '../../src/engine/places.ts';
import type { EvalSection, Metric } from './section.ts';

/** Our country names (today's) → Reuters' tags (1987's): naming conventions, not labels. */
const COUNTRY_TAGS: Record<string, string> = {
  'United States': 'usa',
  'Puerto Rico': 'usa',
  'United Kingdom': 'uk',
  Germany: 'west-germany',
  Russia: 'ussr',
  Ukraine: 'ussr',
  Belarus: 'ussr',
  Kazakhstan: 'ussr',
  Uzbekistan: 'ussr',
  Georgia: 'ussr',
  Azerbaijan: 'ussr',
  Armenia: 'ussr',
  Lithuania: 'ussr',
  Latvia: 'ussr',
  Estonia: 'ussr',
  'Czech Republic': 'czechoslovakia',
  Slovakia: 'czechoslovakia',
  Serbia: 'yugoslavia',
  Croatia: 'yugoslavia',
  Slovenia: 'yugoslavia',
  'Bosnia and Herzegovina': 'yugoslavia',
  Macedonia: 'yugoslavia',
  Montenegro: 'yugoslavia',
  'Democratic Republic of the Congo': 'zaire',
  Myanmar: 'burma',
  'Trinidad and Tobago': 'trinidad-tobago',
  Yemen: 'north-yemen',
};
const tagOf = (country: string) => COUNTRY_TAGS[country] ?? country.toLowerCase().replace(/\s+/g, '-');

/** Old English spellings of cities in 1987 datelines and the names we print for them now. */
const OLD_NAMES: Record<string, string> = {
  peking: 'beijing',
  bombay: 'mumbai',
  calcutta: 'kolkata',
  madras: 'chennai',
  rangoon: 'yangon',
  saigon: 'hochiminhcity',
  canton: 'guangzhou',
  leningrad: 'stpetersburg',
  basle: 'basel',
  berne: 'bern',
  duesseldorf: 'dusseldorf',
  saragossa: 'zaragoza',
  kiev: 'kyiv',
};
const normalisePlace = (place: string) => {
  const letters = place
    .split(',')[0]!
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\bsaint\b/g, 'st')
    .replace(/[^a-z]/g, '');
  return OLD_NAMES[letters] ?? letters;
};

interface Meta {
  file: string;
  dateline_place: string;
  places: string[];
}

interface Tally {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
}
const f1 = (tally: Tally) => {
  const precision = tally.truePositives / Math.max(1, tally.truePositives + tally.falsePositives);
  const recall = tally.truePositives / Math.max(1, tally.truePositives + tally.falseNegatives);
  return {
    precision,
    recall,
    f1: precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0,
  };
};
const count = (tally: Tally, ours: Set<string>, gold: Set<string>) => {
  for (const tag of ours) {
    if (gold.has(tag)) tally.truePositives++;
    else tally.falsePositives++;
  }
  for (const tag of gold) if (!ours.has(tag)) tally.falseNegatives++;
};

export const reutersPlaces: EvalSection = {
  name: 'reuters-places',
  async run({ shared, limit }) {
    const dir = join(shared, 'corpora', 'reuters21578');
    const metaFile = join(dir, 'meta.jsonl');
    if (!existsSync(metaFile)) return { skipped: `${metaFile} is absent`, metrics: [] };
    const metas = readFileSync(metaFile, 'utf8')
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => JSON.parse(line) as Meta);
    const tuned = Math.floor((metas.length * 2) / 3);
    const chosen = metas.slice(0, limit ?? metas.length);

    let datelines = 0;
    let datelinesRight = 0;
    const all: Tally = { truePositives: 0, falsePositives: 0, falseNegatives: 0 };
    const heldOut: Tally = { truePositives: 0, falsePositives: 0, falseNegatives: 0 };
    const listed: Tally = { truePositives: 0, falsePositives: 0, falseNegatives: 0 };
    const misses: string[] = [];
    // The gazetteer's tables are built once per process, on first use: timed apart from the stories.
    const loadStarted = performance.now();
    lookupPlaces('Paris');
    const gazetteerMs = performance.now() - loadStarted;
    let placesMs = 0;
    for (const [index, meta] of chosen.entries()) {
      const raw = readFileSync(join(dir, 'stories', meta.file), 'utf8');
      const layout = parseLayout(raw);
      const started = performance.now();
      const dateline = layout.dateline ? resolveDateline(layout.dateline) : null;
      const places = extractPlaces(raw, layout, dateline);
      const countries = storyCountries(layout, dateline);
      placesMs += performance.now() - started;

      if (/\p{L}/u.test(meta.dateline_place)) {
        datelines++;
        if (dateline?.place && normalisePlace(dateline.place) === normalisePlace(meta.dateline_place))
          datelinesRight++;
        else if (misses.length < 50)
          misses.push(`${meta.file}: ${meta.dateline_place} → ${dateline?.place ?? 'none'}`);
      }
      const gold = new Set(meta.places);
      const ours = new Set(countries.map(tagOf));
      count(all, ours, gold);
      if (index >= tuned) count(heldOut, ours, gold);
      const listedCountries = new Set(
        places
          .map((place) => (place.kind === 'country' ? place.name : place.country))
          .filter((c) => c !== null),
      );
      count(listed, new Set([...listedCountries].map(tagOf)), gold);
    }
    const scores = f1(all);
    const metrics: Metric[] = [
      {
        name: 'dateline place right',
        value: datelinesRight / Math.max(1, datelines),
        format: 'percent',
        min: 0.995,
      },
      { name: 'countries F1', value: scores.f1, format: 'number', min: 0.8 },
      { name: 'countries precision', value: scores.precision, format: 'number' },
      { name: 'countries recall', value: scores.recall, format: 'number' },
    ];
    if (heldOut.truePositives + heldOut.falseNegatives > 0)
      metrics.push({
        name: 'countries F1, last third (not tuned on)',
        value: f1(heldOut).f1,
        format: 'number',
      });
    metrics.push(
      { name: 'countries of every listed place, F1', value: f1(listed).f1, format: 'number' },
      { name: 'places ms per story', value: placesMs / Math.max(1, chosen.length), format: 'number' },
      { name: 'gazetteer build ms (once)', value: gazetteerMs, format: 'number' },
      { name: 'stories', value: chosen.length, format: 'number' },
    );
    return { metrics, details: { datelineMisses: misses } };
  },
};
