import { countryRows } from './data/tables.ts';

/** A country: its ISO 3166-1 alpha-2 code, the name we print, the names and adjectives that refer to it. */
export interface CountryInfo {
  code: string;
  name: string;
  names: string[];
  demonyms: string[];
  independent: boolean;
}

/**
 * Names we print instead of the package's common name: the forms English-language news uses.
 * Countries are named as they are today (Bonn is in Germany, Moscow in Russia).
 */
const NAME_OVERRIDES: Record<string, string> = {
  TR: 'Turkey',
  CZ: 'Czech Republic',
  CD: 'Democratic Republic of the Congo',
  CG: 'Congo',
  MK: 'Macedonia',
  SZ: 'Swaziland',
  VA: 'Vatican',
  PS: 'Palestinian Territories',
  CV: 'Cape Verde',
};

/** Extra names and adjectives news text uses, including those of the 1980s (West Germany, Soviet Union). */
const EXTRA_NAMES: Record<string, string[]> = {
  US: ['U.S.', 'U.S.A.', 'US', 'USA', 'America', 'United States'],
  GB: ['Britain', 'Great Britain', 'U.K.', 'UK', 'England', 'Scotland', 'Wales', 'Northern Ireland'],
  DE: ['West Germany', 'East Germany', 'Federal Republic of Germany', 'German Democratic Republic'],
  RU: ['Soviet Union', 'USSR', 'U.S.S.R.', 'Russian Federation'],
  KR: ['South Korea', 'Korea', 'Republic of Korea'],
  KP: ['North Korea'],
  CN: ["People's Republic of China", 'Red China'],
  TW: ['Taiwan', 'Formosa'],
  NL: ['Holland', 'The Netherlands'],
  CD: ['Zaire', 'Congo-Kinshasa'],
  MM: ['Burma'],
  LK: ['Ceylon'],
  IR: ['Persia'],
  CI: ['Ivory Coast'],
  AE: ['U.A.E.', 'UAE', 'United Arab Emirates'],
  TH: ['Siam'],
  KH: ['Kampuchea', 'Cambodia'],
  BF: ['Upper Volta'],
  BJ: ['Dahomey'],
  ZW: ['Rhodesia'],
  VN: ['Viet Nam', 'Vietnam'],
  CZ: ['Czechoslovakia', 'Czech Republic'],
  RS: ['Yugoslavia'],
  VA: ['Vatican', 'Holy See'],
  PH: ['Philippines', 'The Philippines'],
};

const EXTRA_DEMONYMS: Record<string, string[]> = {
  US: ['American', 'Americans'],
  GB: ['British', 'Briton', 'Britons', 'English', 'Scottish', 'Welsh'],
  DE: ['German', 'Germans', 'West German', 'West Germans', 'East German', 'East Germans'],
  RU: ['Soviet', 'Soviets', 'Russian', 'Russians'],
  KR: ['Korean', 'South Korean', 'South Koreans'],
  CN: ['Chinese'],
  JP: ['Japanese'],
  FR: ['French'],
  NL: ['Dutch'],
  CH: ['Swiss'],
  PH: ['Filipino', 'Philippine', 'Filipinos'],
  NZ: ['New Zealander', 'New Zealanders'],
  CA: ['Canadian', 'Canadians'],
  AU: ['Australian', 'Australians'],
  SA: ['Saudi', 'Saudis', 'Saudi Arabian'],
  IL: ['Israeli', 'Israelis'],
  IR: ['Iranian', 'Iranians'],
  IQ: ['Iraqi', 'Iraqis'],
};

/** Demonyms that name peoples or languages spread over several countries: they point at no one country. */
const AMBIGUOUS_DEMONYMS = new Set(['arab', 'congolese', 'guinean', 'samoan', 'virgin islander', 'kurdish']);

let table: { byCode: Map<string, CountryInfo>; byName: Map<string, CountryInfo> } | undefined;

/** The folded form used as a lookup key: lower case, no accents or dots, single spaces. */
export function foldName(text: string): string {
  // Most names are plain ASCII words: skip the Unicode work for them.
  if (/^[A-Za-z]+(?: [A-Za-z]+)*$/.test(text)) {
    const lower = text.toLowerCase();
    return lower.startsWith('saint') || lower.includes(' saint') ? lower.replace(/\bsaint\b/g, 'st') : lower;
  }
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’.]/g, '')
    .replace(/[\s-]+/g, ' ')
    .replace(/\bsaint\b/g, 'st')
    .trim();
}

