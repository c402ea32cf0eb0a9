import { lexTag } from './people.ts';

/** Speech verbs that introduce direct or indirect speech, with all their inflections. */

// base, 3rd person, past, gerund — irregular forms written out, regular ones derived.
const IRREGULAR: Record<string, string[]> = {
  say: ['say', 'says', 'said', 'saying'],
  tell: ['tell', 'tells', 'told', 'telling'],
  write: ['write', 'writes', 'wrote', 'writing', 'written'],
  deny: ['deny', 'denies', 'denied', 'denying'],
  reply: ['reply', 'replies', 'replied', 'replying'],
  testify: ['testify', 'testifies', 'testified', 'testifying'],
  speak: ['speak', 'speaks', 'spoke', 'speaking'],
  predict: ['predict', 'predicts', 'predicted', 'predicting'],
};

const REGULAR = [
  'add',
  'acknowledge',
  'admit',
  'announce',
  'argue',
  'assert',
  'ask',
  'boast',
  'caution',
  'claim',
  'comment',
  'complain',
  'concede',
  'conclude',
  'confirm',
  'contend',
  'continue',
  'counter',
  'declare',
  'emphasize',
  'estimate',
  'exclaim',
  'explain',
  'insist',
  'joke',
  'maintain',
  'mention',
  'note',
  'observe',
  'post',
  'promise',
  'quip',
  'recall',
  'remark',
  'report',
  'respond',
  'retort',
  'reveal',
  'shout',
  'state',
  'stress',
  'suggest',
  'tweet',
  'urge',
  'vow',
  'warn',
  'yell',
  'proclaim',
  'insist',
  'concur',
  'agree',
  'scold',
  'lament',
  'allege',
  'assure',
  'charge',
  'complain',
  'disclose',
  'indicate',
  'instruct',
  'plead',
  'recount',
  'reiterate',
  'scoff',
  'sniff',
  'snap',
  'tout',
  'whisper',
  'write',
];

/** Verbs that only frame a quoted phrase (`called it "a disaster"`), never a reported clause. */
const FRAMING = [
  'call',
  'term',
  'dub',
  'describe',
  'label',
  'brand',
  'characterize',
  'characterise',
  'deride',
  'decry',
];

function inflect(base: string): string[] {
  const irregular = IRREGULAR[base];
  if (irregular) return irregular;
  const stem = base.endsWith('e') ? base.slice(0, -1) : base;
  const doubled = /^(admit|quip|snap|plead)$/.test(base) ? base + base.slice(-1) : stem;
  const past = /[^aeiou]y$/.test(base)
    ? `${base.slice(0, -1)}ied`
    : base.endsWith('e')
      ? `${base}d`
      : `${doubled}ed`;
  const third = /(s|sh|ch|x)$/.test(base) ? `${base}es` : `${base}s`;
  const gerund = base.endsWith('e') && !base.endsWith('ee') ? `${stem}ing` : `${doubled}ing`;
  return [base, third, past, gerund];
}

/** Every inflected speech verb, mapped to its base form. */
const SPEECH_VERBS: ReadonlyMap<string, string> = new Map(
  [...Object.keys(IRREGULAR), ...REGULAR].flatMap((base) =>
    inflect(base).map((form) => [form, base] as const),
  ),
);

const FRAMING_VERBS: ReadonlyMap<string, string> = new Map(
  FRAMING.flatMap((base) => inflect(base).map((form) => [form, base] as const)),
);

// Speech verbs whose base form is as often a noun (`a report`, `the claim`).
const NOUN_VERBS = [
  'state',
  'report',
  'post',
  'charge',
  'claim',
  'comment',
  'note',
  'estimate',
  'remark',
  'tweet',
  'vow',
  'joke',
];

// Forms that are as often nouns (`the states`, `news reports`) or narration (`talks continued`): they
// count next to a quotation mark, where the context is clear, but never start reported speech alone.
const AMBIGUOUS = new Set(
  NOUN_VERBS.flatMap((base) => [base, `${base}s`])
    .concat([
      'promise',
      'promises',
      'continue',
      'continues',
      'continued',
      'continuing',
      'counter',
      'counters',
    ])
    .concat(['speak', 'speaks', 'spoke', 'speaking', 'post', 'posted', 'posting', 'ask', 'asks', 'asking']),
);

