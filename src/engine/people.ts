import { lexiconRows } from './data/tables.ts';
import type { Token } from './tokens.ts';
import type { Person } from './types.ts';

export type Gender = 'male' | 'female' | null;
export type EntityKind = 'person' | 'group' | 'other';

/**
 * compromise's word list, used as a look-up table only (running its tagger on whole stories is too slow):
 * a Map of each word's tags joined, built once, so a look-up neither joins arrays nor finds
 * `Object.prototype`'s `constructor` for the word "constructor".
 */
let words: Map<string, string> | undefined;

/** compromise's tags for a lower-cased word or phrase (`MaleName`, `Country`, `PastTense` …), or ''. */
export function lexTag(lower: string): string {
  if (!words) {
    words = new Map();
    for (const row of lexiconRows()) {
      const tab = row.indexOf('\t');
      words.set(row.slice(0, tab), row.slice(tab + 1));
    }
    for (const [word, tag] of LEXICON_FIXES) words.set(word, tag);
  }
  return words.get(lower) ?? '';
}

/** Words the word list tags as what they seldom are in the news: "against" and "beside" as adjectives. */
const LEXICON_FIXES: ReadonlyArray<[string, string]> = [
  ['against', 'Preposition'],
  ['beside', 'Preposition'],
];

/** Titles that precede a name and say who the person is: they belong to the role, not the name. */
const TITLES = new Set([
  'president',
  'vice',
  'senator',
  'sen.',
  'gov.',
  'governor',
  'rep.',
  'representative',
  'representatives',
  'senators',
  'congressman',
  'congresswoman',
  'secretary',
  'minister',
  'prime',
  'leader',
  'supreme',
  'chancellor',
  'chief',
  'justice',
  'judge',
  'general',
  'gen.',
  'mayor',
  'speaker',
  'ambassador',
  'pope',
  'king',
  'queen',
  'prince',
  'princess',
  'emir',
  'crown',
  'deputy',
  'acting',
  'former',
  'director',
  'chairman',
  'chairwoman',
  'commissioner',
  'attorney',
  'candidate',
  'nominee',
  'adm.',
  'admiral',
  'col.',
  'colonel',
  'lt.',
  'lieutenant',
  'capt.',
  'captain',
  'sgt.',
  'sergeant',
  'maj.',
  'major',
  'cardinal',
  'bishop',
  'archbishop',
  'lady',
  'lord',
  'foreign',
  'defense',
  'defence',
  'finance',
  'interior',
  'state',
  'treasury',
  'labor',
  'energy',
  'trade',
  'economy',
  'first',
  'house',
  'senate',
  'majority',
  'minority',
  'whip',
  'gop',
  'democratic',
  'republican',
  'democrat',
  'presidential',
  'spokesman',
  'spokeswoman',
  'officer',
  'executive',
  'ceo',
  'host',
  'anchor',
  'professor',
  'prof.',
  'coach',
  'agent',
  'detective',
  'officer',
  'trooper',
  'dean',
  'sheriff',
  'assemblyman',
  'assemblywoman',
  'councilman',
  'councilwoman',
  'delegate',
  'del.',
]);

/** Words of a title that name an office or party, not a person's rank: `Senate Democrats` names no one. */
const TITLE_MODIFIERS = new Set(
  `house senate state democratic republican democrat presidential gop majority minority foreign defense defence
  finance interior treasury labor energy trade economy first whip supreme prime vice chief deputy acting
  former crown general`.split(/\s+/),
);

/** Courtesy and religious titles: kept in the alias form (`Ayatollah Ali Khamenei`), not in the role. */
const HONORIFICS = new Map<string, Gender>([
  ['mr.', 'male'],
  ['mr', 'male'],
  ['mrs', 'female'],
  ['ms', 'female'],
  ['dr', null],
  ['mrs.', 'female'],
  ['ms.', 'female'],
  ['miss', 'female'],
  ['dr.', null],
  ['ayatollah', 'male'],
  ['sheikh', 'male'],
  ['rev.', null],
  ['reverend', null],
  ['sir', 'male'],
  ['dame', 'female'],
  ['rabbi', null],
  ['imam', 'male'],
  ['father', 'male'],
  ['sister', 'female'],
]);

