import { asksQuestion, isReportingVerb } from './cues.ts';
import { isGivenName } from './gazetteer.ts';
import { CORPORATE_SUFFIX, isCapWord, type MentionRange, PARTICLES } from './mentions.ts';
import {
  classifyPhrase,
  type EntityKind,
  firstNameGender,
  type Gender,
  genderOfWord,
  isCommonWord,
  isGenericPlural,
  isGroupWord,
  isHonorific,
  isOrdinaryWord,
  isPersonNoun,
  isPlace,
  isRoleNoun,
  isStopCap,
  isTitle,
  lexTag,
  type NamedPhrase,
  PeopleRegistry,
  type PersonRecord,
} from './people.ts';
import { reflow, type Token } from './tokens.ts';
import { isStopword } from './words.ts';

/**
 * `Ansell regional director Chris Humphrey`, `managing director`: a plain word right before a lower-case
 * role noun qualifies it (a verb before them does not: `said director …`).
 */
function qualifiesRole(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k] as Token;
  return (
    /^[a-z]+$/.test(t.text) &&
    !isStopword(t.lower) &&
    (!isCommonWord(t.lower) || ROLE_PARTICIPLE.test(t.lower)) &&
    isRoleNoun((tokens[k + 1] as Token | undefined)?.text ?? '')
  );
}

/** A verb's -ing form that qualifies a role (`managing director`), not one that joins a clause (`including`). */
const ROLE_PARTICIPLE =
  /^(?!(?:including|according|regarding|concerning|following|during|saying|making|being|having)$)[a-z]+ing$/;

/** A word that may follow a speaker: a verb of saying, or a word `nextIsSpeech` reads past. */
const SPEECH_OR_ADVERB =
  /^(?:also|later|then|has|had|have|once|again|said|say|told|wrote|spoke|thought|felt|[a-z]+ed|[a-z]+s)$/;

/** The people the narration describes as speaking but never names (see `unnamedSpeaker`). */
const UNNAMED = new WeakSet<PersonRecord>();

/** A person named (or referred to by `he`/`she`) at `start`, and whether as a subject. */
interface TimelineEntry {
  start: number;
  record: PersonRecord;
  subject: boolean;
  sentence: number;
  /** Named as an owner (`Clinton's advisers`): in passing, not in focus. */
  possessive: boolean;
}

/** One place where the story names a person or a group. */
export interface EntityMention {
  from: number;
  to: number;
  start: number;
  kind: EntityKind;
  name: string;
  gender: Gender;
  record: PersonRecord | null;
  /** The rule of `NAME_RULES` that last decided what the name is. */
  rule: NameRuleName;
}

/**
 * A title standing for a person without naming them: `the Secretary`, `Industry Secretary`. `Charlie King`,
 * `Mr. King` or a lone `Dean` are names.
 */
function isBareTitle(tokens: Token[], from: number, to: number): boolean {
  const last = tokens[to] as Token;
  // `the White House` names an office, though `House` can be part of a title (`House Speaker`).
  if (!isTitle(last.lower) || isGroupWord(last.lower)) return false;
  const words = tokens.slice(from, to + 1).filter((t) => t.word);
  if (words.some((t) => firstNameGender(t.lower) !== undefined || isHonorific(t.lower))) return false;
  return words.length > 1 || tokens[from - 1]?.lower === 'the' || words[0]?.lower === 'the';
}

/** Party and camp words that head sentences (`Democrats said`) but name no one. */
/** Words that end a role written after a name: a clause or a list goes on rather than a role. */
const ROLE_STOP =
  /^(?:and|or|but|who|whom|which|that|said|says|told|is|was|are|were|has|had|have|will|would)$/;
/** The words that start what follows a role's noun: `chairman of…`, `spokeswoman for…`. */
const ROLE_TAIL = /^(?:of|for|at|with)$/;
/**
 * Words a role's `of` phrase may run to: `director of the Division of Investment for the state of New
 * Jersey` takes 11; longer, it is a clause rather than a role.
 */
const ROLE_TAIL_REACH = 16;
const PARTY_WORDS =
  /^(democrats?|republicans?|democratic|conservatives?|liberals?|progressives?|independents?|libertarians?|officials|sources|aides|analysts|experts|critics|supporters|voters|observers)$/;

/** Titles that never stand alone as a surname. */
const LONE_TITLES =
  /^(general|official|industry|president|secretary|minister|governor|senator|chairman|director|spokesman|spokeswoman|chief|commissioner|ambassador)$/;

/** Names that end like a company's (`Sandoz AG`, `Acme Widget Corp`). */
const CORPORATE =
  /\b(inc|corp|co|ltd|plc|ag|nv|sa|llc|group|company|holdings|industries|bank|airlines|motors)\.?$/i;

/** Descriptions that name a story's main figure (`the nominee`), unlike `the spokesman` or `the aide`. */
const FOCUS_NOUNS = new Set(
  `candidate nominee senator president governor businessman businesswoman billionaire mogul frontrunner
  front-runner neurosurgeon congressman congresswoman secretary mayor chancellor minister premier king queen
  pope justice judge star actor actress singer`.split(/\s+/),
);

/** Words before a capitalised phrase that make it a title or a name, not a description. */
const DETERMINER_LIKE = /^(the|this|that|of|by|from|to|in|at|with|said|says|told)$/;

/** Company suffixes that never name a company on their own (`Inc`, `Corp`). */
const LONE_SUFFIX = /^(inc|corp|co|ltd|plc|llc|ag|nv|bhd)\.?$/;

const LINKING = new Set(['of', 'for', 'and']);

/** Pronoun scoring: a matching known gender, and a first name whose usual gender differs. */
const GENDER_BONUS = 1;
const NAME_GENDER_PENALTY = 2.5;
const LAST_SUBJECT_BONUS = 1;
/** How many earlier mentions a look-back reads: more than any real story keeps in play. */
const LOOK_BACK = 400;
/** Longer capitalised runs are no one's name or role. */
const MAX_NAME_WORDS = 16;

/**
 * What a capitalised name is, as an ordered list of rules. The word lists classify it first; the rules read
 * while scanning (`run`) then apply in order, each seeing the decision of the ones before; the rules for a
 * name still no one's once the whole story is read (`story`) apply after, the first that matches deciding.
 * Each has an example (a test checks that in it, the rule makes `name` a `kind`).
 */