function loadCountries() {
  if (table) return table;
  const byCode = new Map<string, CountryInfo>();
  const byName = new Map<string, CountryInfo>();
  const demonymOwners = new Map<string, CountryInfo[]>();
  for (const row of countryRows()) {
    const [code = '', names = '', demonyms = '', independent = '0'] = row.split('|');
    const allNames = [...names.split(';'), ...(EXTRA_NAMES[code] ?? [])].filter(Boolean);
    const info: CountryInfo = {
      code,
      name: NAME_OVERRIDES[code] ?? allNames[0] ?? code,
      names: [...new Set(allNames)],
      demonyms: [...new Set([...demonyms.split(';'), ...(EXTRA_DEMONYMS[code] ?? [])].filter(Boolean))],
      independent: independent === '1',
    };
    byCode.set(code, info);
  }
  // Independent countries first, so that a name shared with a territory goes to the country.
  const ordered = [...byCode.values()].sort((a, b) => Number(b.independent) - Number(a.independent));
  for (const info of ordered) {
    for (const name of [info.name, ...info.names]) {
      const key = foldName(name);
      if (key.length > 1 && !byName.has(key)) byName.set(key, info);
    }
    for (const demonym of info.demonyms) {
      const key = foldName(demonym);
      demonymOwners.set(key, [...(demonymOwners.get(key) ?? []), info]);
    }
  }
  table = { byCode, byName };
  demonymTable = new Map();
  for (const [key, owners] of demonymOwners) {
    if (AMBIGUOUS_DEMONYMS.has(key)) continue;
    const explicit = owners.find((owner) => EXTRA_DEMONYMS[owner.code]?.some((d) => foldName(d) === key));
    const independent = owners.filter((owner) => owner.independent);
    const owner =
      explicit ?? (independent.length === 1 ? independent[0] : owners.length === 1 ? owners[0] : undefined);
    if (owner) demonymTable.set(key, owner);
  }
  return table;
}

let demonymTable: Map<string, CountryInfo> = new Map();

/** The country with this ISO code. */
export function countryByCode(code: string): CountryInfo | undefined {
  return loadCountries().byCode.get(code.toUpperCase());
}

/** The country a name refers to (`France`, `U.S.`, `West Germany`, `Burma`), case and accents ignored. */
export function countryByName(name: string): CountryInfo | undefined {
  return loadCountries().byName.get(foldName(name));
}

/** The country a demonym or adjective refers to (`French`, `Iranian`, `Soviet`), if it names exactly one. */
export function countryByDemonym(word: string): CountryInfo | undefined {
  loadCountries();
  return demonymTable.get(foldName(word));
}

/** Every country, for building lookup tables. */
export function allCountries(): CountryInfo[] {
  return [...loadCountries().byCode.values()];
}

let otherForms: Map<string, string> | undefined;

/**
 * Each country's first one-word name and its first adjective, folded, both ways: "china" → "chinese",
 * "chinese" → "china", "britain" → "british" (news writes "Chinese oil output" for China's). Names and
 * adjectives of fewer than four letters are left out ("us", "uk").
 */
export function countryForms(): ReadonlyMap<string, string> {
  if (!otherForms) {
    otherForms = new Map();
    const first = (forms: readonly string[]) =>
      forms.map(foldName).find((form) => form.length >= 4 && /^[a-z]+$/.test(form));
    for (const country of allCountries()) {
      const name = first([country.name, ...country.names]);
      const adjective = first(country.demonyms);
      if (!name || !adjective || countryByDemonym(adjective) !== country) continue;
      otherForms.set(name, adjective);
      otherForms.set(adjective, name);
    }
  }
  return otherForms;
}

let byInitials: { names: Map<string, string[]>; named: Set<string> } | undefined;

/** Words a country's name holds that its initials leave out ("Republic of Korea" → "rk"). */
const NOT_IN_INITIALS = new Set(['of', 'the', 'and', 'da', 'de', 'du', 'la', 'le', 'el']);

/**
 * Country names of two words or more whose initials are `short` ("sa": South Africa, Saudi Arabia;
 * "nz": New Zealand), as news text names them (the name we print and the extra names), the
 * independent countries' first; none for a word that is itself such a name ("uk", "uae").
 */
export function countryNamesWithInitials(short: string): string[] {
  if (!byInitials) {
    const names = new Map<string, string[]>();
    const named = new Set<string>();
    const ordered = allCountries().sort((a, b) => Number(b.independent) - Number(a.independent));
    for (const info of ordered)
      for (const name of [info.name, ...(EXTRA_NAMES[info.code] ?? [])]) {
        named.add(foldName(name));
        if (!/^[A-Z][A-Za-z]*(?: [A-Za-z]+)+$/.test(name)) continue;
        const words = name.split(' ').filter((word) => !NOT_IN_INITIALS.has(word.toLowerCase()));
        if (words.length < 2 || words.some((word) => !/^[A-Z]/.test(word))) continue;
        const key = words.map((word) => word[0]!.toLowerCase()).join('');
        const list = names.get(key) ?? [];
        if (!list.includes(name)) list.push(name);
        names.set(key, list);
      }
    byInitials = { names, named };
  }
  const key = short.toLowerCase();
  return byInitials.named.has(key) ? [] : (byInitials.names.get(key) ?? []);
}