const GENDERED_WORDS = new Map<string, Gender>([
  ['spokeswoman', 'female'],
  ['congresswoman', 'female'],
  ['chairwoman', 'female'],
  ['businesswoman', 'female'],
  ['assemblywoman', 'female'],
  ['councilwoman', 'female'],
  ['actress', 'female'],
  ['queen', 'female'],
  ['princess', 'female'],
  ['lady', 'female'],
  ['wife', 'female'],
  ['mother', 'female'],
  ['daughter', 'female'],
  ['widow', 'female'],
  ['spokesman', 'male'],
  ['congressman', 'male'],
  ['chairman', 'male'],
  ['businessman', 'male'],
  ['assemblyman', 'male'],
  ['councilman', 'male'],
  ['king', 'male'],
  ['prince', 'male'],
  ['lord', 'male'],
  ['husband', 'male'],
  ['father', 'male'],
  ['son', 'male'],
]);

/** Words that make a capitalised phrase an organisation or a place rather than a person. */
const GROUP_WORDS = new Set(
  `department ministry party committee council agency inc. corp. co. ltd. bank group commission administration
  campaign court congress senate house university college association union network news times post journal
  society foundation institute center centre office service company board fund bureau force army navy police government
  reuters press club league federation organization organisation alliance coalition authority corporation
  corp inc co ltd plc llc ag nv bhd airlines airways motors industries holdings partners trust exchange reserve pentagon kremlin parliament
  assembly cabinet embassy church school hospital county city state states republic kingdom nations fed
  team show program podcast magazine tribune herald radio television tv channel network times daily gazette review weekly
  caucus secretariat directorate regime junta command cnn fbi cia nsa nato opec gop dnc rnc msnbc nbc abc cbs fox bbc
  politico breitbart bloomberg axios vox slate salon buzzfeed huffpost yahoo gallup quinnipiac rasmussen npr pbs
  facebook twitter google apple microsoft amazon museum street avenue university`.split(/\s+/),
);

/** Capitalised words that start sentences but never names. */
const STOP_CAPS = new Set(
  `the a an and but or nor so yet for in on at to of by with from as if when while after before since
  although though because this that these those there here it its he she his her they their them we our
  i you your my who what which where why how then also still even just only not no yes mr
  however meanwhile moreover still thus instead indeed perhaps now today yesterday tomorrow last next
  monday tuesday wednesday thursday friday saturday sunday january february march april may june july
  august september october november december jan. feb. mar. apr. jun. jul. aug. sep. sept. oct. nov. dec.
  one two three some many most all any each every both several other another such many much more
  nothing something everything anything nobody everybody somebody anybody someone everyone anyone few others`.split(
    /\s+/,
  ),
);

/** Lower-case nouns that can end a role in front of a name (`State Department spokeswoman Jen Paski`). */
const ROLE_NOUNS = new Set(
  `spokeswoman spokesman spokesperson official officials adviser advisor aide strategist chairman chairwoman
  director manager lawyer attorney economist analyst candidate nominee secretary leader president minister
  senator governor ambassador executive chief deputy former acting senior top campaign press presidential
  hopeful rival challenger host anchor founder ceo chief activist commentator columnist correspondent
  reporter editor author surrogate pollster operative consultant delegate congressman congresswoman
  mayor judge justice general commander officer head lawmaker legislator representative member staffer
  businessman businesswoman billionaire mogul developer star actor actress comedian`.split(/\s+/),
);

export function isRoleNoun(lower: string): boolean {
  return ROLE_NOUNS.has(lower);
}

/** The nouns of a role someone holds, for patterns that read them ("the delegate's name"). */
export const ROLE_NOUN_LIST: readonly string[] = [...ROLE_NOUNS];

