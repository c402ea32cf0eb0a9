import { allCountries, countryByCode, foldName } from './countries.ts';
import { ambiguousPlaceNames, cityRows, givenNames } from './data/tables.ts';
import type { PlaceKind } from './types.ts';

/** One place the gazetteer knows. `country` is an ISO code (null for regions such as `Middle East`). */
export interface GazetteerPlace {
  name: string;
  country: string | null;
  kind: PlaceKind;
  /** Population for cities; 0 where unknown. Decides between places that share a name. */
  population: number;
  /** The state or province code for cities (GeoNames admin1: `CA` for California, `08` for Ontario). */
  admin: string | null;
}

/** US states (with the abbreviations datelines use) and Canadian provinces (with GeoNames admin codes). */
const SUBDIVISIONS: [
  country: string,
  admin: string,
  name: string,
  abbreviations: string,
][] /* '/'-separated */ = [
  ['US', 'AL', 'Alabama', 'Ala'],
  ['US', 'AK', 'Alaska', 'Alas'],
  ['US', 'AZ', 'Arizona', 'Ariz'],
  ['US', 'AR', 'Arkansas', 'Ark'],
  ['US', 'CA', 'California', 'Calif/Cal/Cali'],
  ['US', 'CO', 'Colorado', 'Colo/Col'],
  ['US', 'CT', 'Connecticut', 'Conn'],
  ['US', 'DE', 'Delaware', 'Del'],
  ['US', 'DC', 'District of Columbia', 'DC'],
  ['US', 'FL', 'Florida', 'Fla/Flor'],
  ['US', 'GA', 'Georgia', 'Ga'],
  ['US', 'HI', 'Hawaii', ''],
  ['US', 'ID', 'Idaho', 'Ida'],
  ['US', 'IL', 'Illinois', 'Ill'],
  ['US', 'IN', 'Indiana', 'Ind'],
  ['US', 'IA', 'Iowa', ''],
  ['US', 'KS', 'Kansas', 'Kan/Kans'],
  ['US', 'KY', 'Kentucky', 'Ky'],
  ['US', 'LA', 'Louisiana', 'La'],
  ['US', 'ME', 'Maine', ''],
  ['US', 'MD', 'Maryland', 'Md'],
  ['US', 'MA', 'Massachusetts', 'Mass'],
  ['US', 'MI', 'Michigan', 'Mich'],
  ['US', 'MN', 'Minnesota', 'Minn'],
  ['US', 'MS', 'Mississippi', 'Miss'],
  ['US', 'MO', 'Missouri', 'Mo'],
  ['US', 'MT', 'Montana', 'Mont'],
  ['US', 'NE', 'Nebraska', 'Neb/Nebr'],
  ['US', 'NV', 'Nevada', 'Nev'],
  ['US', 'NH', 'New Hampshire', 'NH'],
  ['US', 'NJ', 'New Jersey', 'NJ'],
  ['US', 'NM', 'New Mexico', 'NM/N Mex'],
  ['US', 'NY', 'New York State', 'NY'],
  ['US', 'NC', 'North Carolina', 'NC'],
  ['US', 'ND', 'North Dakota', 'ND/N Dak'],
  ['US', 'OH', 'Ohio', ''],
  ['US', 'OK', 'Oklahoma', 'Okla'],
  ['US', 'OR', 'Oregon', 'Ore/Oreg'],
  ['US', 'PA', 'Pennsylvania', 'Pa/Penn/Penna'],
  ['US', 'RI', 'Rhode Island', 'RI'],
  ['US', 'SC', 'South Carolina', 'SC'],
  ['US', 'SD', 'South Dakota', 'SD/S Dak'],
  ['US', 'TN', 'Tennessee', 'Tenn'],
  ['US', 'TX', 'Texas', 'Tex'],
  ['US', 'UT', 'Utah', ''],
  ['US', 'VT', 'Vermont', 'Vt'],
  ['US', 'VA', 'Virginia', 'Va'],
  ['US', 'WA', 'Washington State', 'Wash'],
  ['US', 'WV', 'West Virginia', 'W Va/WVa'],
  ['US', 'WI', 'Wisconsin', 'Wis/Wisc'],
  ['US', 'WY', 'Wyoming', 'Wyo'],
  ['US', 'PR', 'Puerto Rico', 'PR'],
  ['CA', '01', 'Alberta', 'Alta'],
  ['CA', '02', 'British Columbia', 'BC'],
  ['CA', '03', 'Manitoba', 'Man'],
  ['CA', '04', 'New Brunswick', 'NB'],
  ['CA', '05', 'Newfoundland', 'Nfld'],
  ['CA', '07', 'Nova Scotia', 'NS'],
  ['CA', '08', 'Ontario', 'Ont'],
  ['CA', '09', 'Prince Edward Island', 'PEI'],
  ['CA', '10', 'Quebec', 'Que'],
  ['CA', '11', 'Saskatchewan', 'Sask'],
  ['AU', '02', 'New South Wales', 'NSW'],
  ['AU', '07', 'Victoria', ''],
  ['AU', '04', 'Queensland', ''],
  ['AU', '08', 'Western Australia', ''],
  ['AU', '05', 'South Australia', ''],
  ['AU', '06', 'Tasmania', ''],
];

