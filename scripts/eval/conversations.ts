/**
 * Eval section `conversations`: questions and short conversations written by hand the way people type
 * them (lower case, shorthand, other names for places, periods, follow-ups), asked of the seed, the
 * Reuters stories and the PolNeAR test and dev stories. Each check reads the stories the answer cites
 * (their dateline, date and text), never a label of the corpora. Written before the answers were seen
 * and not tuned on: the figures are held-out.
 */
import type { ConversationState } from '../../src/library/conversation.ts';
import type { AskResult } from '../../src/library/results.ts';
import type { StorySnapshot } from '../../src/library/snapshot.ts';
import { openAnswerLibrary } from './answerLibrary.ts';
import type { EvalSection, Metric, SectionResult } from './section.ts';

type Check = (result: AskResult, earlier: AskResult[], snapshot: StorySnapshot) => boolean;

interface Conversation {
  kind: 'single' | 'follow-up';
  questions: string[];
  /** Checks the last answer. */
  check: Check;
}

const lower = (text: string) => text.toLowerCase();
const storyOf = (snapshot: StorySnapshot, id: string) => snapshot.stories.at(snapshot.byId.get(id) ?? -1);

/** Every cited story datelined in one of the places, at least one cited. */
const from =
  (...places: string[]): Check =>
  (result, _, snapshot) =>
    result.citations.length > 0 &&
    result.citations.every((cited) => {
      const dateline = lower(storyOf(snapshot, cited.id)?.dateline?.text ?? '');
      return places.some((place) => dateline.startsWith(lower(place)));
    });

/** Every cited story dated within [first, last]. */
const dated =
  (first: string, last: string): Check =>
  (result) =>
    result.citations.length > 0 &&
    result.citations.every((cited) => cited.date !== null && cited.date >= first && cited.date <= last);

/** Every cited story's text holds one of the words. */
const mentions =
  (...words: string[]): Check =>
  (result, _, snapshot) =>
    result.citations.length > 0 &&
    result.citations.every((cited) => {
      const story = storyOf(snapshot, cited.id);
      const text = lower(
        `${story?.headline} ${story?.dateline?.text ?? ''} ${(story?.paragraphs ?? []).join(' ')}`,
      );
      return words.some((word) => text.includes(lower(word)));
    });

const says =
  (...parts: RegExp[]): Check =>
  (result) =>
    result.citations.length > 0 && parts.every((part) => part.test(result.answer));

const intent =
  (kind: AskResult['intent']): Check =>
  (result) =>
    result.intent === kind;

const all =
  (...checks: Check[]): Check =>
  (result, earlier, snapshot) =>
    checks.every((check) => check(result, earlier, snapshot));

const SEED = '000_2696b59510ee6b97';
const cites =
  (id: string): Check =>
  (result) =>
    result.citations[0]?.id === id;

const single = (question: string, check: Check): Conversation => ({
  kind: 'single',
  questions: [question],
  check,
});
const followUp = (questions: string[], check: Check): Conversation => ({
  kind: 'follow-up',
  questions,
  check,
});

