/**
 * `polnear`: quote attribution against PolNeAR's hand annotations (train and dev). A gold direct quote is
 * an attribution whose Content lies mostly (> 50% of its characters) inside quotation marks. It is found
 * when our direct/partial quote spans cover at least half of its Content (a quote split by its cue is one
 * attribution in PolNeAR and two quotes here, so the covering spans add up); its speaker is right when
 * the speaker mention of the quote covering most of it overlaps the gold Source span.
 *
 * Sources are classed by their head (`classifySource`): a person's name (or a description whose apposition
 * names the person), an organisation or outlet, a pronoun, or a description. Named persons are right when our
 * speaker carries the surname; organisations, over direct and reported speech, when it carries the
 * organisation's name. He/she and description speakers are checked on a hand-resolved sample of dev quotes
 * (`docs/attribution-sample.json`). Reported speech is measured over the attributions cued by a verb of saying
 * or reporting (`isSpeechCue`), and over all of them; a quote's precision counts a split gold content whole.
 *
 * Resolution: PolNeAR links no mention to another, so quotes whose gold Source is `he`/`she` or a one-person
 * description (`the senator`) are checked against a silver referent, the nearest gold named Source before
 * them (of the pronoun's gender where the first name tells it). It is a noisy bar: hand checks found the
 * parser right in about half of the disagreements. "In full" counts found quotes whose resolved speaker's
 * last word the story also writes after a first name (`Bill de Blasio`), and how many we give in full.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseLayout } from '../../src/engine/layout.ts';
import { firstNameGender, isPlace } from '../../src/engine/people.ts';
import { attributeQuotes } from '../../src/engine/quotes.ts';
import type { Quote, Span } from '../../src/engine/types.ts';
import type { EvalSection, Metric } from './section.ts';

/** `.ann` offsets count from after the `date YYYY-MM-DD\n` line of the story file. */
const OFFSET = 16;