/** Regions that belong to no one country. */
const REGIONS = [
  'Middle East',
  'Mideast',
  'Near East',
  'Far East',
  'Europe',
  'Western Europe',
  'Eastern Europe',
  'Asia',
  'Southeast Asia',
  'South East Asia',
  'Latin America',
  'South America',
  'Central America',
  'North America',
  'Africa',
  'North Africa',
  'West Africa',
  'East Africa',
  'Southern Africa',
  'Sub-Saharan Africa',
  'Persian Gulf',
  'Gulf',
  'Caribbean',
  'Scandinavia',
  'Balkans',
  'Pacific',
  'Asia-Pacific',
  'Pacific Rim',
  'Atlantic',
  'Mediterranean',
  'Baltic',
  'Antarctica',
];

/** Other spellings of cities: [name as written, name of the city in the gazetteer, country, name we print]. */
const CITY_ALIASES: [alias: string, gazetteerName: string, country: string, printed?: string][] = [
  ['New York', 'New York City', 'US', 'New York'],
  ['New York City', 'New York City', 'US', 'New York'],
  ['Washington', 'Washington, D.C.', 'US', 'Washington'],
  ['Washington DC', 'Washington, D.C.', 'US', 'Washington'],
  ['Frankfurt', 'Frankfurt am Main', 'DE', 'Frankfurt'],
  ['Peking', 'Beijing', 'CN'],
  ['Bombay', 'Mumbai', 'IN'],
  ['Calcutta', 'Kolkata', 'IN'],
  ['Madras', 'Chennai', 'IN'],
  ['Rangoon', 'Yangon', 'MM'],
  ['Saigon', 'Ho Chi Minh City', 'VN'],
  ['Canton', 'Guangzhou', 'CN'],
  ['Leningrad', 'Saint Petersburg', 'RU'],
  ['Basle', 'Basel', 'CH'],
  ['Berne', 'Bern', 'CH'],
  ['Duesseldorf', 'Düsseldorf', 'DE'],
  ['Dusseldorf', 'Düsseldorf', 'DE'],
  ['Saragossa', 'Zaragoza', 'ES'],
  ['Kiev', 'Kyiv', 'UA'],
  ['West Berlin', 'Berlin', 'DE', 'West Berlin'],
  ['East Berlin', 'Berlin', 'DE', 'East Berlin'],
  ['The Hague', 'The Hague', 'NL'],
  ['Hague', 'The Hague', 'NL', 'The Hague'],
  ['Sanremo', 'Sanremo', 'IT'],
  ['Den Bosch', "'s-Hertogenbosch", 'NL', 'Den Bosch'],
  ['Hong Kong', 'Hong Kong', 'HK'],
  ['Tel Aviv', 'Tel Aviv', 'IL'],
  ['Kuwait City', 'Kuwait City', 'KW'],
  ['Mexico City', 'Mexico City', 'MX'],
  ['Panama City', 'Panama City', 'PA'],
  ['Guatemala City', 'Guatemala City', 'GT'],
  ['Quebec City', 'Québec', 'CA'],
  ['Sao Paulo', 'São Paulo', 'BR'],
  ['Geneva', 'Genève', 'CH', 'Geneva'],
  ['Cologne', 'Köln', 'DE', 'Cologne'],
  ['Venice', 'Venezia', 'IT', 'Venice'],
  ['Antwerp', 'Antwerpen', 'BE', 'Antwerp'],
  ['Gothenburg', 'Göteborg', 'SE', 'Gothenburg'],
  ['Nuremberg', 'Nürnberg', 'DE', 'Nuremberg'],
  ['Hanover', 'Hannover', 'DE', 'Hanover'],
  ['Seville', 'Sevilla', 'ES', 'Seville'],
  ['Bruges', 'Brugge', 'BE', 'Bruges'],
  ['Ghent', 'Gent', 'BE', 'Ghent'],
  ['Bogota', 'Bogotá', 'CO'],
];