export const NAME_RULES = [
  {
    name: 'classified by its words',
    stage: 'words',
    matches: 'group words (`Department`, `Party`), places, titles and given names in the name',
    decides: 'organisation or place (group), person, or not known yet (other)',
    example: 'Gov. Chris Christie spoke to the Finance Ministry in Paris.',
    entity: 'Chris Christie',
    kind: 'person',
  },
  {
    name: 'a place is no person',
    stage: 'run',
    matches:
      'a name the word lists took for a person (`Republican of West Virginia`) that is a place or country',
    decides: 'the place',
    example: 'Shelley Moore Capito, Republican of West Virginia, spoke first.',
    entity: 'West Virginia',
    kind: 'group',
  },
  {
    name: 'place after a preposition',
    stage: 'run',
    matches: 'a lone name after `in`, `at`, `from`, `near`, `to` …',
    decides: 'the place, not a person, whatever the word lists say',
    example: 'Sales fell in Houston last year.',
    entity: 'Houston',
    kind: 'other',
  },
  {
    name: 'short form of an organisation',
    stage: 'run',
    matches:
      'the first words of an organisation named in the story, unless a person named in full has them as surname',
    decides: 'that organisation',
    example: 'Ultrasystems Inc lost money. Ultrasystems said sales fell.',
    entity: 'Ultrasystems Inc',
    kind: 'group',
  },
  {
    name: 'a name that speaks',
    stage: 'run',
    matches:
      'an unknown name followed by a speech verb or a role in apposition, not an ordinary word or a bare title',
    decides: 'a person',
    example: 'Lindqvist said the vote would be close.',
    entity: 'Lindqvist',
    kind: 'person',
  },
  {
    name: 'surname of someone named',
    stage: 'story',
    matches: 'a name left undecided that is the surname (or name) of a person the story names',
    decides: 'that person',
    example: 'Putney arrived late. Kerr Putney said he was sorry.',
    entity: 'Kerr Putney',
    kind: 'person',
  },
  {
    name: 'relative sharing a surname',
    stage: 'story',
    matches: "a first name and surname whose surname is a known person's but whose first name differs",
    decides: 'another person of that family',
    example: 'Keith Lamont Scott died on Tuesday. Rakeyia Scott filmed the scene.',
    entity: 'Rakeyia Scott',
    kind: 'person',
  },
] as const;

type NameRuleName = (typeof NAME_RULES)[number]['name'];
type RunRuleName = Extract<(typeof NAME_RULES)[number], { stage: 'run' }>['name'];
type StoryRuleName = Extract<(typeof NAME_RULES)[number], { stage: 'story' }>['name'];

/** What the scanning rules read about one capitalised name. */
interface RunSite {
  from: number;
  runEnd: number;
  phrase: NamedPhrase;
  /** Surnames of the people named in full. */
  surnames: Set<string | undefined>;
  /** Each organisation's name by the words it starts with. */
  groupsByStart: Map<string, string>;
  isSpeaker: (index: number) => boolean;
  rule: NameRuleName;
}

/** A capitalised run of words, from its first to its last token, and what its words make it. */
interface NamedRun {
  from: number;
  runEnd: number;
  phrase: NamedPhrase;
}

/** `Scotty's Inc`, `Standard and Poor's Corp`, `Woolcott and Co`: company names hold `'s` and `and`. */
function corporateNameAhead(tokens: Token[], k: number): boolean {
  let m = k;
  while (
    isCapWord(tokens[m]) ||
    tokens[m]?.lower === "'s" ||
    tokens[m]?.lower === 'and' ||
    tokens[m]?.text === '&'
  ) {
    if (CORPORATE_SUFFIX.test((tokens[m] as Token).lower) && isCapWord(tokens[m])) return true;
    m++;
    if (m - k > 6) break;
  }
  return false;
}

/**
 * A role's words and the words of tokens `[from, to)` before them (lower case), pushed one by one: lists
 * made by spreading and `map` here had kinds the optimised code had not met, and it was thrown away.
 */
function roleWords(words: readonly string[], tokens: Token[], from: number, to: number): string[] {
  const out: string[] = [];
  for (const word of words) out.push(word);
  for (let k = from; k < to; k++) out.push((tokens[k] as Token).lower);
  return out;
}

/** The people and groups of a story in reading order, and the rules that say who a mention refers to. */
export class StoryEntities {
  readonly mentions: EntityMention[] = [];
  readonly registry = new PeopleRegistry();
  private readonly byToken = new Map<number, EntityMention>();

  constructor(
    private readonly raw: string,
    private readonly tokens: Token[],
    inQuote: (index: number) => boolean,
    isSubject: (index: number) => boolean = () => false,
    private readonly sentenceOf: (index: number) => number = () => -1,
    isSpeaker: (index: number) => boolean = () => false,
  ) {
    const pending: EntityMention[] = [];
    const lowerWords = this.lowerWords;
    for (const t of tokens) if (t.word && !t.cap) lowerWords.add(t.lower);
    // First the capitalised runs and what they look like; then, knowing the organisations, the people. (In
    // methods of their own: the optimiser recompiles a part whose types change, not the whole constructor.)
    const runs = this.capitalisedRuns(tokens, inQuote);
    // Each organisation's name by the words it starts with (`Ultrasystems` → `Ultrasystems Inc`), first named first.
    const groupsByStart = new Map<string, string>();
    for (const run of runs) {
      if (run.phrase.kind !== 'group') continue;
      const words = run.phrase.name.split(' ');
      // `H.J. Heinz Co` is `Heinz` for short: its first words past the founder's initials.
      const from = words.length > 2 && /^(?:\p{Lu}\.){1,3}$/u.test(words[0]!) ? [0, 1] : [0];
      for (const first of from)
        for (let n = first + 1; n < Math.min(words.length, first + MAX_NAME_WORDS); n++) {
          const start = words.slice(first, n).join(' ');
          if (!groupsByStart.has(start)) groupsByStart.set(start, run.phrase.name);
        }
    }
    // Surnames of the people named in full: `White` after `Ed White` is him, not short for `the White House`.
    const surnames = new Set(
      runs.filter((run) => run.phrase.kind === 'person').map((run) => run.phrase.name.split(' ').pop()),
    );
    for (const run of runs) this.addRunMention(run, { surnames, groupsByStart, isSpeaker }, pending);
    // Names that are no one's on their own: the first later rule that matches decides.
    for (const mention of pending)
      for (const rule of NAME_RULES)
        if (rule.stage === 'story' && this.laterNameRules[rule.name](mention)) {
          mention.rule = rule.name;
          break;
        }
    for (const mention of this.mentions) if (mention.record) mention.gender = mention.record.gender;
    this.resolveNarrationPronouns(inQuote, isSubject);
  }