/** A word compromise knows as a verb, adverb or function word (`Once`, `Following`, `Promise`): never a name. */
export function isCommonWord(lower: string): boolean {
  if (
    /^(one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b/.test(
      lower,
    )
  )
    return true;
  const tag = lexTag(lower);
  return /Verb|Tense|Gerund|Infinitive|Adverb|Preposition|Conjunction|Determiner|Pronoun|Modal|Copula|Expression|Value/.test(
    tag,
  );
}

/**
 * An ordinary noun or adjective capitalised only by its place (`Officials said`, `Analysts say`,
 * `Democratic …`), by compromise's word list: not a name even when it speaks.
 */
export function isOrdinaryWord(lower: string): boolean {
  const common = /Adjective|Plural|Noun|Singular|Uncountable|Actor|Demonym|Abbreviation/;
  const names = /Name|Person|Place|Country|City|Region|Organization/;
  const tag = lexTag(lower);
  if (tag && common.test(tag) && !names.test(tag)) return true;
  if (lower.endsWith('s')) {
    const singular = lexTag(lower.replace(/e?s$/, '')) || lexTag(lower.slice(0, -1));
    if (singular && common.test(singular) && !names.test(singular)) return true;
  }
  return /['’]/.test(lower) || lower.endsWith('.');
}

/**
 * A plural common noun for people or sources (`officials`, `analysts`, `bankers`, `traders`, `sources`):
 * a group nobody in particular, never a named speaker.
 */
export function isGenericPlural(lower: string): boolean {
  if (!/[a-z]s$/.test(lower) || lower.endsWith('ss')) return false;
  const names = /Name|Person|Place|Country|City|Region|Organization|Demonym/;
  const tag = lexTag(lower);
  if (tag && names.test(tag)) return false;
  if (/Plural/.test(tag)) return true;
  const singular = lower.endsWith('ies') ? `${lower.slice(0, -3)}y` : lower.slice(0, -1);
  const singularTag = lexTag(singular);
  return (
    ROLE_NOUNS.has(singular) ||
    PEOPLE_NOUNS.has(singular) ||
    (/Actor/.test(singularTag) && !names.test(singularTag))
  );
}

/** A common noun for a person or people (`banker`, `official`, `analysts`): a description, never a name. */
export function isPersonNoun(lower: string): boolean {
  if (isGenericPlural(lower)) return true;
  const tag = lexTag(lower);
  return (
    ROLE_NOUNS.has(lower) ||
    PEOPLE_NOUNS.has(lower) ||
    (/Actor/.test(tag) && !/Name|Person|Place|Country|City|Region|Organization/.test(tag))
  );
}

/** Nouns for people that compromise's word list does not tag as `Actor`. */
const PEOPLE_NOUNS = new Set(
  'source witness resident observer insider participant delegate investor shareholder creditor'.split(' '),
);

export function firstNameGender(lower: string): Gender | 'unknown' | undefined {
  const tag = lexTag(lower);
  if (tag === 'MaleName') return 'male';
  if (tag === 'FemaleName') return 'female';
  if (tag === 'FirstName') return 'unknown';
  return undefined;
}

export function isHonorific(lower: string): boolean {
  return HONORIFICS.has(lower);
}

export function isTitle(lower: string): boolean {
  return TITLES.has(lower);
}

export function isGroupWord(lower: string): boolean {
  return GROUP_WORDS.has(lower);
}

export function isStopCap(lower: string): boolean {
  return STOP_CAPS.has(lower);
}

export function genderOfWord(lower: string): Gender | undefined {
  return (
    GENDERED_WORDS.get(lower) ?? (HONORIFICS.has(lower) ? (HONORIFICS.get(lower) ?? undefined) : undefined)
  );
}

function isPlaceName(lower: string): boolean {
  const tag = lexTag(lower);
  return /Country|City|Region|Place|Demonym/.test(tag);
}

/** A country, city or region by compromise's word list (`Iran`, `Paris`, `U.S.`). */
export function isPlace(name: string): boolean {
  const lower = name.toLowerCase().replace(/^the /, '');
  return isPlaceName(lower) || lower === 'u.s.' || lower === 'united states' || lower === 'america';
}

/** What a capitalised phrase names, once titles in front of it are set apart. */
export interface NamedPhrase {
  kind: EntityKind;
  /** The name without titles (`Ali Khamenei`), or the group's name without article (`United States`). */
  name: string;
  /** The same with courtesy titles in front (`Ayatollah Ali Khamenei`), when there are some. */
  honorificForm: string | null;
  gender: Gender;
  /** The gender comes from the first name only (`Lindsey`, `Terry`): a hint that pronouns may overrule. */
  genderGuessed: boolean;
  /** Index in the phrase's tokens where the name proper starts. */
  nameStart: number;
}

/** Classifies a run of capitalised tokens (leading articles and sentence-initial stop words removed). */
export function classifyPhrase(tokens: Token[]): NamedPhrase | null {
  if (tokens.length === 0) return null;
  // Pushed one by one: reading a list made by `map` here, the optimised code was thrown away more often.
  const lowers: string[] = [];
  for (const t of tokens) lowers.push(t.lower);
  const whole = lowers.join(' ').replace(/\.$/, '');
  const head = lowers.findIndex(
    (l, i) => GROUP_WORDS.has(l) && (i === lowers.length - 1 || lowers[i + 1] === 'of'),
  );
  if (head >= 0 || /Organization|SportsTeam/.test(lexTag(whole))) {
    return {
      kind: 'group',
      name: joinWords(tokens),
      honorificForm: null,
      gender: null,
      genderGuessed: false,
      nameStart: 0,
    };
  }
  if (isPlaceName(whole) || whole === 'u.s.' || whole === 'us' || whole === 'america') {
    return {
      kind: 'group',
      name: joinWords(tokens),
      honorificForm: null,
      gender: null,
      genderGuessed: false,
      nameStart: 0,
    };
  }
  // The name proper is what follows the last title or honorific.
  let nameStart = 0;
  for (let i = 0; i < tokens.length - 1; i++) {
    const l = lowers[i] as string;
    if (TITLES.has(l) || HONORIFICS.has(l) || isPlaceName(l) || l === 'of' || l === 'u.s.') nameStart = i + 1;
  }
  let honorStart = nameStart;
  while (honorStart > 0 && HONORIFICS.has(lowers[honorStart - 1] as string)) honorStart--;
  const nameTokens = tokens.slice(nameStart);
  const nameLowers = lowers.slice(nameStart);
  let gender: Gender = null;
  for (let i = 0; i < nameStart; i++) gender = genderOfWord(lowers[i] as string) ?? gender;
  const first = firstNameGender(nameLowers[0] as string);
  const genderGuessed = gender === null && (first === 'male' || first === 'female') && nameTokens.length > 1;
  if ((first === 'male' || first === 'female') && nameTokens.length > 1) gender = gender ?? first;
  // Only a real title makes a person (`Sen. Warren`); a place (`U.S. Rice`) does not. `Miss Universe`,
  // `General Agreement`: a title before an ordinary word is not a name either.
  const single = nameLowers.length === 1 ? (nameLowers[0] as string) : null;
  const ordinary =
    single !== null &&
    ((/Singular|Plural|Uncountable|Noun/.test(lexTag(single)) && !/Name|Person/.test(lexTag(single))) ||
      isCommonWord(single) ||
      isStopCap(single) ||
      /(ment|tion|sion|ness|ity|ance|ence|ship|ism|ing)$/.test(single));
  const titled =
    lowers.slice(0, nameStart).some((l) => (TITLES.has(l) && !TITLE_MODIFIERS.has(l)) || HONORIFICS.has(l)) &&
    !ordinary &&
    !/^(democrats?|republicans?|members?|leaders?|officials?|committee|relations)$/.test(
      nameLowers.join(' '),
    );
  // Capitals only (`REUTER`, headlines) are not names.
  const shouting = nameTokens.every((t) => /^[\p{Lu}\d.'’-]{2,}$/u.test(t.text));
  const lastTag = lexTag(nameLowers[nameLowers.length - 1] as string);
  // `the Trade and Industry Secretary`: a title without a name (but `Charlie King`, `Howard Dean` are names).
  const titleOnly =
    TITLES.has(nameLowers[nameLowers.length - 1] as string) &&
    nameTokens.length > 1 &&
    first === undefined &&
    nameStart === 0;
  const personLike =
    !shouting &&
    !titleOnly &&
    ((nameTokens.length > 1 && (first !== undefined || /LastName|Person/.test(lastTag))) ||
      titled ||
      /Person/.test(lexTag(nameLowers.join(' '))) ||
      /LastName/.test(lastTag));
  const name = nameTokens
    .filter((t, i) => i === 0 || i === nameTokens.length - 1 || !/^\p{Lu}\.$/u.test(t.text))
    .map((t) => t.text)
    .join(' ');
  const honorificForm =
    honorStart < nameStart
      ? tokens
          .slice(honorStart)
          .map((t) => t.text)
          .join(' ')
      : null;
  if (!personLike && nameTokens.length === 1 && isPlaceName(nameLowers[0] as string)) {
    return { kind: 'group', name, honorificForm: null, gender: null, genderGuessed: false, nameStart };
  }
  return { kind: personLike ? 'person' : 'other', name, honorificForm, gender, genderGuessed, nameStart };
}

/** Abbreviated titles and the words they stand for, so `Sen. Rubio` is `the senator`. */
const ROLE_ABBREVIATIONS: Record<string, string> = {
  'sen.': 'senator',
  'gov.': 'governor',
  'rep.': 'congressman',
  'gen.': 'general',
  'pres.': 'president',
  'lt.': 'lieutenant',
  'col.': 'colonel',
  'adm.': 'admiral',
  'prof.': 'professor',
};

/** Everything the story says about one person, gathered while reading it. */
export interface PersonRecord {
  name: string;
  /** Forms seen in the text, in order of first use. */
  forms: string[];
  role: string | null;
  gender: Gender;
  /** The gender is a guess (from the first name, or from one pronoun), not told by a title or a role. */
  genderGuessed?: boolean;
  firstSeen: number;
  /** Words of the role and titles, lower-cased, for `the senator` look-ups. */
  roleWords: Set<string>;
  /** How many times the story names this person. */
  count: number;
}

/** People of one story, merged by surname and full name. */
export class PeopleRegistry {
  readonly records: PersonRecord[] = [];
  /** Records by exact name, and by lower-cased surname: a look-up costs the same however many people. */
  private readonly byName = new Map<string, PersonRecord>();
  private readonly bySurname = new Map<string, PersonRecord[]>();
  private readonly order = new Map<PersonRecord, number>();

  /** Finds the person a name form refers to: same full name, or a surname / first-and-last match. */
  find(name: string): PersonRecord | undefined {
    const exact = this.byName.get(name);
    if (exact) return exact;
    const parts = name.split(' ');
    // Transcripts write speakers in capitals (`WALLACE`): compare surnames without case.
    const last = parts[parts.length - 1]?.toLowerCase() ?? '';
    let best: PersonRecord | undefined;
    for (const record of this.bySurname.get(last) ?? []) {
      const rparts = record.name.split(' ');
      if (!(parts.length === 1 || rparts.length === 1 || rparts[0] === parts[0])) continue;
      // `Clinton` with both Bill and Hillary Clinton in the story: the one named most often.
      if (
        !best ||
        record.count > best.count ||
        (record.count === best.count && (this.order.get(record) ?? 0) < (this.order.get(best) ?? 0))
      )
        best = record;
    }
    return best;
  }

  /** The people whose name ends in `surname` (any case). */
  withSurname(surname: string): readonly PersonRecord[] {
    return this.bySurname.get(surname.toLowerCase()) ?? [];
  }

  /** Gives a person a longer name (`Putney` → `Kerr Putney`), keeping the old one as a form. */
  rename(record: PersonRecord, name: string): void {
    if (name === record.name) return;
    // `West Virginia` is no longer form of a person called `Virginia`: a place never names a person.
    if (isPlace(name)) {
      if (!record.forms.includes(name)) record.forms.push(name);
      return;
    }
    record.forms.push(record.name);
    this.unindex(record);
    record.name = name;
    this.index(record);
  }

  private index(record: PersonRecord): void {
    if (!this.byName.has(record.name)) this.byName.set(record.name, record);
    const surname = record.name.split(' ').pop()?.toLowerCase() ?? '';
    const list = this.bySurname.get(surname);
    if (list) list.push(record);
    else this.bySurname.set(surname, [record]);
  }

  private unindex(record: PersonRecord): void {
    if (this.byName.get(record.name) === record) {
      this.byName.delete(record.name);
      // Another record of the same name (rare) takes the exact-name slot.
      const other = this.withSurname(record.name.split(' ').pop() ?? '').find(
        (r) => r !== record && r.name === record.name,
      );
      if (other) this.byName.set(other.name, other);
    }
    const surname = record.name.split(' ').pop()?.toLowerCase() ?? '';
    const list = this.bySurname.get(surname);
    if (list) list.splice(list.indexOf(record), 1);
  }

  add(
    name: string,
    at: number,
    form: string,
    gender: Gender,
    role: string | null,
    roleWords: string[],
    genderGuessed = false,
  ): PersonRecord {
    let record = this.find(name);
    // `Michelle Obama` or `Mrs. Obama` after `Mr. Obama`: a surname shared by a man and a woman is two people.
    if (
      record &&
      (record.name !== name || !genderGuessed) &&
      gender !== null &&
      record.gender !== null &&
      !record.genderGuessed &&
      record.gender !== gender
    ) {
      const surname = name.split(' ').pop() ?? name;
      record = this.withSurname(surname).find((r) => r.gender === gender || r.gender === null);
    }
    if (!record) {
      record = {
        name,
        forms: [],
        role,
        gender,
        genderGuessed: gender !== null && genderGuessed,
        firstSeen: at,
        roleWords: new Set(),
        count: 0,
      };
      this.order.set(record, this.records.length);
      this.records.push(record);
      this.index(record);
    } else if (name.split(' ').length > record.name.split(' ').length) {
      this.rename(record, name);
    }
    if (form !== record.name && !record.forms.includes(form)) record.forms.push(form);
    if (name !== record.name && !record.forms.includes(name)) record.forms.push(name);
    record.count++;
    if (!record.gender || (record.genderGuessed && gender && !genderGuessed)) {
      record.gender = gender;
      record.genderGuessed = gender !== null && genderGuessed;
    }
    record.role = record.role ?? role;
    for (const word of roleWords) record.roleWords.add(ROLE_ABBREVIATIONS[word] ?? word);
    return record;
  }

  /** The people as the contract lists them: canonical name, aliases (surname first), role. */
  toPeople(): Person[] {
    return this.records
      .slice()
      .sort((a, b) => a.firstSeen - b.firstSeen)
      .map((record) => {
        const parts = record.name.split(' ');
        const aliases: string[] = [];
        if (parts.length > 1) aliases.push(parts[parts.length - 1] as string);
        for (const form of record.forms)
          if (form !== record.name && !aliases.includes(form)) aliases.push(form);
        return { name: record.name, aliases, role: record.role };
      });
  }
}

/** Words of a name as written: spaces between them, none before a possessive (`Poor's`). */
function joinWords(tokens: Token[]): string {
  return tokens
    .map((t) => t.text)
    .join(' ')
    .replace(/ (['’]s)(?= |$)/g, '$1');
}