const CONVERSATIONS: Conversation[] = [
  single('stories from nairobi', from('nairobi')),
  single(
    'news out of peking in march 1987',
    all(from('peking', 'beijing'), dated('1987-03-01', '1987-03-31')),
  ),
  single(
    'anything from holland in april 1987',
    all(
      dated('1987-04-01', '1987-04-30'),
      mentions('netherlands', 'dutch', 'holland', 'amsterdam', 'rotterdam', 'hague'),
    ),
  ),
  single('stories from scotland', mentions('scotland', 'scottish', 'glasgow', 'edinburgh', 'aberdeen')),
  single(
    'texas stories in march 87',
    all(
      dated('1987-03-01', '1987-03-31'),
      mentions('texas', 'houston', 'dallas', 'austin', 'san antonio', 'fort worth'),
    ),
  ),
  single(
    'what happened in tokyo the second week of april 1987',
    all(from('tokyo'), dated('1987-04-08', '1987-04-14')),
  ),
  single('oil news from london in early march 1987', all(from('london'), dated('1987-03-01', '1987-03-10'))),
  single(
    'stories from chicago at the end of march 1987',
    all(from('chicago'), dated('1987-03-21', '1987-03-31')),
  ),
  single('wheat stories in q2 1987', all(dated('1987-04-01', '1987-06-30'), mentions('wheat'))),
  single('summarize the nairobi story', all(intent('summary'), from('nairobi'))),
  single('summarize the iran coalition story', cites(SEED)),
  single('what did khamenei say about the us', says(/Khamenei/)),
  single('psaki quotes', says(/Paski|Psaki/)),
  single('what did jen psaki say about iraq', says(/Paski|Psaki/, /Iraq/)),
  single('what did kerry say', says(/Kerry/)),
  single('what did clinton say about trump', all(intent('quotes'), says(/Clinton/))),
  single('what did trump say about mexico', says(/Trump/)),
  single('stories from bogota', from('bogota')),
  single(
    'news from west germany in march 1987',
    all(dated('1987-03-01', '1987-03-31'), mentions('german', 'bonn', 'frankfurt', 'hamburg', 'munich')),
  ),
  single('stories from ＴＯＫＹＯ', from('tokyo')),
  single('cocoa news from the ivory coast', mentions('cocoa', 'ivory', 'abidjan')),
  single('stories from bombay', from('bombay', 'mumbai')),
  single(
    'anything about coffee from brazil in march 1987',
    all(dated('1987-03-01', '1987-03-31'), mentions('coffee', 'brazil')),
  ),
  single('who said serious threat', says(/serious threat/)),
  single(
    'stories from london on march 3 1987 about zeppelins',
    all(from('london'), dated('1987-03-03', '1987-03-03')),
  ),
  followUp(
    ['what did khamenei say about the us?', 'what else did he say?'],
    (r) => r.intent === 'quotes' && /Khamenei/.test(r.answer),
  ),
  followUp(['what did psaki say about iraq', 'summarize it'], all(intent('summary'), cites(SEED))),
  followUp(
    ['stories from tokyo on march 3 1987', 'the second one'],
    (r, [first]) =>
      r.intent === 'summary' && r.citations[0]?.id === [...new Set(first!.citations.map((c) => c.id))][1],
  ),
  followUp(
    ['stories from london on march 3 1987', 'and a week later?'],
    all(from('london'), dated('1987-03-10', '1987-03-10')),
  ),
  followUp(
    ['cocoa news in march 1987', 'just those from london'],
    all(from('london'), dated('1987-03-01', '1987-03-31')),
  ),
  followUp(
    ['what did kerry say?', 'who is quoted in it?'],
    (r) => r.intent === 'quotes' && /\(\d+ quotes?\)/.test(r.answer),
  ),
  followUp(
    ['what did hillary clinton say about trade', 'no, the other clinton'],
    (r) => /Clinton/.test(r.answer) && !/Hillary/.test(r.answer.split('\n')[0]!),
  ),
  followUp(
    ['stories from paris in march 1987', 'what about bonn?'],
    all(from('bonn'), dated('1987-03-01', '1987-03-31')),
  ),
  followUp(['what did psaki say?', 'what about khamenei?'], says(/Khamenei/)),
  followUp(
    ['stories from houston in april 1987', 'and in may?'],
    all(from('houston'), dated('1987-05-01', '1987-05-31')),
  ),
];

export const conversationsSection: EvalSection = {
  name: 'conversations',
  async run({ shared }): Promise<SectionResult> {
    const opened = await openAnswerLibrary(shared);
    if ('skipped' in opened) return { skipped: opened.skipped, metrics: [] };
    const { library } = opened;
    const { askInConversation } = await import('../../src/library/conversation.ts');
    const snapshot = library.snapshot;
    const now = new Date('2026-01-27T12:00:00Z');
    const tally = new Map<string, { asked: number; right: number }>();
    const misses: Array<{ questions: string[]; answer: string; cited: string[] }> = [];
    for (const conversation of CONVERSATIONS) {
      let state: ConversationState | null = null;
      const answers: AskResult[] = [];
      for (const question of conversation.questions) {
        const turn = askInConversation(snapshot, question, state, now);
        state = turn.state;
        answers.push(turn.result);
      }
      const last = answers.at(-1)!;
      let right = false;
      try {
        right = conversation.check(last, answers.slice(0, -1), snapshot);
      } catch {
        right = false;
      }
      for (const key of ['all', conversation.kind]) {
        const t = tally.get(key) ?? { asked: 0, right: 0 };
        t.asked++;
        if (right) t.right++;
        tally.set(key, t);
      }
      if (!right)
        misses.push({
          questions: conversation.questions,
          answer: last.answer.slice(0, 240),
          cited: last.citations.slice(0, 4).map((c) => `${c.id} ${c.date}`),
        });
    }
    const share = (key: string) => {
      const t = tally.get(key);
      return t?.asked ? t.right / t.asked : 0;
    };
    const metrics: Metric[] = [
      { name: `right, held-out (${tally.get('all')?.asked ?? 0})`, value: share('all'), format: 'percent' },
      {
        name: `right, single questions (${tally.get('single')?.asked ?? 0})`,
        value: share('single'),
        format: 'percent',
      },
      {
        name: `right, follow-ups (${tally.get('follow-up')?.asked ?? 0})`,
        value: share('follow-up'),
        format: 'percent',
      },
    ];
    return { metrics, details: { misses } };
  },
};