  /** The capitalised runs of words outside quotes, each with what its words make it (see classifyPhrase). */
  private capitalisedRuns(tokens: Token[], inQuote: (index: number) => boolean): NamedRun[] {
    const runs: NamedRun[] = [];
    for (let i = 0; i < tokens.length; i++) {
      if (!isCapWord(tokens[i]) || inQuote(i)) continue;
      let end = i;
      for (;;) {
        // A company suffix (`Inc.`) ends a name.
        if (/^(inc|corp|co|ltd)\.$/.test((tokens[end] as Token).lower)) break;
        const next = tokens[end + 1];
        if (isCapWord(next)) end++;
        else if (
          // `Bill de Blasio`: a name particle between a first name and a capitalised surname.
          next &&
          PARTICLES.has(next.lower) &&
          !next.cap &&
          isCapWord(tokens[end + 2]) &&
          !inQuote(end + 2) &&
          !isGroupWord((tokens[end] as Token).lower) &&
          !isPlace((tokens[end] as Token).text)
        )
          end += 2;
        else if (
          // `Secretary of State`, `Bank of America` join through `of`; `James Clyburn of South Carolina` does not.
          next?.lower === 'of' &&
          isCapWord(tokens[end + 2]) &&
          !inQuote(end + 2) &&
          (isGroupWord((tokens[end] as Token).lower) || isTitle((tokens[end] as Token).lower)) &&
          // `Peter T. King of New York`: after a given name or an initial, `King` is a surname.
          !(
            end > i &&
            (firstNameGender((tokens[end - 1] as Token).lower) !== undefined ||
              /^\p{Lu}\.$/u.test((tokens[end - 1] as Token).text))
          )
        )
          end += 2;
        else if (
          (next?.lower === "'s" || next?.lower === 'and' || next?.text === '&') &&
          isCapWord(tokens[end + 2]) &&
          corporateNameAhead(tokens, end + 2)
        )
          end += 2;
        else break;
      }
      let from = i;
      // A company's or an office's name keeps its ordinary words (`Flowers Industries Inc`, `Savin Corp`,
      // `the State Department`, `the White House`).
      const company =
        CORPORATE_SUFFIX.test((tokens[end] as Token).lower) || isGroupWord((tokens[end] as Token).lower);
      // Sentence-initial words and ordinary verbs in front of a name (`Believe In John Kasich`).
      while (
        from < end &&
        (isStopCap((tokens[from] as Token).lower) ||
          (!company &&
            isCommonWord((tokens[from] as Token).lower) &&
            firstNameGender((tokens[from] as Token).lower) === undefined))
      )
        from++;
      if (from === end && isStopCap((tokens[from] as Token).lower)) from++;
      i = end;
      if (from > end) continue;
      // `Industrial Equity (Pacific) Ltd`, `Jacobs Engineering group Inc`: a company suffix cut off from its
      // name is nobody.
      if (from === end && LONE_SUFFIX.test((tokens[from] as Token).lower)) continue;
      const phrase = classifyPhrase(tokens.slice(from, end + 1));
      if (phrase) {
        this.dropStrayTitle(tokens, from, end, phrase);
        runs.push({ from, runEnd: end, phrase });
      }
    }
    return runs;
  }

  /** The mention of one capitalised run, with its person's record (role, gender) for a person. */
  private addRunMention(
    { from, runEnd, phrase }: NamedRun,
    context: Pick<RunSite, 'surnames' | 'groupsByStart' | 'isSpeaker'>,
    pending: EntityMention[],
  ): void {
    const tokens = this.tokens;
    const { surnames, groupsByStart, isSpeaker } = context;
    const site: RunSite = {
      from,
      runEnd,
      phrase,
      surnames,
      groupsByStart,
      isSpeaker,
      rule: 'classified by its words',
    };
    for (const rule of NAME_RULES)
      if (rule.stage === 'run' && this.nameRules[rule.name](site)) site.rule = rule.name;
    const mention: EntityMention = {
      from,
      to: runEnd,
      start: (tokens[from] as Token).start,
      kind: phrase.kind,
      name: phrase.name,
      gender: phrase.gender,
      record: null,
      rule: site.rule,
    };
    if (mention.kind === 'person') {
      const stray = this.strayTitles.has(from + phrase.nameStart - 1)
        ? tokens[from + phrase.nameStart - 1]
        : null;
      const role =
        this.roleBefore(from, from + phrase.nameStart) ??
        (stray ? { text: stray.text, words: [stray.lower] } : null) ??
        (phrase.nameStart === 0 ? this.roleBeforeComma(from, runEnd) : null) ??
        this.roleAfterComma(runEnd);
      const form = phrase.honorificForm ?? phrase.name;
      mention.record = this.registry.add(
        phrase.name,
        mention.start,
        form,
        phrase.gender,
        role?.text ?? null,
        // `Gov. Chris Christie`: the title in front of the name is a role word too.
        roleWords(role?.words ?? [], tokens, from, from + phrase.nameStart),
        phrase.genderGuessed,
      );
      // A gendered role (`widow Terry Strada`, `spokeswoman Jesse Lehrich`) tells more than a first name.
      let roleGender: Gender | undefined;
      for (const word of role?.words ?? []) {
        roleGender = genderOfWord(word);
        if (roleGender) break;
      }
      if (roleGender) {
        mention.record.gender = roleGender;
        mention.record.genderGuessed = false;
      }
      const honorific = tokens.slice(from, from + phrase.nameStart).find((t) => isHonorific(t.lower));
      if (honorific && (!mention.record.gender || mention.record.genderGuessed)) {
        const told = genderOfWord(honorific.lower);
        if (told) {
          mention.record.gender = told;
          mention.record.genderGuessed = false;
        }
      }
    } else if (phrase.kind === 'other') {
      pending.push(mention);
    } else if (from === runEnd && isPlace(phrase.name)) {
      // `Bolton said` after `John Bolton`: a surname that is also a town's name is the person.
      pending.push(mention);
    }
    this.mentions.push(mention);
    for (let k = from; k <= runEnd; k++) this.byToken.set(k, mention);
  }

  /** The rules of `NAME_RULES` read while scanning the names, in order; each returns true when it decided. */
  private readonly nameRules: Record<RunRuleName, (site: RunSite) => boolean> = {
    'a place is no person': ({ phrase }) => {
      if (phrase.kind !== 'person' || !isPlace(phrase.name)) return false;
      phrase.kind = 'group';
      return true;
    },
    'place after a preposition': ({ from, runEnd, phrase }) => {
      if (
        phrase.kind !== 'person' ||
        from !== runEnd ||
        phrase.nameStart !== 0 ||
        !/^(in|at|from|near|across|outside|throughout|into|to)$/.test(this.tokens[from - 1]?.lower ?? '')
      )
        return false;
      phrase.kind = 'other';
      return true;
    },
    'short form of an organisation': ({ from, runEnd, phrase, surnames, groupsByStart }) => {
      if (phrase.kind === 'group') return false;
      const text = this.tokens
        .slice(from, runEnd + 1)
        .map((t) => t.text)
        .join(' ');
      const full = surnames.has(text) ? undefined : groupsByStart.get(text);
      if (!full) return false;
      phrase.kind = 'group';
      phrase.name = full;
      return true;
    },
    'a name that speaks': ({ from, runEnd, phrase, isSpeaker }) => {
      // `Back in Virginia, Mr. Clarke said`: a place before a speaker does not speak.
      if (phrase.kind !== 'other' || isPlace(phrase.name)) return false;
      const tokens = this.tokens;
      const speaks =
        this.nextIsSpeech(runEnd + 1) ||
        (runEnd > from && runEnd - from < 3 && (isSpeaker(runEnd) || this.roleApposition(runEnd + 1)));
      if (!speaks || isBareTitle(tokens, from, runEnd)) return false;
      const single = (tokens[from] as Token).lower;
      // A word the story also writes in lower case (`Observers said` / `observers`) is no name.
      const ordinary =
        (runEnd === from &&
          (isOrdinaryWord(single) ||
            this.lowerWords.has(single) ||
            PARTY_WORDS.test(single) ||
            LONE_TITLES.test(single) ||
            single.length < 2)) ||
        // `U.S. Officials said`, `a U.S. Banker said`: a noun for people after a place is nobody in particular.
        (from + phrase.nameStart === runEnd && isPersonNoun((tokens[runEnd] as Token).lower));
      if (ordinary) return false;
      phrase.kind = 'person';
      return true;
    },
  };