interface GoldAttribution {
  content: Span[];
  source: Span[];
  cue: Span[];
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
    const cue = spans.get(event.Cue ?? '');
    return [
      {
        content: content.spans,
        source: source?.spans ?? [],
        cue: cue?.spans ?? [],
        text: content.text,
        direct: false,
      },
    ];
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
    } else if (ch === '"' || (ch === "'" && story[i + 1] === "'")) {
      // `''` (two apostrophes) is the double quotation mark of the New York Times stories.
      if (ch === "'") inside[i++] = open ? 1 : 0;
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

/**
 * Our quote matches a gold attribution when at least half of it lies in that attribution's Content, whose
 * pieces add up (PolNeAR splits a content around its cue: `Whatever progress…, officials said, could…`).
 */
function matchesGold(q: Quote, gold: GoldAttribution[]): boolean {
  const size = q.span[1] - q.span[0];
  return gold.some((g) => g.content.reduce((sum, c) => sum + overlap(q.span, c), 0) * 2 >= size);
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
  /** Found quotes (direct or indirect) whose gold source names an organisation or outlet, and how many we give it. */
  organisationGold: number;
  organisationRight: number;
  /** Found quotes whose gold source is a pronoun or a description, with a silver referent (see below). */
  referringGold: number;
  referringRight: number;
  pronounGold: number;
  pronounRight: number;
  /** Found quotes whose resolved speaker the story also names in full, and how many we give in full. */
  fullNameGold: number;
  fullNameRight: number;
  ours: number;
  oursMatched: number;
  indirectGold: number;
  indirectOurs: number;
  indirectMatched: number;
  indirectFound: number;
  /** Indirect attributions cued by a verb of saying or reporting (not belief or stance), and those found. */
  speechGold: number;
  speechFound: number;
  /** People (not organisations) we list, and those whose name is a place or a country. */
  people: number;
  placesAsPeople: string[];
  stories: number;
  ms: number;
  misses: Array<{ file: string; kind: string; gold: string; source: string; got: string | null }>;
  indirectByCue: Record<string, [gold: number, found: number]>;
  /** Our indirect quotes by cue, and how many match a gold attribution. */
  oursByCue: Record<string, [ours: number, matched: number]>;
}

const PRONOUN_SOURCE = /^(he|she)$/i;
/** Descriptions of one person (`the senator`, `the Republican nominee`), whose referent the metric checks. */
const PERSON_DESCRIPTION =
  /^(the|a|an|this|that|his|her)\b.*\b(senator|president|nominee|candidate|spokesman|spokeswoman|spokesperson|secretary|governor|mayor|chairman|chairwoman|congressman|congresswoman|lawmaker|businessman|mogul|billionaire|leader|speaker|director|official|executive|woman|man|attorney|judge|justice|adviser|advisor|aide|manager|host|mother|father|wife|husband)$/i;
/** Capitalised words that are no one's name. */
const NOT_A_NAME =
  /^(He|She|They|It|We|I|Who|The|A|An|Republican|Republicans|Democrat|Democrats|Democratic|GOP|American|Americans|His|Her|Their|This|That)$/;
/** The surname of a gold named source (its last capitalised word before any apposition), or undefined. */
function namedSurname(source: string): string | undefined {
  const last = surnameOf(source);
  return last && /^[A-Z][\w’'.-]+$/.test(last) && !NOT_A_NAME.test(last) ? last : undefined;
}

/** Words that make a capitalised name an organisation's or an outlet's. */
const ORGANISATION_WORD =
  /^(Department|Committee|Campaign|News|Times|Post|Journal|Institute|University|College|Museum|Party|Center|Centre|Council|Agency|Administration|Foundation|Association|Union|Court|Office|House|Senate|Congress|Commission|Bureau|Network|Group|Club|Fund|PAC|Inc|Corp|Company|Press|Reuters|CNN|Fox|NBC|ABC|CBS|MSNBC|NPR|Politico|Breitbart|Post|Tribune|Herald|Magazine|Review|Daily|Ministry|Army|Police|Service|Board|Caucus|Coalition|Alliance|Organization|Organisation|Federation|Authority|Watch|Project|Initiative|Institution|Council|Church|School|Bank|Society|League|Government|Republicans|Democrats|GOP|DNC|RNC|FBI|CIA|NSA|EPA|UN|NATO|AP|AFL-CIO)$/;

/** Capitalised words at the head of a source that are titles or openers, not part of a name. */
const NAME_PREFIX =
  /^(Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|Adm|Rev|Prof|Mayor|Senator|Representative|President|Governor|Secretary|Speaker|Leader|Judge|Justice|Chairman|Chairwoman|Director|Minister|Former|Vice|Chief|General|Attorney|The|A|An|Another|One|His|Her|Their|Its|This|That|U\.S\.|Republican|Democratic|Democrat|GOP)\.?$/;

interface SourceClass {
  kind: 'person' | 'organisation' | 'pronoun' | 'description';
  /** The surname of a person, or the most telling word of an organisation's name. */
  key: string;
}

/**
 * What a gold Source span names, by its head (the words before any apposition, `of …` or parenthesis):
 * a person's name (`Sen. Claire McCaskill`), or a description whose apposition names the person (`Her
 * campaign manager, Robby Mook`); an organisation or outlet (`the State Department`, `Politico`); a pronoun;
 * or a description (`the senator`, `the ad`). A name modifying a description (`Clinton's campaign`,
 * `the Rove ad`) does not make it a name.
 */
function classifySource(raw: string): SourceClass {
  const source = raw
    .replace(/\(.*?\)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (/^(he|she|they|it|we|i|you|who|him|her|them)$/i.test(source)) return { kind: 'pronoun', key: '' };
  const [headPart = '', ...rest] = source.split(',');
  const nameRun = (text: string): string[] | null => {
    const words = text
      .replace(/ of .*$| who .*$| at .*$/, '')
      .trim()
      .split(' ');
    const run: string[] = [];
    for (let i = words.length - 1; i >= 0; i--) {
      const w = (words[i] as string).replace(/[’']s$/, '');
      if (!/^[A-Z]/.test(w) || (words[i] as string).match(/[’']s$/)) break;
      run.unshift(w);
    }
    while (run.length > 0 && NAME_PREFIX.test(run[0] as string)) run.shift();
    return run.length > 0 && !NOT_A_NAME.test(run[run.length - 1] as string) ? run : null;
  };
  const head = nameRun(headPart);
  const apposition = head ? null : nameRun((rest[0] ?? '').trim());
  const run = head ?? (apposition && apposition.length >= 2 ? apposition : null);
  // A headline in capitals (`OBAMA’S LAST STATE OF THE UNION`) names no one.
  if (!run || (run.every((w) => /^[A-Z’'.-]{2,}$/.test(w)) && run.length > 1))
    return { kind: 'description', key: '' };
  // `House Speaker Paul Ryan`, `NATO Secretary General Jens Stoltenberg`: a first name makes it a person's.
  const given = run.some((w) => firstNameGender(w.toLowerCase()) !== undefined);
  const orgWord = run.find((w) => ORGANISATION_WORD.test(w));
  if (!given && (orgWord || /^the /i.test(headPart)))
    return { kind: 'organisation', key: orgWord ?? (run[run.length - 1] as string) };
  return { kind: 'person', key: (run[run.length - 1] as string).replace(/[’']s?$/, '') };
}

/** Words in front of a surname that are no first name (titles, sentence openers). */
const NOT_FIRST_NAME =
  /^(Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Sec|Pres|Lt|Col|Capt|Sgt|Adm|Rev|Prof|Mayor|Senator|President|Governor|Secretary|Speaker|Leader|Judge|Justice|Chairman|Director|Minister|Candidate|Nominee|Democrat|Republican|Democrats|Republicans|The|A|An|But|And|Or|If|When|While|As|In|On|At|For|Of|To|By|With|From|That|This|Then|So|Yet|Former|Vice|Chief|General|Attorney|House|Senate|Trump|Clinton)\.?$/;

/** The surname of a gold named source: its last word before any apposition. */
function surnameOf(source: string): string | undefined {
  return source
    .replace(/\(.*?\)|,.*$| of .*$/g, '')
    .trim()
    .split(/\s+/)
    .pop()
    ?.replace(/[’']s?$/, '');
}

/**
 * The silver referent of a pronoun or description source: the nearest gold named source before it in the
 * story (of the pronoun's gender where the first name tells it). PolNeAR has no coreference links, so this
 * is the "last named speaker" reading; cases where it and the parser disagree were judged by hand.
 */
function silverReferent(
  source: string,
  at: number,
  named: Array<{ at: number; text: string }>,
): string | undefined {
  const wanted = /^she$/i.test(source) ? 'female' : /^he$/i.test(source) ? 'male' : null;
  for (let k = named.length - 1; k >= 0; k--) {
    const n = named[k] as { at: number; text: string };
    if (n.at >= at) continue;
    if (at - n.at > 3000) return undefined;
    const first =
      n.text
        .replace(/^(Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.? /, '')
        .split(/\s+/)[0]
        ?.toLowerCase() ?? '';
    const gender = firstNameGender(first);
    if (wanted && (gender === 'male' || gender === 'female') && gender !== wanted) continue;
    return namedSurname(n.text);
  }
  return undefined;
}

/** Whether the story writes `First Surname` (a capitalised word in front of the surname that is no title). */
function namesInFull(story: string, surname: string): boolean {
  const escaped = surname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  for (const m of story.matchAll(new RegExp(`\\b([A-Z][a-z]+\\.?) ${escaped}\\b`, 'g')))
    if (!NOT_FIRST_NAME.test(m[1] as string)) return true;
  return false;
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
    organisationGold: 0,
    organisationRight: 0,
    referringGold: 0,
    referringRight: 0,
    pronounGold: 0,
    pronounRight: 0,
    fullNameGold: 0,
    fullNameRight: 0,
    ours: 0,
    oursMatched: 0,
    indirectGold: 0,
    indirectOurs: 0,
    indirectMatched: 0,
    indirectFound: 0,
    speechGold: 0,
    speechFound: 0,
    people: 0,
    placesAsPeople: [],
    stories: files.length,
    ms: 0,
    misses: [],
    indirectByCue: {},
    oursByCue: {},
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
    const { quotes, people } = attributeQuotes(story, parseLayout(story));
    for (const person of people) {
      if (person.kind === 'organisation') continue;
      figures.people++;
      if (isPlace(person.name)) figures.placesAsPeople.push(person.name);
    }
    figures.ms += performance.now() - started;
    const quoted = quotes.filter((q) => q.kind !== 'indirect');
    const indirect = quotes.filter((q) => q.kind === 'indirect');
    const sourceText = (g: GoldAttribution) => g.source.map(([s, e]) => story.slice(s, e)).join(' … ');
    /** An organisation source, direct or reported: right when one of our speakers names it. */
    const tallyOrganisation = (g: GoldAttribution, key: string, speakers: readonly Quote[]) => {
      figures.organisationGold++;
      if (speakers.some((q) => q.speaker?.toLowerCase().includes(key.toLowerCase())))
        figures.organisationRight++;
      else
        figures.misses.push({
          file,
          kind: 'organisation',
          gold: g.text.slice(0, 160),
          source: sourceText(g),
          got: speakers.map((q) => `${q.speakerMention} → ${q.speaker}`).join('; '),
        });
    };
    const named = gold
      .filter((g) => g.source.length > 0 && namedSurname(sourceText(g).trim()))
      .map((g) => ({ at: (g.source[0] as Span)[0], text: sourceText(g).trim() }))
      .sort((a, b) => a.at - b.at);
    for (const g of gold) {
      const size = length(g.content);
      const coverOf = (q: Quote) => g.content.reduce((sum, c) => sum + overlap(q.span, c), 0);
      if (!g.direct) {
        figures.indirectGold++;
        const cue = g.cue
          .map(([s, e]) => story.slice(s, e))
          .join(' ')
          .toLowerCase();
        const found = indirect.filter((q) => coverOf(q) * 2 >= size);
        const sourceClass = classifySource(sourceText(g));
        if (sourceClass.kind === 'organisation' && found.length > 0)
          tallyOrganisation(g, sourceClass.key, found);
        const byCue = figures.indirectByCue[cue] ?? [0, 0];
        figures.indirectByCue[cue] = byCue;
        byCue[0]++;
        const speech = isSpeechCue(cue);
        if (speech) figures.speechGold++;
        if (indirect.some((q) => coverOf(q) * 2 >= size)) {
          figures.indirectFound++;
          byCue[1]++;
          if (speech) figures.speechFound++;
        } else if (speech)
          figures.misses.push({
            file,
            kind: 'indirect',
            gold: g.text.slice(0, 160),
            source: sourceText(g),
            got: cue,
          });
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
      // A name in the gold source (`Sen. Claire McCaskill`, `Trump`, `Her campaign manager, Robby Mook`): our
      // resolved speaker should carry the person's surname, or the organisation's name.
      const sourceClass = classifySource(sourceText(g));
      if (sourceClass.kind === 'person') {
        figures.namedGold++;
        if (best.speaker?.toLowerCase().includes(sourceClass.key.toLowerCase())) figures.namedRight++;
        else
          figures.misses.push({
            file,
            kind: 'name',
            gold: g.text.slice(0, 160),
            source: sourceText(g),
            got: `${best.speakerMention} → ${best.speaker}`,
          });
      } else if (sourceClass.kind === 'organisation') {
        tallyOrganisation(g, sourceClass.key, [best]);
      }
      const source = sourceText(g).trim();
      if (PRONOUN_SOURCE.test(source) || PERSON_DESCRIPTION.test(source)) {
        const referent = silverReferent(source, (g.source[0] as Span)[0], named);
        if (referent) {
          const right = best.speaker?.toLowerCase().includes(referent.toLowerCase()) ?? false;
          figures.referringGold++;
          if (right) figures.referringRight++;
          if (PRONOUN_SOURCE.test(source)) {
            figures.pronounGold++;
            if (right) figures.pronounRight++;
          }
          if (!right)
            figures.misses.push({
              file,
              kind: 'referent',
              gold: g.text.slice(0, 160),
              source: `${source} → ${referent}`,
              got: mention ? `${best.speakerMention} [${mention.join(',')}] → ${best.speaker}` : null,
            });
        }
      }
      const last = best.speaker?.split(' ').pop();
      if (best.speaker && last && /^[A-Z][a-z]/.test(last) && namesInFull(story, last)) {
        figures.fullNameGold++;
        if (best.speaker.split(' ').length >= 2) figures.fullNameRight++;
        else
          figures.misses.push({
            file,
            kind: 'fullname',
            gold: g.text.slice(0, 160),
            source,
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
      const cue = (q.cue ?? '').toLowerCase();
      const byCue = figures.oursByCue[cue] ?? [0, 0];
      figures.oursByCue[cue] = byCue;
      byCue[0]++;
      if (matchesGold(q, gold)) {
        figures.indirectMatched++;
        byCue[1]++;
      } else
        figures.misses.push({
          file,
          kind: 'extra',
          gold: q.text.slice(0, 160),
          source: q.speakerMention ?? '',
          got: q.cue,
        });
    }
    for (const q of quoted) {
      figures.ours++;
      if (matchesGold(q, gold)) figures.oursMatched++;
    }
  }
  return figures;
}

/**
 * Verbs of saying and reporting, by stem, written here independently of the parser's own cue lists: the
 * gold cue (`has said`, `said in a statement`, `told … that`, `according to`, `a report shows`) holds one.
 * Belief and stance cues (`thinks`, `wants`, `seemed`, `endorsed`) are attributions but not speech.
 */
const SPEECH_STEMS = new Set(
  `say said tell told add announc argu claim insist warn explain acknowledg admit urg recall declar stat repl
  respond tweet writ wrote written report show shown found find reveal predict promis pledg vow deni deny
  contend assert maintain stress emphasiz emphasis point complain conced confirm testifi testify conclud
  note suggest ask asked describ accus criticiz blam cit announce declin object agre disput remark estimat
  indicat insinuat mention observ proclaim protest recount reiterat repeat retort signal specul sugest
  threaten joke quip boast`.split(/\s+/),
);

function isSpeechCue(cue: string): boolean {
  if (/^according to\b/.test(cue)) return true;
  return cue
    .split(/[^a-z]+/)
    .filter(Boolean)
    .some((word) => {
      if (SPEECH_STEMS.has(word)) return true;
      for (const suffix of ['ing', 'ed', 'es', 's', 'd', 'e'])
        if (word.endsWith(suffix) && SPEECH_STEMS.has(word.slice(0, -suffix.length))) return true;
      return false;
    });
}

/** Whether our speaker names the hand-resolved referent: the same surname, and no word the referent lacks. */
function namesReferent(speaker: string | null, referent: string): boolean {
  if (!speaker) return false;
  const words = (name: string) => name.toLowerCase().split(/\s+/);
  const ours = words(speaker);
  const theirs = words(referent);
  return ours.at(-1) === theirs.at(-1) && ours.every((w) => theirs.includes(w));
}

interface SampleEntry {
  file: string;
  sourceAt: number;
  source: string;
  referent: string;
  reasoning: string;
}

/**
 * The hand-checked sample (`docs/attribution-sample.json`): dev quotes whose source is he/she or a
 * description, each with the person it refers to resolved by reading the story.
 */
function evaluateSample(dir: string): {
  total: number;
  right: number;
  wrong: Array<SampleEntry & { got: string | null }>;
} {
  const file = new URL('../../docs/attribution-sample.json', import.meta.url);
  const { sample } = JSON.parse(readFileSync(file, 'utf8')) as { sample: SampleEntry[] };
  const parsed = new Map<string, Quote[]>();
  let right = 0;
  const wrong: Array<SampleEntry & { got: string | null }> = [];
  for (const entry of sample) {
    let quotes = parsed.get(entry.file);
    if (!quotes) {
      const story = readFileSync(join(dir, 'stories', `${entry.file}.txt`), 'utf8');
      quotes = attributeQuotes(story, parseLayout(story)).quotes;
      parsed.set(entry.file, quotes);
    }
    const quote = quotes.find(
      (q) =>
        q.speakerMentionSpan &&
        q.speakerMentionSpan[0] <= entry.sourceAt &&
        entry.sourceAt < q.speakerMentionSpan[1],
    );
    if (quote && namesReferent(quote.speaker, entry.referent)) right++;
    else wrong.push({ ...entry, got: quote?.speaker ?? null });
  }
  return { total: sample.length, right, wrong };
}

const share = (part: number, whole: number) => (whole === 0 ? 0 : part / whole);

export const polnearSection: EvalSection = {
  name: 'polnear',
  async run({ shared, limit }) {
    const root = join(shared, 'corpora', 'polnear');
    const dev = evaluateSplit(join(root, 'dev'), limit);
    const train = evaluateSplit(join(root, 'train'), limit);
    if (!dev || !train) return { skipped: `${root} is absent`, metrics: [] };
    const sample = evaluateSample(join(root, 'dev'));
    const metrics: Metric[] = [
      {
        name: `dev he/she and description speakers, hand-checked sample (${sample.total})`,
        value: share(sample.right, sample.total),
        format: 'percent',
        min: 0.9,
      },
    ];
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
          ...(bars ? { min: 0.95 } : {}),
        },
        {
          name: `${name} organisation or outlet speaker resolved`,
          value: share(figures.organisationRight, figures.organisationGold),
          format: 'percent',
          ...(bars ? { min: 0.8 } : {}),
        },
        {
          name: `${name} he/she/description speaker = last named source (silver)`,
          value: share(figures.referringRight, figures.referringGold),
          format: 'percent',
        },
        {
          name: `${name} he/she speaker = last named source (silver)`,
          value: share(figures.pronounRight, figures.pronounGold),
          format: 'percent',
        },
        {
          name: `${name} speaker in full where the story names them in full`,
          value: share(figures.fullNameRight, figures.fullNameGold),
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
          name: `${name} indirect speech recall (verbs of saying and reporting)`,
          value: share(figures.speechFound, figures.speechGold),
          format: 'percent',
          ...(bars ? { min: 0.6 } : {}),
        },
        {
          name: `${name} indirect precision`,
          value: share(figures.indirectMatched, figures.indirectOurs),
          format: 'percent',
          ...(bars ? { min: 0.85 } : {}),
        },
        {
          name: `${name} people that are no place or country`,
          value: share(figures.people - figures.placesAsPeople.length, figures.people),
          format: 'percent',
          ...(bars ? { min: 1 } : {}),
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
        sampleWrong: sample.wrong,
        devMisses: dev.misses.slice(0, 1500),
        trainMisses: train.misses.slice(0, 3000),
      },
    };
  },
};