const ALIAS_POPULATION = 250_000;

interface Gazetteer {
  /** Folded name → the places it may mean, the likeliest first (cities added on first lookup). */
  byName: Map<string, GazetteerPlace[]>;
  /**
   * The folded names whose rows of the city table are made places already (in `byName`). Making 27,000
   * places at load was most of a short command's start; a lookup makes only the ones it returns.
   */
  citiesMade: Set<string>;
  /** Folded state/province names and abbreviations → the subdivision. */
  subdivisions: Map<string, GazetteerPlace>;
  ambiguous: Set<string>;
  givenNames: Set<string>;
  /** The first words of the folded names of more than one word (`new` of `new york`). */
  firstWords: Set<string>;
}

let gazetteer: Gazetteer | undefined;

/** Adds a place unless the list names the same place (name and country) already. */
function addPlace(list: GazetteerPlace[], place: GazetteerPlace) {
  if (!list.some((other) => other.name === place.name && other.country === place.country)) list.push(place);
}

function add(map: Map<string, GazetteerPlace[]>, name: string, place: GazetteerPlace) {
  const key = foldName(name);
  if (!key) return;
  const list = map.get(key);
  if (!list) map.set(key, [place]);
  else addPlace(list, place);
}

/** A row of the city table (`key|name|country|admin|population`) as a place. */
function cityPlace(row: string): GazetteerPlace {
  const [, name = '', country = '', admin = '', population = '0'] = row.split('|');
  return { name, country, kind: 'city', population: Number(population), admin };
}

/** The folded name a row of the city table is filed under. */
const cityKey = (row: string) => row.slice(0, row.indexOf('|'));

/** The rows of the city table (sorted by folded name) filed under `key`, largest first. */
function cityRowsOf(key: string): string[] {
  const rows = cityRows();
  let lo = 0;
  let hi = rows.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (cityKey(rows[mid]!) < key) lo = mid + 1;
    else hi = mid;
  }
  let end = lo;
  while (end < rows.length && cityKey(rows[end]!) === key) end++;
  return rows.slice(lo, end);
}

/** The places of a folded name, its cities made from their rows on the first lookup of that name. */
function placesOf(table: Gazetteer, key: string): GazetteerPlace[] | undefined {
  if (table.citiesMade.has(key)) return table.byName.get(key);
  table.citiesMade.add(key);
  const rows = cityRowsOf(key);
  if (rows.length === 0) return table.byName.get(key);
  const list = table.byName.get(key) ?? [];
  for (const row of rows) addPlace(list, cityPlace(row));
  table.byName.set(key, list);
  return list;
}