  /** The rules of `NAME_RULES` for names left undecided once the whole story is read. */
  private readonly laterNameRules: Record<StoryRuleName, (mention: EntityMention) => boolean> = {
    'surname of someone named': (mention) => {
      const record = this.registry.find(mention.name);
      if (!record) return false;
      mention.kind = 'person';
      mention.record = record;
      record.count++;
      // `Kerr Putney` first, `Putney said` later: the longer form is the person's name.
      if (mention.name.split(' ').length > record.name.split(' ').length)
        this.registry.rename(record, mention.name);
      else if (!record.forms.includes(mention.name) && mention.name !== record.name)
        record.forms.push(mention.name);
      return true;
    },
    'relative sharing a surname': (mention) => {
      if (!this.isRelative(mention)) return false;
      mention.kind = 'person';
      mention.record = this.registry.add(mention.name, mention.start, mention.name, mention.gender, null, []);
      return true;
    },
  };

  /**
   * `Secertary James Baker`, `Chief of Staff Howard Baker`, `Manager Tom Gallagher`: a capitalised word in
   * front of a full name that is no given name is a title (misspelt, or one the title list lacks). It leaves
   * the name when it is an ordinary word, or when the story also names the person without it.
   */
  private dropStrayTitle(tokens: Token[], from: number, end: number, phrase: NamedPhrase): void {
    if (phrase.kind === 'group') return;
    this.dropOwner(tokens, from, end, phrase);
    const at = from + phrase.nameStart;
    // `Staff Hector Rios Erenu`: a full name may have a middle name or a second surname.
    if (end - at !== 2 && end - at !== 3) return;
    const [word, given, surname] = [tokens[at], tokens[at + 1], tokens[end]] as [Token, Token, Token];
    if (end - at === 3 && !/^\p{Lu}\p{Ll}+$/u.test((tokens[at + 2] as Token).text)) return;
    const plain = /^\p{Lu}\p{Ll}+$/u;
    // `Rear-Admiral`, `Chairman-elect`, and acronyms of organisations (`GATT Michael Samuels`).
    const acronym = /^\p{Lu}{2,6}$/u.test(word.text);
    if (!(acronym || /^\p{Lu}\p{Ll}+(-\p{L}+)*$/u.test(word.text))) return;
    if (!plain.test(given.text) || !/^\p{Lu}/u.test(surname.text)) return;
    if (isGivenName(word.lower) || firstNameGender(word.lower) !== undefined || isHonorific(word.lower))
      return;
    if (!isGivenName(given.lower) && firstNameGender(given.lower) === undefined) return;
    const ordinary =
      acronym ||
      // `Secretary of Commerce Bruce Smart`: the word closes the name of an office.
      (at > from && (tokens[at - 1] as Token).lower === 'of') ||
      this.lowerWords.has(word.lower) ||
      isPlace(word.text) ||
      word.lower.split('-').some((part) => isRoleNoun(part) || isTitle(part) || isOrdinaryWord(part)) ||
      isCommonWord(word.lower) ||
      // Nouns for jobs and offices that the word list lacks (`Investor`, `Treasurer`, `Ombudsman`, `Aviation`).
      /(er|or|ist|man|ian|tion|sion|ment|ance|ence|ity|ship|ure|ary|ive|ics|ing)$/.test(word.lower);
    if (!ordinary && (end - at !== 2 || !this.namedWithout(word, given, surname))) return;
    this.strayTitles.add(at);
    phrase.nameStart++;
    phrase.name = tokens
      .slice(at + 1, end + 1)
      .map((t) => t.text)
      .join(' ');
    phrase.kind = 'person';
    if (phrase.gender === null) {
      const gender = firstNameGender(given.lower);
      if (gender === 'male' || gender === 'female') {
        phrase.gender = gender;
        phrase.genderGuessed = true;
      }
    }
  }

  /**
   * `the Washington Post Trump said`: an organisation's name run into a person's. The words after the
   * organisation word are the person when they are a full name or a surname the story gives a first name.
   */
  private dropOwner(tokens: Token[], from: number, end: number, phrase: NamedPhrase): void {
    const at = from + phrase.nameStart;
    let group = -1;
    for (let k = at; k < end; k++) if (isGroupWord((tokens[k] as Token).lower)) group = k;
    if (group < 0 || end - group > 2) return;
    const rest = tokens.slice(group + 1, end + 1);
    const plain = /^\p{Lu}\p{Ll}+$/u;
    if (!rest.every((t) => plain.test(t.text))) return;
    const first = rest[0] as Token;
    const person =
      rest.length === 2
        ? isGivenName(first.lower) || firstNameGender(first.lower) !== undefined
        : this.afterGivenName().has(first.text);
    if (!person) return;
    phrase.nameStart = group + 1 - from;
    phrase.name = rest.map((t) => t.text).join(' ');
    phrase.kind = 'person';
  }

  /**
   * `a U.S. Banker`, `a senior U.S. Official`: a capitalised description after an indefinite article or a
   * lower-case modifier, unlike a title (`the Washington Examiner`) or a surname (`Baron`).
   */
  private describesSomeone(mention: EntityMention): boolean {
    const lead = this.tokens[mention.from - 1];
    if (mention.to === mention.from || !lead?.word) return false;
    return (
      /^(a|an|one|another)$/.test(lead.lower) ||
      (/^[a-z]+$/.test(lead.text) && !DETERMINER_LIKE.test(lead.lower))
    );
  }

  /** Token indices of title words `dropStrayTitle` took out of names. */
  private readonly strayTitles = new Set<number>();

  /** The story writes `given surname` somewhere without `word` in front. */
  private namedWithout(word: Token, given: Token, surname: Token): boolean {
    const before = this.wordsBeforePair().get(`${given.text} ${surname.text}`);
    return before !== undefined && [...before].some((text) => text !== word.text);
  }

  private pairs: Map<string, Set<string>> | null = null;
  /** For each pair of words the story writes, the words written in front of it; read once, on demand. */
  private wordsBeforePair(): Map<string, Set<string>> {
    if (this.pairs) return this.pairs;
    const pairs = new Map<string, Set<string>>();
    const tokens = this.tokens;
    for (let k = 0; k + 1 < tokens.length; k++) {
      const key = `${(tokens[k] as Token).text} ${(tokens[k + 1] as Token).text}`;
      const before = tokens[k - 1]?.text ?? '';
      const set = pairs.get(key);
      if (set) set.add(before);
      else pairs.set(key, new Set([before]));
    }
    this.pairs = pairs;
    return pairs;
  }

  private givenNamed: Set<string> | null = null;
  /** Words the story writes right after a capitalised given name (`Donald Trump`); read once, on demand. */
  private afterGivenName(): Set<string> {
    if (this.givenNamed) return this.givenNamed;
    const plain = /^\p{Lu}\p{Ll}+$/u;
    const words = new Set<string>();
    for (let k = 1; k < this.tokens.length; k++) {
      const before = this.tokens[k - 1] as Token;
      if (plain.test(before.text) && isGivenName(before.lower)) words.add((this.tokens[k] as Token).text);
    }
    this.givenNamed = words;
    return words;
  }