// Forms that are nouns as often as verbs: they frame a quote only right before it.
const NOUN_LIKE = new Set(
  NOUN_VERBS.concat([
    'promise',
    'call',
    'label',
    'brand',
    'term',
    'counter',
    'quip',
    'plead',
    'snap',
    'stress',
  ]).flatMap((base) => [base, `${base}s`]),
);

export function isNounLike(lower: string): boolean {
  return NOUN_LIKE.has(lower);
}

/** A speech verb next to a quotation mark (`"…," she said`). */
export function isSpeechVerb(lower: string): boolean {
  return SPEECH_VERBS.has(lower);
}

// Verbs of belief report attributed content too (`Smith believes the deal will hold`), but never frame a
// quotation: they stay out of the speech verbs.
const BELIEF_VERBS = new Set(
  ['think', 'thinks', 'thought', 'feel', 'feels', 'felt'].concat(
    ['believe', 'hope', 'expect', 'worry', 'fear', 'doubt'].flatMap((base) => inflect(base).slice(0, 3)),
  ),
);

/** A verb that introduces a reported clause on its own (`she said the talks …`, `he believes the deal …`). */
export function isReportingVerb(lower: string): boolean {
  return (SPEECH_VERBS.has(lower) && !AMBIGUOUS.has(lower)) || BELIEF_VERBS.has(lower);
}

/** Verbs whose reported content is an infinitive: `vowed to fight on`, `declined to comment`. */
const INTENT_VERBS = new Set(
  ['vow', 'promise', 'threaten', 'decline', 'swear', 'agree'].flatMap((base) => inflect(base)),
);

export function takesInfinitive(lower: string): boolean {
  return INTENT_VERBS.has(lower);
}

/** Verbs whose reported content is a question: `asked whether the deal would hold`. */
const QUESTION_VERBS = new Set(['ask', 'wonder', 'question', 'inquire'].flatMap((base) => inflect(base)));

export function asksQuestion(lower: string): boolean {
  return QUESTION_VERBS.has(lower);
}

/** Verbs by which a document reports (`a new poll shows …`, `the study found …`), only with such a subject. */
const EVIDENCE_VERBS = new Set(['show', 'shows', 'showed', 'shown', 'find', 'finds', 'found']);

/** Documents and counts that report: the subjects `EVIDENCE_VERBS` need. */
const DOCUMENT_NOUNS = new Set(
  `poll polls polling survey surveys study studies report reports data analysis analyses results figures
  numbers records emails email documents document research review audit investigation probe filings filing
  tally count estimates memo letter statement book memoir census ratings`.split(/\s+/),
);

/** Verbs of judging someone aloud, whose content is their object: `criticized the plan as too costly`. */
const JUDGING_VERBS = new Set(
  ['criticize', 'accuse', 'blame', 'cite', 'describe', 'condemn', 'slam', 'mock'].flatMap((base) =>
    inflect(base),
  ),
);

export function isJudgingVerb(lower: string): boolean {
  return JUDGING_VERBS.has(lower);
}

export function isEvidenceVerb(lower: string): boolean {
  return EVIDENCE_VERBS.has(lower);
}

export function isDocumentNoun(lower: string): boolean {
  return DOCUMENT_NOUNS.has(lower);
}

export function isFramingVerb(lower: string): boolean {
  return FRAMING_VERBS.has(lower);
}

/** Participles and gerunds take their subject from the sentence rather than the words before them. */
export function isParticiple(lower: string): boolean {
  return lower.endsWith('ing');
}

const COPULAS = new Set([
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'am',
  'has',
  'have',
  'had',
  'does',
  'do',
  'did',
]);

/** A finite verb form by compromise's word list (`reserved`, `believes`), or a regular past tense. */
export function isVerbForm(lower: string): boolean {
  if (COPULAS.has(lower)) return false;
  if (SPEECH_VERBS.has(lower) || FRAMING_VERBS.has(lower)) return true;
  const tag = lexTag(lower);
  if (/PastTense|PresentTense/.test(tag)) return true;
  return tag === '' && /[a-z]{3,}ed$/.test(lower);
}
