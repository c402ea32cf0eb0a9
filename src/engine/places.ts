import { countryByDemonym, countryByName, foldName } from './countries.ts';
import {
  countryName,
  type GazetteerPlace,
  isAmbiguousName,
  isGivenName,
  lookupPlaces,
  lookupSubdivision,
  mayStartLongerName,
} from './gazetteer.ts';
import type { StoryLayout } from './layout.ts';
import type { Dateline, PlaceRef } from './types.ts';

/** The dateline as the layout finds it. */
export type DatelineText = NonNullable<StoryLayout['dateline']>;

/** What a dateline's place words resolve to: the place (or null) and the ISO code of its country. */
interface ResolvedDateline {
  place: GazetteerPlace | null;
  printed: string | null;
  country: string | null;
}

const titleCase = (text: string) =>
  text
    .toLowerCase()
    .replace(/(^|[\s\-'’(/])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());

/** Qualifier words after the city (`Calif.`, `Alberta`, `West Germany`): a state, province or country. */
function resolveQualifier(qualifier: string): { country: string; admin: string | null } | null {
  const cleaned = qualifier.replace(/[^\p{L}\s.'-]/gu, ' ').trim();
  if (!cleaned) return null;
  const subdivision = lookupSubdivision(cleaned);
  if (subdivision?.country) return { country: subdivision.country, admin: subdivision.admin };
  const country = countryByName(cleaned);
  return country ? { country: country.code, admin: null } : null;
}

/** Picks among the places a dateline's words may mean: a city of that exact name first, the largest. */
function pickDatelinePlace(
  words: string,
  qualifier: { country: string; admin: string | null } | null,
): GazetteerPlace | null {
  const candidates = lookupPlaces(words);
  if (candidates.length === 0) return null;
  if (qualifier) {
    const inCountry = candidates.filter((place) => place.country === qualifier.country);
    const inAdmin = qualifier.admin ? inCountry.filter((place) => place.admin === qualifier.admin) : [];
    return inAdmin[0] ?? inCountry[0] ?? null;
  }
  const key = foldName(words);
  const sameName = candidates.filter((place) => foldName(place.name) === key);
  return (
    sameName.find((place) => place.kind === 'country') ??
    candidates.find((place) => place.kind === 'city') ??
    candidates[0] ??
    null
  );
}

/** The last dateline resolved: a parse resolves its dateline twice (the dateline, then the places' home country). */
let lastDateline: { placeText: string; resolved: ResolvedDateline } | null = null;

function resolveDatelineWords(placeText: string): ResolvedDateline {
  if (lastDateline?.placeText !== placeText)
    lastDateline = { placeText, resolved: readDatelineWords(placeText) };
  return lastDateline.resolved;
}

function readDatelineWords(placeText: string): ResolvedDateline {
  // Datelines may carry junk before the place (`****LONDON`) and a qualifier after a comma.
  const text = placeText
    .replace(/^[^\p{L}]+/u, '')
    .replace(/[\s\-–—]+$/u, '')
    .trim();
  if (!text) return { place: null, printed: null, country: null };
  const comma = text.indexOf(',');
  let words = (comma >= 0 ? text.slice(0, comma) : text).trim();
  let qualifierText = comma >= 0 ? text.slice(comma + 1).trim() : '';
  // `FARMINGTON Conn.`: a trailing state abbreviation without its comma.
  if (!qualifierText && lookupPlaces(words).length === 0) {
    const split = /^(.+?)\s+([A-Z][A-Za-z.\s]{1,15})$/.exec(words);
    if (split && resolveQualifier(split[2]!)) {
      words = split[1]!;
      qualifierText = split[2]!;
    }
  }
  const qualifier = qualifierText ? resolveQualifier(qualifierText) : null;
  const place = pickDatelinePlace(words, qualifier);
  if (place) return { place, printed: place.name, country: place.country ?? qualifier?.country ?? null };
  return { place: null, printed: titleCase(words.replace(/\s+/g, ' ')), country: qualifier?.country ?? null };
}

/** Resolves a dateline's place words (`PARIS`, `BUENOS AIRES`) to a place and its country. */
export function resolveDateline(dateline: DatelineText): Dateline {
  try {
    const resolved = resolveDatelineWords(dateline.placeText ?? '');
    return { text: dateline.text, place: resolved.printed, country: countryName(resolved.country) };
  } catch {
    return { text: dateline.text, place: null, country: null };
  }
}

// ---------------------------------------------------------------------------------------------
// Places named in the text

interface Token {
  text: string;
  start: number;
  end: number;
  /** Whether this token begins a sentence or a quotation (capitalised for that reason only). */
  sentenceStart: boolean;
  /** Whether only spaces (or a hyphen) separate this token from the next. */
  joinedToNext: boolean;
}

const TOKEN = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}]+(?:['’]\p{L}+)?/gu;

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let previousEnd = 0;
  for (const match of text.matchAll(TOKEN)) {
    const start = match.index;
    const previous = tokens[tokens.length - 1];
    // Most words are one space apart: joined, and no sentence starts between them.
    const oneSpace = start === previousEnd + 1 && text.charCodeAt(previousEnd) === 32;
    const gap = oneSpace ? ' ' : text.slice(previousEnd, start);
    if (previous) previous.joinedToNext = oneSpace || (/^[ \t\n-]*$/.test(gap) && !/-\s|\s-/.test(gap));
    tokens.push({
      text: match[0],
      start,
      end: start + match[0].length,
      sentenceStart: !previous || (!oneSpace && /[.!?:;"“”(]/.test(gap)),
      joinedToNext: false,
    });
    previousEnd = start + match[0].length;
  }
  return tokens;
}

const isCapitalised = (word: string) => /^\p{Lu}/u.test(word);
const isAllCaps = (word: string) => word.length > 1 && !/\p{Ll}/u.test(word);
/** Lower-case words inside place names: `Rio de Janeiro`, `Dar es Salaam`, `Trinidad and Tobago`. */
const CONNECTORS = new Set([
  'of',
  'de',
  'da',
  'do',
  'del',
  'dos',
  'es',
  'el',
  'al',
  'au',
  'la',
  'and',
  'am',
  'sur',
]);
/** Capitalised words before a place that do not make it part of a person's or a company's name. */
const PLACE_PREFIXES = new Set([
  'north',
  'south',
  'east',
  'west',
  'northern',
  'southern',
  'eastern',
  'western',
  'central',
  'upper',
  'lower',
  'greater',
  'downtown',
  'suburban',
  'metropolitan',
  'in',
  'at',
  'from',
  'to',
  'and',
  'the',
  'of',
]);
/** Titles before a name: `President Jackson`, `Mr Jordan`. */
const PERSON_TITLES = new Set([
  'mr',
  'mrs',
  'ms',
  'miss',
  'dr',
  'sir',
  'lord',
  'president',
  'senator',
  'sen',
  'rep',
  'gov',
  'governor',
  'judge',
  'justice',
  'minister',
  'secretary',
  'chairman',
  'general',
  'gen',
  'king',
  'queen',
  'prince',
  'princess',
  'pope',
]);
/** Words before a name that make it another feature (`Lake Geneva`, `Mount Hood`, `Port Arthur`). */
const FEATURE_WORDS = new Set(['saint', 'st', 'fort', 'port', 'lake', 'mount', 'cape', 'river']);
/** Prepositions that make an ambiguous name a place: `in Jackson`, `from Reading`. */
const PLACE_PREPOSITIONS = new Set([
  'in',
  'at',
  'from',
  'near',
  'outside',
  'to',
  'into',
  'across',
  'throughout',
  'around',
]);
/** All-caps abbreviations of countries that we accept as written. */
const COUNTRY_ABBREVIATIONS = new Set(['US', 'USA', 'UK', 'UAE', 'USSR']);
/** Cities named in the text must be this big, unless a state or country follows (`Stamford, Conn.`). */
const MIN_TEXT_CITY_POPULATION = 100_000;
const MIN_AMBIGUOUS_CITY_POPULATION = 1_000_000;

/** One mention of a place in a story's text. */
interface PlaceMention {
  place: GazetteerPlace;
  /** Found through a demonym (`Iranian`) rather than a name: counts for the country only. */
  viaDemonym: boolean;
  /** Which text it is in: 0 for the title or first paragraph, then the paragraph's index. */
  paragraph: number;
  /** Where it starts in that text. */
  offset: number;
}

/** What the scan learns about a story as it goes. */
interface StoryContext {
  /** Folded place names the story uses as people's surnames. */
  surnames: Set<string>;
}

/** The place a matched name stands for in this story, or null when context says it is no place here. */
function choosePlace(
  candidates: GazetteerPlace[],
  tokens: Token[],
  first: number,
  last: number,
  text: string,
  homeCountry: string | null,
  story: StoryContext,
): GazetteerPlace | null {
  const phrase = tokens.slice(first, last + 1);
  const before = tokens[first - 1];
  const after = tokens[last + 1];
  const single = first === last;
  const word = phrase[0]!.text;
  if (single && isAllCaps(word) && !/\./.test(word) && !COUNTRY_ABBREVIATIONS.has(word)) return null;
  const beforeWord = before ? foldName(before.text) : '';
  const key = foldName(text.slice(phrase[0]!.start, phrase[phrase.length - 1]!.end));
  // A name the story already used as a surname (`Michael Jordan` … `Jordan said`) stays a person.
  if (story.surnames.has(key)) return null;
  // `George Washington`, `President Jackson`: a person; `Bank of Japan` still names Japan.
  if (before?.joinedToNext && isCapitalised(before.text)) {
    if (FEATURE_WORDS.has(beforeWord)) return null;
    const named =
      PERSON_TITLES.has(beforeWord) ||
      isGivenName(before.text) ||
      (!before.sentenceStart &&
        !PLACE_PREFIXES.has(beforeWord) &&
        !lookupPlaces(before.text).length &&
        !countryByDemonym(before.text));
    if (named) {
      story.surnames.add(key);
      return null;
    }
  }
  // `Stamford, Conn.`: a state or country after a comma settles which town.
  let qualifier: { country: string; admin: string | null } | null = null;
  if (
    after &&
    /^,\s*$/.test(text.slice(phrase[phrase.length - 1]!.end, after.start)) &&
    isCapitalised(after.text)
  ) {
    const next = tokens[last + 2];
    const twoWords = next && after.joinedToNext ? `${after.text} ${next.text}` : '';
    qualifier = (twoWords && resolveQualifier(twoWords)) || resolveQualifier(after.text);
  }
  const followedByName = Boolean(
    after && phrase[phrase.length - 1]!.joinedToNext && isCapitalised(after.text),
  );
  const preposition = before && PLACE_PREPOSITIONS.has(before.text);

  // `Chad Smith`, `Paris Hilton`: a given name before a surname.
  if (single && followedByName && isGivenName(word) && !lookupPlaces(after!.text).length) return null;
  const top = candidates[0]!;
  // `Pacific Gas`, `Atlantic Richfield`: a company named after a sea or region.
  if (top.kind === 'region' && top.country === null && single && followedByName) return null;
  if (top.kind === 'country' || top.kind === 'region') {
    // `Georgia` is the US state in a US story.
    const state = candidates.find((place) => place.kind === 'region' && place.country === 'US');
    if (state && top.kind === 'country' && (homeCountry === 'US' || homeCountry === null)) return state;
    if (single && phrase[0]!.sentenceStart && isAmbiguousName(word) && !preposition) return null;
    return top;
  }
  const cities = candidates.filter((place) => place.kind === 'city');
  if (qualifier) {
    const inCountry = cities.filter((place) => place.country === qualifier.country);
    const inAdmin = qualifier.admin ? inCountry.filter((place) => place.admin === qualifier.admin) : [];
    const chosen = inAdmin[0] ?? inCountry[0];
    if (chosen) return chosen;
  }
  // A company or institution named after a small place (`Reading Co`, `Mobile Corp`) is no mention of it.
  if (followedByName && top.population < MIN_AMBIGUOUS_CITY_POPULATION) return null;
  const home = homeCountry
    ? cities.find((place) => place.country === homeCountry && place.population >= 50_000)
    : undefined;
  const best = home ?? top;
  if (!single) return best.population >= 20_000 || best.population === 0 ? best : null;
  if (best.population < MIN_TEXT_CITY_POPULATION) return null;
  if (isAmbiguousName(word) || phrase[0]!.sentenceStart) {
    if (best.population < MIN_AMBIGUOUS_CITY_POPULATION && !preposition) return null;
  }
  return best;
}

function findPlacesInText(
  text: string,
  paragraph: number,
  homeCountry: string | null,
  found: PlaceMention[],
  story: StoryContext,
) {
  const tokens = tokenize(text);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (!isCapitalised(token.text)) continue;
    let matched = false;
    // A phrase after words apart (not `U.S.Army`) folds to this word, a space and the rest: it is a
    // name only if some name of more than one word starts with this word.
    const longest =
      token.joinedToNext && tokens[i + 1]!.start > token.end && !mayStartLongerName(token.text)
        ? 1
        : Math.min(5, tokens.length - i);
    // Longest name first: `New York` before `York`, `Rio de Janeiro` before `Rio`.
    for (let length = longest; length >= 1 && !matched; length--) {
      const last = i + length - 1;
      const lastToken = tokens[last]!;
      if (!isCapitalised(lastToken.text)) continue;
      let joined = true;
      for (let k = i; k < last; k++) {
        const inner = tokens[k]!;
        if (!inner.joinedToNext || (k > i && !isCapitalised(inner.text) && !CONNECTORS.has(inner.text))) {
          joined = false;
          break;
        }
      }
      if (!joined) continue;
      const phrase = text.slice(token.start, lastToken.end);
      const candidates = lookupPlaces(phrase);
      if (candidates.length === 0) continue;
      matched = true;
      const place = choosePlace(candidates, tokens, i, last, text, homeCountry, story);
      if (place) found.push({ place, viaDemonym: false, paragraph, offset: token.start });
      i = last;
    }
    if (!matched) {
      const country = countryByDemonym(token.text);
      if (country) {
        const place: GazetteerPlace = {
          name: country.name,
          country: country.code,
          kind: 'country',
          population: 0,
          admin: null,
        };
        found.push({ place, viaDemonym: true, paragraph, offset: token.start });
      }
    }
  }
}

const mentionCache = new WeakMap<StoryLayout, { homeCountry: string | null; mentions: PlaceMention[] }>();

/** Every mention of a place in the title and body, in order; `homeCountry` is the dateline's ISO code. */
function placeMentions(layout: StoryLayout, homeCountry: string | null): PlaceMention[] {
  // extractPlaces and storyCountries both need the mentions of one layout: scan it once.
  const cached = mentionCache.get(layout);
  if (cached && cached.homeCountry === homeCountry) return cached.mentions;
  const found: PlaceMention[] = [];
  const story: StoryContext = { surnames: new Set() };
  if (layout.title) findPlacesInText(layout.title, 0, homeCountry, found, story);
  layout.paragraphs.forEach((paragraph, index) => {
    if (paragraph.text) findPlacesInText(paragraph.text, index, homeCountry, found, story);
  });
  mentionCache.set(layout, { homeCountry, mentions: found });
  return found;
}

/** Whether places named through demonyms (`Iranian officials`) are listed as the country. */
const LIST_DEMONYM_COUNTRIES = false;

/** The places a story names: its dateline place first, then places in the text, each with its country. */
export function extractPlaces(_raw: string, layout: StoryLayout, dateline: Dateline | null): PlaceRef[] {
  try {
    const places: PlaceRef[] = [];
    const seen = new Set<string>();
    const push = (place: PlaceRef) => {
      const key = `${place.kind}|${foldName(place.name)}`;
      if (seen.has(key)) return;
      seen.add(key);
      places.push(place);
    };
    let homeCountry: string | null = null;
    if (dateline?.place) {
      const resolved = layout.dateline ? resolveDatelineWords(layout.dateline.placeText ?? '') : null;
      homeCountry =
        resolved?.country ?? (dateline.country ? (countryByName(dateline.country)?.code ?? null) : null);
      push({ name: dateline.place, country: dateline.country, kind: resolved?.place?.kind ?? 'city' });
      // The dateline's country is a place of the story too (`PARIS` → Paris, France).
      if (dateline.country) push({ name: dateline.country, country: dateline.country, kind: 'country' });
    }
    for (const { place, viaDemonym } of placeMentions(layout, homeCountry)) {
      if (viaDemonym && !LIST_DEMONYM_COUNTRIES) continue;
      push({ name: place.name, country: countryName(place.country), kind: place.kind });
    }
    return places;
  } catch {
    return [];
  }
}

/** How much one mention counts towards a country being a subject of the story, by how it names it. */
const SALIENCE = {
  country: 1,
  demonym: 0.7,
  place: 0.3,
  /** A mention's weight falls with its paragraph: lead paragraphs say what a story is about. */
  position: [1, 0.6, 0.4, 0.3],
  /** A country must score this much (the dateline's country always counts). */
  threshold: 1,
};

/**
 * The countries a story is about (printed names, most salient first): the dateline's country, then
 * countries named or implied (through their cities, states or demonyms) often enough, early enough.
 * A passing mention (`a unit in London`) lists the place but does not make its country a subject.
 */
export function storyCountries(layout: StoryLayout, dateline: Dateline | null): string[] {
  try {
    const home = dateline?.country ? (countryByName(dateline.country)?.code ?? null) : null;
    const scores = new Map<string, number>();
    for (const mention of placeMentions(layout, home)) {
      const code = mention.place.country;
      if (!code) continue;
      const weight = mention.viaDemonym
        ? SALIENCE.demonym
        : mention.place.kind === 'country'
          ? SALIENCE.country
          : SALIENCE.place;
      const position = SALIENCE.position[Math.min(mention.paragraph, SALIENCE.position.length - 1)]!;
      scores.set(code, (scores.get(code) ?? 0) + weight * position);
    }
    const chosen = [...scores]
      .filter(([code, score]) => code !== home && score >= SALIENCE.threshold - 1e-9)
      .sort((a, b) => b[1] - a[1])
      .map(([code]) => countryName(code)!);
    return [...new Set([...(dateline?.country ? [dateline.country] : []), ...chosen])];
  } catch {
    return dateline?.country ? [dateline.country] : [];
  }
}