  /** A two-word name whose surname is a known person's but whose first name differs (`Rakeyia Scott`). */
  private isRelative(mention: EntityMention): boolean {
    if (mention.to !== mention.from + 1) return false;
    const first = this.tokens[mention.from] as Token;
    const last = this.tokens[mention.to] as Token;
    if (isStopCap(first.lower) || isTitle(first.lower) || isCommonWord(first.lower) || isPlace(first.text))
      return false;
    if (!/^\p{Lu}\p{Ll}+$/u.test(first.text) || !/^\p{Lu}\p{Ll}+$/u.test(last.text)) return false;
    return this.registry
      .withSurname(last.text)
      .some((r) => r.name.includes(' ') && r.name.endsWith(` ${last.text}`));
  }

  /** Words the story writes in lower case somewhere: ordinary words even when capitalised. */
  private readonly lowerWords = new Set<string>();

  /** The people named or referred to in the narration, in reading order, with their focus. */
  private readonly timeline: TimelineEntry[] = [];

  /** Who each `he`/`she` of the narration is, in reading order, so that chains of pronouns keep their person. */
  private readonly pronouns = new Map<number, PersonRecord | null>();

  private resolveNarrationPronouns(
    inQuote: (index: number) => boolean,
    isSubject: (index: number) => boolean,
  ): void {
    const timeline = this.timeline;
    let next = 0;
    for (let i = 0; i < this.tokens.length; i++) {
      while (next < this.mentions.length && (this.mentions[next] as EntityMention).from <= i) {
        const mention = this.mentions[next] as EntityMention;
        next++;
        if (!mention.record) continue;
        let subject = false;
        for (let k = mention.from; k <= mention.to; k++) subject ||= isSubject(k);
        timeline.push({
          start: mention.start,
          record: mention.record,
          subject,
          sentence: this.sentenceOf(mention.from),
          possessive: this.tokens[mention.to + 1]?.lower === "'s",
        });
      }
      const t = this.tokens[i] as Token;
      if (inQuote(i)) continue;
      const unnamed = this.unnamedSpeaker(i, isSubject);
      if (unnamed)
        timeline.push({
          start: t.start,
          record: unnamed,
          subject: true,
          sentence: this.sentenceOf(i),
          possessive: false,
        });
      if (t.lower !== 'he' && t.lower !== 'she') continue;
      const sentence = this.sentenceOf(i);
      const record = this.pickPerson(timeline, t.lower === 'she' ? 'female' : 'male', t.start, sentence);
      // Someone the story never names (`the senior bank official`) is in focus: the pronoun is theirs,
      // and names no one, rather than the last person named before them.
      this.pronouns.set(t.start, record && UNNAMED.has(record) ? null : record);
      // `he`/`she` opening a clause (`…; he has denied`, `but she's leaning`) keep their person in focus.
      const before = this.tokens[i - 1];
      const clauseStart = !before?.word || /^(and|but|so|yet|or)$/.test(before.lower);
      if (record)
        timeline.push({
          start: t.start,
          record,
          subject: isSubject(i) || clauseStart,
          sentence,
          possessive: false,
        });
    }
  }

  /**
   * The person a `he`/`she` at `at` most likely refers to: recent, of that gender, and preferably the
   * subject of a sentence (the person in focus) rather than someone named in passing.
   */
  private pickPerson(
    timeline: Array<TimelineEntry>,
    wanted: Gender,
    at: number,
    sentence: number,
  ): PersonRecord | null {
    let best: PersonRecord | null = null;
    let bestScore = Number.NEGATIVE_INFINITY;
    for (let k = timeline.length - 1, rank = 0; k >= 0 && rank < 12; k--, rank++) {
      const entry = timeline[k] as TimelineEntry;
      if (at - entry.start > 2500) break;
      const gender = entry.record.gender;
      // A first name's usual gender is a hint (`Lindsey Graham` is `he`); a title or role is not.
      const mismatch = gender !== null && gender !== wanted;
      if (mismatch && !entry.record.genderGuessed) continue;
      // A subject earlier in the pronoun's own sentence (`Shenefield doesn't like either, but she …`) wins.
      const sameSentence = entry.subject && sentence >= 0 && entry.sentence === sentence;
      // The subject of the sentence just before (`Reince Priebus … announced …. "…," he said.`).
      const lastSentence = entry.subject && sentence > 0 && entry.sentence === sentence - 1;
      const score =
        (entry.subject ? 3 : 0) +
        (sameSentence ? 2 : 0) +
        (lastSentence ? LAST_SUBJECT_BONUS : 0) +
        (gender === wanted ? GENDER_BONUS : 0) -
        (mismatch ? NAME_GENDER_PENALTY : 0) -
        (entry.possessive ? 1 : 0) -
        rank * 0.6;
      if (score > bestScore) {
        best = entry.record;
        bestScore = score;
      }
    }
    if (!best) {
      for (let k = timeline.length - 1; k >= 0 && timeline.length - k <= LOOK_BACK; k--) {
        const entry = timeline[k] as TimelineEntry;
        if (entry.record.gender === wanted) return entry.record;
      }
      return null;
    }
    // Pronoun history: once `she` refers to someone, that person is probably female (a guess: the
    // pronoun may have been resolved wrongly, and a wrong lock would mislead every later pronoun).
    if (!best.gender) {
      best.gender = wanted;
      best.genderGuessed = true;
    }
    return best;
  }

