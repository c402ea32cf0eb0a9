/**
 * Eval section `typed`: fact and quote questions written by hand the way people type them (short,
 * lower case, misspelt, elliptic), over the sample stories in `stories/` and over the seed, Reuters
 * and PolNeAR stories. Each was written from reading a story, before its answer was seen; the check is
 * that the first citation holds the answer, from that story or another saying the same (Reuters files
 * the same news several times). Not tuned on.
 */
import { join } from 'node:path';
import type { AskResult } from '../../src/library/results.ts';
import type { StorySnapshot } from '../../src/library/snapshot.ts';
import { openAnswerLibrary } from './answerLibrary.ts';
import type { EvalSection, Metric, SectionResult } from './section.ts';

interface Typed {
  question: string;
  /** The story the question was written from (the answer may be cited from another saying the same). */
  story: string;
  /** What the first citation must hold. */
  holds: RegExp;
}

/** Over the sample stories shipped in `stories/`. */
const SAMPLE: Typed[] = [
  { question: 'how deep is the ice on the moon', story: 'lunar_ice', holds: /metre below the rim/ },
  { question: 'wat did okafor say about the ice', story: 'lunar_ice', holds: /ice/i },
  { question: 'when will they test the drill', story: 'lunar_ice', holds: /May/ },
  { question: 'who leads the japanese side of the rover project', story: 'lunar_ice', holds: /Watanabe/ },
  { question: 'how many countries at the nairobi summit', story: 'nairobi_trade_summit', holds: /14/ },
  { question: 'where do the trade ministers meet next', story: 'nairobi_trade_summit', holds: /Accra/ },
  { question: 'what did ghanas minister say', story: 'nairobi_trade_summit', holds: /ambitious|principle/ },
  { question: 'how long will the rotterdam strike last', story: 'rotterdam_strike', holds: /48/ },
  {
    question: 'how many containers go thru rotterdam a month',
    story: 'rotterdam_strike',
    holds: /1\.2 million/,
  },
  { question: 'who runs maasvlakte logistics', story: 'rotterdam_strike', holds: /Bakker/ },
  { question: 'how much is the lyon quays plan', story: 'lyon_quays', holds: /40 million/ },
  { question: 'what did vidal call the financing', story: 'lyon_quays', holds: /bet on interest rates/ },
  { question: 'when does work on the quays start', story: 'lyon_quays', holds: /autumn/ },
  { question: 'where were the nuclear talks', story: '000_2696b59510ee6b97', holds: /New York/ },
];

/** Over the seed, Reuters and PolNeAR stories (the answers section's set). */
const CORPORA: Typed[] = [
  {
    question: 'why is alcan closing the ludwigshafen smelter',
    story: 'reuters-01300',
    holds: /operating costs/,
  },
  { question: 'how many ppl work at the alcan smelter', story: 'reuters-01300', holds: /320/ },
  {
    question: 'how much is bp offering for standard oil',
    story: 'reuters-09850',
    holds: /70 dlrs|7\.4 billion/,
  },
  { question: 'what is bp buying', story: 'reuters-09850', holds: /Standard Oil/ },
  {
    question: 'who rejected the ceta deal',
    story: 'breitbart_2016-10-22_canada-eu-failure-signals-more-b',
    holds: /Wallonia/,
  },
  {
    question: 'how long did canada and the eu negotiate',
    story: 'breitbart_2016-10-22_canada-eu-failure-signals-more-b',
    holds: /seven years/,
  },
  {
    question: 'who is glen caplin',
    story: 'politico_2016-10-12_hacked-page-roundup-of-paid-spee',
    holds: /Caplin/,
  },
  {
    question: 'how many pages was the clinton speech roundup',
    story: 'politico_2016-10-12_hacked-page-roundup-of-paid-spee',
    holds: /80-page/,
  },
  {
    question: 'whats the usc dornsife poll got trump at',
    story: 'west-journal_2016-10-17_polls-show-despite-campaign-of-a',
    holds: /44\.8/,
  },
  {
    question: 'which speakers bureau flagged clintons speeches',
    story: 'politico_2016-10-12_hacked-page-roundup-of-paid-spee',
    holds: /Harry Walker/,
  },
];

const isRight = (q: Typed, result: AskResult) => {
  const cited = result.citations[0];
  return cited !== undefined && q.holds.test(cited.text);
};

function askAll(
  snapshot: StorySnapshot,
  questions: Typed[],
  ask: typeof import('../../src/library/ask.ts').ask,
) {
  const now = new Date('2026-12-06T12:00:00Z');
  const misses: Array<{ question: string; story: string; answer: string }> = [];
  let right = 0;
  for (const q of questions) {
    const result = ask(snapshot, q.question, now);
    if (isRight(q, result)) right++;
    else misses.push({ question: q.question, story: q.story, answer: result.answer.slice(0, 200) });
  }
  return { right, misses };
}

export const typedSection: EvalSection = {
  name: 'typed',
  async run({ shared }): Promise<SectionResult> {
    const { StoryLibrary } = await import('../../src/library/storyLibrary.ts');
    const { ask } = await import('../../src/library/ask.ts');
    const metrics: Metric[] = [];
    const sample = await StoryLibrary.open({
      dirs: [new URL('../../stories', import.meta.url).pathname],
      cacheDir: join('.cache', 'eval-sample'),
      progress: false,
      workers: 0,
    });
    const onSample = askAll(sample.snapshot, SAMPLE, ask);
    metrics.push({
      name: `right, sample stories (${SAMPLE.length})`,
      value: onSample.right / SAMPLE.length,
      format: 'percent',
      min: 0.7,
    });
    const opened = await openAnswerLibrary(shared);
    if ('skipped' in opened) return { metrics, details: { misses: onSample.misses } };
    const onCorpora = askAll(opened.library.snapshot, CORPORA, ask);
    metrics.push({
      name: `right, seed/Reuters/PolNeAR (${CORPORA.length})`,
      value: onCorpora.right / CORPORA.length,
      format: 'percent',
      min: 0.5,
    });
    return { metrics, details: { misses: [...onSample.misses, ...onCorpora.misses] } };
  },
};