/** Builds the lookup tables once, on first use, from the generated data files. */
function loadGazetteer(): Gazetteer {
  if (gazetteer) return gazetteer;
  const byName = new Map<string, GazetteerPlace[]>();
  const subdivisions = new Map<string, GazetteerPlace>();
  // Countries first: `Luxembourg`, `Singapore` or `Mexico` name the country before the city.
  for (const country of allCountries()) {
    const place: GazetteerPlace = {
      name: country.name,
      country: country.code,
      kind: 'country',
      population: 0,
      admin: null,
    };
    for (const name of [country.name, ...country.names]) add(byName, name, place);
  }
  for (const [country, admin, name, abbreviations] of SUBDIVISIONS) {
    const printed = name.replace(/ State$/, '');
    const place: GazetteerPlace = { name: printed, country, kind: 'region', population: 0, admin };
    for (const form of [name, printed, ...abbreviations.split('/')]) {
      if (form) subdivisions.set(foldName(form), place);
    }
    // `New York` and `Washington` are the cities; their states are named with `State`.
    add(byName, name, place);
    if (printed === name) add(byName, printed, place);
  }
  for (const region of REGIONS)
    add(byName, region, { name: region, country: null, kind: 'region', population: 0, admin: null });
  const table: Gazetteer = {
    byName,
    citiesMade: new Set(),
    subdivisions,
    ambiguous: new Set(ambiguousPlaceNames()),
    givenNames: new Set(givenNames()),
    firstWords: new Set(),
  };
  // The aliases' cities, from the table's rows before any is made a place (the places of a name leave
  // out a city named as its country: Hong Kong).
  const aliasCities = CITY_ALIASES.map(([, gazetteerName, country]) => {
    const key = foldName(gazetteerName);
    const row = cityRowsOf(key).find((line) => line.startsWith(`${key}|${gazetteerName}|${country}|`));
    return row ? cityPlace(row) : undefined;
  });
  CITY_ALIASES.forEach(([alias, gazetteerName, country, printed], i) => {
    const city = aliasCities[i];
    const place: GazetteerPlace = city
      ? { ...city, name: printed ?? city.name }
      : // A city we name by hand but the table lacks is a known city: count it as a mid-sized one.
        { name: printed ?? gazetteerName, country, kind: 'city', population: ALIAS_POPULATION, admin: null };
    // An alias names the big city first (`Washington` before the state or the small towns).
    const key = foldName(alias);
    byName.set(key, [place, ...(placesOf(table, key) ?? []).filter((other) => other.name !== place.name)]);
    const own = foldName(place.name);
    const list = placesOf(table, own) ?? [];
    const index = list.findIndex((other) => other.kind === 'city' && other.country === country);
    if (index >= 0) list[index] = place;
  });
  const firstWordOf = (key: string) => {
    const space = key.indexOf(' ');
    if (space > 0) table.firstWords.add(key.slice(0, space));
  };
  for (const key of byName.keys()) firstWordOf(key);
  for (const row of cityRows()) firstWordOf(cityKey(row));
  gazetteer = table;
  return gazetteer;
}

/** The places a name may mean, the likeliest first (countries, then states and regions, then cities by size). */
export function lookupPlaces(name: string): GazetteerPlace[] {
  return placesOf(loadGazetteer(), foldName(name)) ?? [];
}

/**
 * Whether a name of more than one word may start with this word (`New`, `Buenos`, `U.S.`): most
 * capitalised words start none, and need no look-up of the phrases they begin.
 */
export function mayStartLongerName(word: string): boolean {
  return loadGazetteer().firstWords.has(foldName(word));
}

/** The US state, Canadian province or Australian state a dateline qualifier names (`Calif.`, `N.J.`, `Alberta`). */
export function lookupSubdivision(name: string): GazetteerPlace | undefined {
  return loadGazetteer().subdivisions.get(foldName(name));
}

/** Whether a single-word place name is also an ordinary word or a person's name (`Mobile`, `Jackson`). */
export function isAmbiguousName(name: string): boolean {
  return loadGazetteer().ambiguous.has(foldName(name));
}

/** Whether a word is a given name (`Michael`, `Jack`): a place name right after it is a surname. */
export function isGivenName(word: string): boolean {
  return loadGazetteer().givenNames.has(word.toLowerCase());
}

/** The name we print for a country code (`US` → `United States`). */
export function countryName(code: string | null): string | null {
  if (!code) return null;
  return countryByCode(code)?.name ?? null;
}