  /**
   * Someone described and never named, as the pronouns after them read them: `a senior central bank
   * official told reporters` (an indefinite description that speaks) is someone new, and `the official
   * cited …` (a definite one, speaking or a sentence's subject) the one so described before. Null for
   * anyone else, whom the readings of names and definite descriptions decide.
   */
  private unnamedSpeaker(at: number, isSubject: (index: number) => boolean): PersonRecord | null {
    const t = this.tokens[at] as Token;
    if (!t.word || t.cap) return null;
    // The cheapest tests first: this runs for every word of the narration.
    const next = this.tokens[at + 1];
    // Asking is no saying: `A reporter asked Sanders …. He replied` is Sanders.
    const speaks =
      next?.word === true &&
      !next.cap &&
      SPEECH_OR_ADVERB.test(next.lower) &&
      this.nextIsSpeech(at + 1) &&
      !this.tokens.slice(at + 1, at + 4).some((word) => asksQuestion(word.lower));
    // A spokesman speaks for an organisation, which the speaker's reading names (`a company spokesman`).
    if (
      (!speaks && !isSubject(at)) ||
      t.lower.startsWith('spokes') ||
      !isPersonNoun(t.lower) ||
      isGenericPlural(t.lower)
    )
      return null;
    // A determiner a few words back, with only words between: `the senior bank official`.
    let k = at - 1;
    while (k >= 0 && at - k <= 5 && this.tokens[k]?.word && !/^(?:a|an|the)$/.test(this.tokens[k]!.lower)) {
      if (this.tokens[k + 1]?.lower === "'s" || /^(?:'s|of)$/.test(this.tokens[k]!.lower)) return null;
      k--;
    }
    const determiner = k >= 0 ? (this.tokens[k]?.lower ?? '') : '';
    if (!/^(?:a|an|the)$/.test(determiner)) return null;
    // `the official` after `a senior central bank official`: the one described before by that noun
    // and never named. Any other (`the actor` for Tim Allen, `the senator` for Rubio) is left to the
    // reading of definite descriptions and pronouns.
    if (determiner === 'the') {
      for (let e = this.timeline.length - 1, rank = 0; e >= 0 && rank < 10; e--, rank++) {
        const entry = this.timeline[e] as TimelineEntry;
        if (t.start - entry.start > 1500) break;
        if (UNNAMED.has(entry.record) && entry.record.roleWords.has(t.lower)) return entry.record;
      }
      return null;
    }
    // `a senior central bank official told reporters`: someone the story does not name, who speaks
    // (`Ivanka Trump, a fashion designer, …` describes someone named).
    if (!speaks) return null;
    const record: PersonRecord = {
      name: '',
      forms: [],
      role: null,
      gender: null,
      firstSeen: t.start,
      roleWords: new Set([t.lower]),
      count: 0,
    };
    UNNAMED.add(record);
    return record;
  }

  /** `Reince Priebus, the GOP chairman, …`: a role in apposition after a name makes it a person's. */
  private roleApposition(at: number): boolean {
    if (this.tokens[at]?.text !== ',') return false;
    const lead = this.tokens[at + 1]?.lower ?? '';
    if (!/^(a|an|the)$/.test(lead)) return false;
    for (let k = at + 2; k < this.tokens.length && k - at <= 8; k++) {
      const t = this.tokens[k] as Token;
      if (!t.word) return false;
      if (t.cap) continue;
      if (isRoleNoun(t.lower) || isTitle(t.lower) || genderOfWord(t.lower) !== undefined) {
        const after = this.tokens[k + 1];
        return !after?.word || /^(of|for|at)$/.test(after.lower);
      }
    }
    return false;
  }

  private nextIsSpeech(at: number): boolean {
    let k = at;
    while (
      k < this.tokens.length &&
      k - at < 3 &&
      /^(also|later|then|has|had|have|once|again)$/.test(this.tokens[k]?.lower ?? '')
    )
      k++;
    const next = this.tokens[k];
    return next?.word === true && !next.cap && isReportingVerb(next.lower);
  }

  /**
   * A role set off by commas in front of a name, after a determiner or a possessive: `Its chief
   * executive, Ingrid Bakker, said`, `The union's leader, Jan de Vries, …`.
   */
  private roleBeforeComma(from: number, runEnd: number): { text: string; words: string[] } | null {
    if (this.tokens[from - 1]?.text !== ',' || !/^[,.;)]$/.test(this.tokens[runEnd + 1]?.text ?? '.'))
      return null;
    const role = this.roleBefore(from - 1, from - 1);
    const before = role && this.tokens[role.start - 1];
    return before && /^(?:its|the|their|his|her|our|'s|’s)$/.test(before.lower) ? role : null;
  }

  /**
   * A role set off by commas after a name: `Henry Rosenberg, chairman of Crown Central Petroleum,
   * said`, `Jane Roe, a spokeswoman for the agency, said`, `Mark Hamrick, Bankrate's senior economic
   * analyst, said`. A role noun or title comes within a few words of the comma (an article and its
   * modifiers first), what follows it is an `of`/`for`/`at` phrase, and a comma or the sentence's end
   * closes it.
   */
  private roleAfterComma(runEnd: number): { text: string; words: string[] } | null {
    const tokens = this.tokens;
    if (tokens[runEnd + 1]?.text !== ',') return null;
    let s = runEnd + 2;
    if (/^(?:a|an|the)$/.test(tokens[s]?.lower ?? '')) s++;
    // The words up to an `of`/`for`/`at` phrase or a mark; the last is the role's noun.
    let k = s;
    while (k < tokens.length && k - s < 6) {
      const t = tokens[k] as Token;
      if (
        !(t.word || t.lower === "'s" || t.lower === '’s') ||
        ROLE_STOP.test(t.lower) ||
        ROLE_TAIL.test(t.lower)
      )
        break;
      k++;
    }
    const head = k - 1;
    const noun = tokens[head]?.lower ?? '';
    if (head < s || !(isRoleNoun(noun) || isTitle(noun))) return null;
    let end = head;
    if (ROLE_TAIL.test(tokens[head + 1]?.lower ?? '')) {
      end = head + 1;
      while (
        end + 1 < tokens.length &&
        end - head < ROLE_TAIL_REACH &&
        !/^[,.;:]$/.test((tokens[end + 1] as Token).text)
      ) {
        const t = tokens[end + 1] as Token;
        // A ticker in angle brackets ends the organisation's name: `Crown Central Petroleum <CNP>`.
        if (t.text === '<') break;
        if (t.word && !t.cap && ROLE_STOP.test(t.lower)) return null;
        end++;
      }
      if (end === head + 1) return null;
    }
    if (!/^[,.;<]$/.test(tokens[end + 1]?.text ?? '.')) return null;
    const words = tokens.slice(s, end + 1).map((t) => t.lower);
    const text = reflow(this.raw.slice((tokens[s] as Token).start, (tokens[end] as Token).end));
    return { text, words };
  }

  /** The role written in front of a name: `Iran's Supreme Leader`, `U.S. State Department spokeswoman`. */
  private roleBefore(
    runFrom: number,
    nameFrom: number,
  ): { text: string; words: string[]; start: number } | null {
    let roleEnd = nameFrom - 1;
    while (roleEnd >= runFrom && isHonorific((this.tokens[roleEnd] as Token).lower)) roleEnd--;
    let k = runFrom - 1;
    while (k >= 0 && runFrom - k <= MAX_NAME_WORDS) {
      const t = this.tokens[k] as Token;
      // Another person's name ends the role (`Sen. Marco Rubio and Gov. Chris Christie`).
      if (this.byToken.get(k)?.kind === 'person') break;
      const ok =
        (isCapWord(t) && !isStopCap(t.lower)) ||
        t.lower === "'s" ||
        isRoleNoun(t.lower) ||
        isTitle(t.lower) ||
        genderOfWord(t.lower) !== undefined ||
        t.lower.split('-').some((part) => isRoleNoun(part) || isTitle(part)) ||
        (LINKING.has(t.lower) && isCapWord(this.tokens[k - 1]) && isCapWord(this.tokens[k + 1])) ||
        // `Ansell regional director Chris Humphrey`: a plain word right before a role noun qualifies it.
        qualifiesRole(this.tokens, k);
      if (!ok) break;
      k--;
    }
    const roleStart = k + 1;
    if (roleEnd < roleStart) return null;
    // Drop any leading possessive marker left by the walk.
    let s = roleStart;
    // Drop a sentence-initial ordinary word too (`Like President Obama`).
    while (
      s <= roleEnd &&
      ((this.tokens[s] as Token).lower === "'s" ||
        (isCommonWord((this.tokens[s] as Token).lower) && !qualifiesRole(this.tokens, s)))
    )
      s++;
    if (s > roleEnd) return null;
    const words = this.tokens.slice(s, roleEnd + 1).map((t) => t.lower);
    if (!words.some((w) => isRoleNoun(w) || isTitle(w) || genderOfWord(w) !== undefined)) return null;
    const text = reflow(this.raw.slice((this.tokens[s] as Token).start, (this.tokens[roleEnd] as Token).end));
    return { text, words, start: s };
  }

  /**
   * The mentions that start before `at`, nearest first, at most LOOK_BACK of them: a look-up costs the same
   * wherever it is in the story.
   */
  private *mentionsBefore(at: number): Generator<EntityMention> {
    let lo = 0;
    let hi = this.mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.mentions[mid] as EntityMention).start < at) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo - 1; i >= 0 && lo - i <= LOOK_BACK; i--) yield this.mentions[i] as EntityMention;
  }

  /** Who a mention refers to, as a canonical name (null when unknown). */
  resolve(range: MentionRange): string | null {
    const first = this.tokens[range.from] as Token;
    if (range.from === range.to && /^(he|she|they|it|who)$/.test(first.lower)) {
      return this.resolvePronoun(first.lower, first.start);
    }
    // The name at the end of the phrase is the head (`Ohio State University professor Paul Beck`);
    // a possessive one only modifies it (`Obama's former strategist`).
    // A lower-case head noun (`the Vermont senator`, `Clinton supporters`) makes any name a modifier.
    const headToken = this.tokens[range.to] as Token;
    const commonHead = (headToken.word && !headToken.cap) || isBareTitle(this.tokens, range.from, range.to);
    for (let k = range.to; k >= range.from && !commonHead; k--) {
      const mention = this.byToken.get(k);
      if (!mention || this.tokens[mention.to + 1]?.lower === "'s") continue;
      // `Scott Winningham of J.S. Winningham and Co`, `Sen. Tom Carper of Delaware`: the person before `of`.
      const before = this.tokens[mention.from - 1]?.lower;
      // `Joel Pollak of Breitbart California`: a person named before `of` is the one, whatever follows.
      const personBeforeOf = before === 'of' && this.byToken.get(mention.from - 2)?.kind === 'person';
      if (
        (mention.kind !== 'person' || personBeforeOf) &&
        (before === 'of' || before === 'and') &&
        mention.from - 1 > range.from
      ) {
        k = mention.from - 1;
        continue;
      }
      if (mention.record) return mention.record.name;
      // `Officials said`, `U.S. Officials said`, a lone `Inc`: no one in particular.
      const headWord = (this.tokens[mention.to] as Token).lower;
      if (
        mention.kind !== 'group' &&
        (isGenericPlural(headWord) || (this.describesSomeone(mention) && isPersonNoun(headWord)))
      )
        return null;
      if (LONE_SUFFIX.test(headWord) && mention.from === mention.to) return null;
      if (mention.kind === 'group') {
        // `the Ministry said` after `the Finance Ministry`: the organisation named in full.
        if (mention.from === mention.to && isGroupWord((this.tokens[mention.from] as Token).lower)) {
          const word = (this.tokens[mention.from] as Token).lower;
          for (const m of this.mentionsBefore(mention.start)) {
            if (m.kind === 'group' && m.to > m.from && m.name.toLowerCase().split(' ').includes(word))
              return m.name;
          }
        }
        return mention.name.replace(/^the /i, '');
      }
      const record = this.registry.find(mention.name);
      if (record) return record.name;
      // `Analysts said`: a plural noun heading the sentence names no one.
      const single = mention.from === mention.to ? (this.tokens[mention.from] as Token).lower : '';
      const pluralNoun = single.endsWith('s') && this.lowerWords.has(single);
      if (single && (pluralNoun || PARTY_WORDS.test(single) || single.length < 2)) return null;
      return mention.name;
    }
    // A name the entity scan did not see (inside a quote, a transcript tag): the registry, else itself.
    if (isCapWord(first) && !isStopCap(first.lower) && !commonHead) {
      const last = (this.tokens[range.to] as Token).lower;
      if (isGenericPlural(last) || (range.from === range.to && LONE_SUFFIX.test(last))) return null;
      const text = reflow(this.raw.slice(first.start, (this.tokens[range.to] as Token).end));
      return this.registry.find(text)?.name ?? text;
    }
    // A common noun phrase: `the spokeswoman` → the last person with that role; `the company` → last group.
    const at = first.start;
    // `the 34-year-old mother of three`, `the secretary of state`: the noun before `of` heads the phrase.
    let head = (this.tokens[range.to] as Token).lower;
    for (let k = range.from + 1; k < range.to; k++) {
      const before = (this.tokens[k - 1] as Token).lower;
      if (
        (this.tokens[k] as Token).lower === 'of' &&
        (isRoleNoun(before) || isTitle(before) || genderOfWord(before))
      ) {
        head = before;
        break;
      }
    }
    const personNoun =
      isRoleNoun(head) || isTitle(head) || genderOfWord(head) !== undefined || /Actor/.test(lexTag(head));
    if (personNoun && !head.endsWith('s')) {
      const genderWanted = genderOfWord(head) ?? null;
      const compatible = (record: PersonRecord) =>
        !genderWanted || record.gender !== oppositeOf(genderWanted);
      // `Obama's former campaign strategist`: an owner's description, never the owner.
      let owner: PersonRecord | null | undefined;
      for (let k = range.from; k < range.to; k++)
        if (this.tokens[k + 1]?.lower === "'s") owner = this.byToken.get(k)?.record ?? owner ?? null;
      const personHead = head;
      if ((/^(the|this|that)$/.test(first.lower) || owner !== undefined) && !isGroupWord(personHead)) {
        const inFocus = this.personInFocus(range, personHead, genderWanted, owner);
        if (inFocus) return inFocus.name;
      }
      for (const m of this.mentionsBefore(at)) {
        if (!m.record) continue;
        if (m.record.roleWords.has(head) && compatible(m.record)) return m.record.name;
      }
      // `the Republican nominee`, `the retired neurosurgeon`: the person the story is most about so far.
      if (first.lower !== 'the' || !FOCUS_NOUNS.has(head)) return null;
      const counts = new Map<PersonRecord, number>();
      for (const m of this.mentionsBefore(at))
        if (m.record) counts.set(m.record, (counts.get(m.record) ?? 0) + 1);
      let focus: PersonRecord | null = null;
      for (const [record, count] of counts)
        if (compatible(record) && count >= 2 && (!focus || count >= (counts.get(focus) ?? 0))) focus = record;
      return focus?.name ?? null;
    }
    if (isGroupWord(head) || head === 'firm') {
      for (const m of this.mentionsBefore(at))
        if (m.kind === 'group' && m.name.toLowerCase().includes(head)) return m.name;
      // `the company said`: the last organisation named, not a place.
      if (
        first.lower === 'the' &&
        /^(company|firm|group|bank|agency|department|ministry|union|campaign)$/.test(head)
      ) {
        const corporate = /^(company|firm|group|bank)$/.test(head);
        for (const strict of corporate ? [true, false] : [false]) {
          for (const m of this.mentionsBefore(at)) {
            if (m.kind !== 'group' || isPlace(m.name)) continue;
            if (!strict || CORPORATE.test(m.name)) return m.name;
          }
        }
      }
    }
    return null;
  }

  /**
   * `the Texas senator said` after `Cruz warned …`: a definite description names the person in focus just
   * before it, one whose known role (`Sen. Cruz`) or place (`Florida Gov. Jeb Bush`) fits the description,
   * and never one whose known title is a different one.
   */
  private personInFocus(
    range: MentionRange,
    head: string,
    gender: Gender,
    /** The person whose description it is (`Obama's`), null for an owner that is no person, if any. */
    owner?: PersonRecord | null,
  ): PersonRecord | null {
    const at = (this.tokens[range.from] as Token).start;
    const modifiers: string[] = [];
    for (let k = range.from + 1; k < range.to; k++) {
      const t = this.tokens[k] as Token;
      if (t.word) modifiers.push(t.lower);
    }
    const timeline = this.timeline;
    let hi = timeline.length;
    let lo = 0;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((timeline[mid] as TimelineEntry).start < at) lo = mid + 1;
      else hi = mid;
    }
    let best: PersonRecord | null = null;
    let bestScore = 0;
    const seen = new Set<PersonRecord>();
    let rank = 0;
    for (let k = lo - 1; k >= 0 && rank < 10; k--) {
      const entry = timeline[k] as TimelineEntry;
      if (at - entry.start > 1500) break;
      const record = entry.record;
      if (record === owner) continue;
      // Rank counts people, not mentions: a person's later pronoun does not hide them as a subject.
      if (!seen.has(record)) {
        seen.add(record);
        rank++;
      }
      const mismatch = gender !== null && record.gender !== null && record.gender !== gender;
      if (mismatch && !record.genderGuessed) continue;
      const roleFits = record.roleWords.has(head);
      const titles = [...record.roleWords].filter((w) => isTitle(w));
      // `the senator` is not someone the story calls governor.
      if (!roleFits && isTitle(head) && titles.length > 0) continue;
      // An owner's description (`Trump's spokeswoman`) may be someone never named: only a person with that
      // role, or the subject just before, will do.
      const sentence = this.sentenceOf(range.from);
      if (
        owner !== undefined &&
        !roleFits &&
        !(entry.subject && sentence >= 0 && entry.sentence >= sentence - 1)
      )
        continue;
      const placeFits = modifiers.some((m) => record.roleWords.has(m));
      const score =
        1 +
        (roleFits ? 2 : 0) +
        (placeFits ? 2 : 0) +
        (entry.subject ? 2 : 0) -
        (entry.possessive ? 1 : 0) -
        (mismatch ? NAME_GENDER_PENALTY : 0) -
        rank * 0.7;
      if (score > bestScore) {
        best = record;
        bestScore = score;
      }
    }
    // `the official` after `a senior central bank official told reporters`: the one never named.
    return best && UNNAMED.has(best) ? null : best;
  }

  private resolvePronoun(pronoun: string, at: number): string | null {
    if (pronoun === 'it' || pronoun === 'they') {
      for (const m of this.mentionsBefore(at)) {
        // `they` is people or an organisation, rarely a country (`it`); a possessive is named in passing.
        if (at - m.start >= 1500) break;
        if (m.kind !== 'group') continue;
        if (this.tokens[m.to + 1]?.lower === "'s") continue;
        if (pronoun === 'they' && isPlace(m.name)) continue;
        return m.name;
      }
      return null;
    }
    const known = this.pronouns.get(at);
    if (known !== undefined) return known?.name ?? null;
    const wanted: Gender = pronoun === 'she' ? 'female' : 'male';
    let unknown: EntityMention | null = null;
    for (const m of this.mentionsBefore(at)) {
      if (m.kind !== 'person' || !m.record) continue;
      const gender = m.record.gender;
      if (gender === wanted) return m.record.name;
      if (!gender && !unknown) unknown = m;
    }
    if (unknown?.record) {
      // Pronoun history, as a guess (see pickPerson).
      unknown.record.gender = wanted;
      unknown.record.genderGuessed = true;
      return unknown.record.name;
    }
    return null;
  }

  /**
   * `Limbaugh said` throughout a story titled `Rush Limbaugh: …`: a person the body names by surname only
   * takes the full name the title gives them.
   */
  completeFromTitle(title: string): void {
    const words = title.split(/[\s:;,!?"“”‘’()]+/).filter(Boolean);
    for (const record of this.registry.records) {
      if (record.name.includes(' ')) continue;
      for (let i = 1; i < words.length; i++) {
        if (words[i] !== record.name && words[i] !== `${record.name}'s`) continue;
        const first = words[i - 1] as string;
        const lower = first.toLowerCase();
        if (!/^\p{Lu}\p{Ll}+$/u.test(first)) continue;
        // Titles are written in title case (`Voters Back Garfield`): only a known first name will do.
        const known = firstNameGender(lower) !== undefined;
        if (!known || isTitle(lower) || isHonorific(lower) || isGroupWord(lower)) continue;
        this.registry.rename(record, `${first} ${record.name}`);
        if (!record.gender && known) {
          const gender = firstNameGender(lower);
          if (gender === 'male' || gender === 'female') {
            record.gender = gender;
            record.genderGuessed = true;
          }
        }
        break;
      }
    }
  }

  private organisationForms: Map<string, Set<string>> | null = null;

  /**
   * Each organisation's name (as `resolve` gives it, without article) and the shorter forms the story uses
   * for it (`Ultrasystems` for `Ultrasystems Inc`): read once, on demand.
   */
  private organisations(): Map<string, Set<string>> {
    if (this.organisationForms) return this.organisationForms;
    const forms = new Map<string, Set<string>>();
    for (const mention of this.mentions) {
      if (mention.kind !== 'group') continue;
      const name = mention.name.replace(/^the /i, '');
      if (this.registry.find(name)?.name === name) continue;
      if (!forms.has(name)) forms.set(name, new Set());
      const end = (this.tokens[mention.to] as Token).end;
      const written = reflow(this.raw.slice((this.tokens[mention.from] as Token).start, end)).replace(
        /^the /i,
        '',
      );
      if (written !== name) forms.get(name)?.add(written);
      // `the Haitian American Sugar Company (HASCO)`: the short name the story defines for it.
      const short = /^\s*\(([A-Z][A-Za-z&.-]{1,11})\)/.exec(this.raw.slice(end, end + 16))?.[1];
      if (short && short !== name && /[A-Z].*[A-Z]/.test(short)) forms.get(name)?.add(short);
    }
    this.organisationForms = forms;
    return forms;
  }

  /** Whether `name` (a speaker `resolve` gave) is an organisation, an outlet or a government, not a person. */
  isOrganisation(name: string): boolean {
    return this.organisations().has(name) && this.registry.find(name)?.name !== name;
  }

  /** The other forms the story writes an organisation's name in. */
  formsOf(name: string): string[] {
    return [...(this.organisations().get(name) ?? [])];
  }

  /** The known gender of the person called `name`, or null. */
  genderOf(name: string): Gender {
    return this.registry.find(name)?.gender ?? null;
  }

  /** The person records in first-mention order. */
  people(): PersonRecord[] {
    return this.registry.records;
  }
}

function oppositeOf(gender: Gender): Gender {
  return gender === 'male' ? 'female' : gender === 'female' ? 'male' : null;
}
