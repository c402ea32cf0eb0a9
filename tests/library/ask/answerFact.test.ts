import { describe, expect, it } from 'vitest';
import {
  asSureAsCopies,
  kindNamed,
  roleBeside,
  storySentenceWins,
} from '../../../src/library/ask/answerFact.ts';
import type { Extracted } from '../../../src/library/ask/extract.ts';
import { ask, parseQuestion } from '../../../src/library/ask.ts';
import { askableSnapshot } from '../../helpers/askableSnapshot.ts';

const snapshotOfAll = askableSnapshot;

/** A snapshot of one story, ready to be asked. */
const snapshotOf = (text: string, file: string) => snapshotOfAll([[text, file]]);

const raw =
  'date 1987-10-20 NEW YORK, Oct 20 - No member firms of the New York Stock Exchange have\n' +
  'reported difficulties, NYSE vice president Richard Torrenzano said.\n' +
  '    New York Stock Exchange chairman John Phelan said the exchange\n' +
  'would ask firms to hold back program trading.\n';

describe('who leads an organisation', () => {
  const snapshot = snapshotOf(raw, 'nyse.txt');

  it('"who chairs X" is answered by its chairman, not by another officer named first', () => {
    const result = ask(snapshot, 'who chairs the nyse');
    expect(result.answer).toMatch(/^\*\*John Phelan\*\*/);
    expect(result.citations[0]?.text).toContain('chairman John Phelan');
    const [start, end] = result.extract!.span;
    expect(raw.slice(start, end)).toBe('John Phelan');
  });

  it('reads a leader typed bare after the organisation ("nyse chairman")', () => {
    expect(ask(snapshot, 'nyse chairman').answer).toMatch(/^\*\*John Phelan\*\*/);
    expect(ask(snapshot, 'new york stock exchange chairman').answer).toMatch(/^\*\*John Phelan\*\*/);
  });

  it("takes a leader two sentences after the organisation is named, as a quote's speaker", () => {
    const chemlawn = snapshotOf(
      'date 1987-03-05 COLUMBUS, March 5 - ChemLawn Corp said its board rejected the offer.\n' +
        '    "Our board carefully reviewed the offer. We strongly urge our shareholders not to tender,"\n' +
        'said Chairman L. Jack Van Fossen.\n',
      'chemlawn.txt',
    );
    expect(ask(chemlawn, 'who chairs chemlawn').answer).toMatch(/^\*\*L\. Jack Van Fossen\*\*/);
  });

  it('a title within a longer one does not count ("vice president" is no president)', () => {
    const result = ask(snapshot, 'who is the boss of the new york stock exchange');
    expect(result.answer).toMatch(/^\*\*John Phelan\*\*/);
  });
});

describe('who leads an organisation whose short name the parse took for a person', () => {
  const text =
    'date 2016-10-12 DENVER, Oct 12 - Tenants rallied outside city hall on Wednesday.\n' +
    '    CTU said it would march again next week.\n' +
    '    Marta Ibsen, executive director of CTU, asked the council to cap rents.\n';
  const snapshot = snapshotOf(text, 'tenants.txt');

  it('is the person the title describes, never the organisation asked about', () => {
    const result = ask(snapshot, 'who heads ctu');
    expect(result.answer).toMatch(/^\*\*Marta Ibsen\*\*/);
  });
});

describe('who holds a role', () => {
  const text =
    'date 1987-03-29 LONDON, March 29 - Nicaraguan Foreign Trade Minister Alejandro Martinez\n' +
    'Cuenca said a plunge in coffee prices was disastrous for Latin American producers.\n';
  const snapshot = snapshotOf(text, 'coffee.txt');

  it('is found by the role typed with its words in other forms ("nicaraguas" for "Nicaraguan")', () => {
    const result = ask(snapshot, 'who is nicaraguas foreign trade minister');
    expect(result.answer).toContain('Alejandro Martinez Cuenca');
  });
});

describe('who holds the role of a country', () => {
  const text =
    'date 1987-04-02 PARIS, April 2 - The Bank of France cut its intervention rate today.\n' +
    '    French President Francois Mitterrand said the cut would help exporters.\n';
  const snapshot = snapshotOf(text, 'france.txt');

  it('reads "the president of france" as the French president, not as a name holding "france"', () => {
    expect(parseQuestion('who is the president of france', new Date()).subject).toBe('president of france');
    expect(ask(snapshot, 'who is the president of france').answer).toMatch(/^Francois Mitterrand is/);
  });

  it('still reads a title before a name as the name ("president mitterrand")', () => {
    expect(parseQuestion('who is president mitterrand', new Date()).subject).toBe('mitterrand');
  });
});

describe('who holds a role described with a country', () => {
  const text =
    'date 1987-03-22 PARIS, March 22 - France and Italy agreed on a joint helicopter.\n' +
    '    A spokesman said French Defence Minister Paul Roche and his Italian counterpart Marco Bellini\n' +
    'had agreed in principle during talks in Rome on Friday.\n';
  const snapshot = snapshotOf(text, 'helicopter.txt');

  it('is never someone whose role names another country', () => {
    const result = ask(snapshot, 'who is the italian defence minister');
    expect(result.answer).toMatch(/^Marco Bellini\b/);
    expect(ask(snapshot, 'who is the french defence minister').answer).toMatch(/^Paul Roche is/);
  });
});

describe("who is someone's lawyer, wife or spokesman", () => {
  const text =
    'date 1987-03-19 NEW YORK, March 19 - A former broker, Gary Eder, pleaded guilty to\n' +
    'fraud in Manhattan federal court on Thursday.\n' +
    "    Outside court, Eder's lawyer, Milton Gould, said his client would appeal.\n" +
    "    Hilde Rask, Eder's wife, said she would stand by him.\n";
  const snapshot = snapshotOf(text, 'eder.txt');

  it('answers with the person named beside the noun after the possessive, not the owner', () => {
    const result = ask(snapshot, 'whos eders lawyer');
    expect(result.answer).toMatch(/^\*\*Milton Gould\*\*/);
    const [start, end] = result.extract!.span;
    expect(text.slice(start, end)).toBe('Milton Gould');
  });

  it('takes the person named just before the owner as well', () => {
    expect(ask(snapshot, "who is eder's wife").answer).toMatch(/^\*\*Hilde Rask\*\*/);
  });

  it('still reads a name typed whole as the person asked about', () => {
    expect(ask(snapshot, 'who is gary eder').answer).toMatch(/^Gary Eder is/);
  });

  it('takes the person named after the noun later in a sentence naming the owner by last name only', () => {
    const weiner = snapshotOf(
      'date 2016-08-29 NEW YORK, Aug 29 - Reports said former congressman Anthony Weiner was in trouble again.\n' +
        '    Weiner has been sexting again, which prompted wife Huma Abedin to ask for a separation.\n',
      'weiner.txt',
    );
    expect(ask(weiner, 'whos anthony weiners wife').answer).toMatch(/^\*\*Huma Abedin\*\*/);
  });

  it('takes the noun as the last word of a longer title ("atts treasurer"), never a deputy\'s', () => {
    const att = snapshotOf(
      'date 1987-03-18 NEW YORK, March 18 - ATT said it will redeem two preferred stock issues.\n' +
        "    ATT's deputy treasurer John Smith said the shares would be retired.\n" +
        "    ATT's corporate vice president and treasurer S. Lawrence Prendergast said ATT expects to\n" +
        'finance the redemption with cash.\n',
      'att.txt',
    );
    expect(ask(att, 'who is atts treasurer').answer).toMatch(/^\*\*S\. Lawrence Prendergast\*\*/);
  });
});

describe("who holds a role of some place or body, named with the role and then 'of' it", () => {
  const text =
    'date 1987-03-26 CARACAS, March 26 - The talks are led by Energy Minister Javier Espinosa of\n' +
    'Ecuador and Energy Minister Guillermo Perry Rubio of Colombia, officials said.\n';
  const snapshot = snapshotOf(text, 'opec.txt');

  it('answers with the person between the role and the owner, not another holding the role', () => {
    const result = ask(snapshot, 'who is colombias energy minister');
    expect(result.answer).toMatch(/^\*\*Guillermo Perry Rubio\*\*/);
    expect(ask(snapshot, "who is ecuador's energy minister").answer).toMatch(/^\*\*Javier Espinosa\*\*/);
  });
});

describe('what a country or body says something is', () => {
  const snapshot = snapshotOfAll([
    [
      'date 2014-09-15 PARIS, Sept 15 - Kerry said last week it would be inappropriate for Iran to join\n' +
        'the coalition, repeating the U.S. view that Tehran is a state sponsor of terrorism.\n' +
        '    "We will not coordinate militarily," a U.S. official said.\n',
      'coalition.txt',
    ],
  ]);

  it('is answered from a sentence reporting the view when no quote of theirs holds it', () => {
    const result = ask(snapshot, 'what does the us say tehran is');
    expect(result.intent).toBe('fact');
    expect(result.citations[0]?.text).toContain('state sponsor of terrorism');
  });
});

describe('a question naming a place or a speaker', () => {
  const snapshot = snapshotOfAll([
    [
      'date 1987-03-02 BANGKOK, March 2 - Thailand will negotiate long term sugar sales contracts with trade houses for five years, officials said.\n',
      'sugar.txt',
    ],
    [
      'date 1987-03-03 OTTAWA, March 3 - Canada and the European Community held trade talks for seven years before the pact was signed, officials said.\n',
      'pact.txt',
    ],
  ]);

  it('is answered from a story that names it rather than from a closer wording in one that does not', () => {
    const result = ask(snapshot, 'how long did canada negotiate the trade pact');
    expect(result.answer).toMatch(/^\*\*seven years\*\*/);
    expect(result.citations[0]?.id).toBe('pact');
  });
});

describe('the story a question names', () => {
  const rally = (n: number) =>
    `Many people at the Trump rally number ${n} said many people at the rally were tired of the rally.`;
  const snapshot = snapshotOfAll([
    [
      `date 2016-11-03\nTrump rallies in Charlotte\n\n${Array.from({ length: 10 }, (_, i) => rally(i + 1)).join(' ')}\n`,
      'charlotte.txt',
    ],
    [
      'date 2016-11-03\nTrump holds a rally in Selma\n\nDonald Trump held a rally in Selma, North Carolina, on Thursday night. A crowd of close to 15,000 gathered outside the stage. Trump attacked Clinton.\n',
      'selma.txt',
    ],
  ]);

  it('is read for its own answer when the best sentences all come from stories not naming it', () => {
    const result = ask(snapshot, 'how many people at trumps selma rally');
    expect(result.citations[0]?.id).toBe('selma');
    expect(result.extract?.text).toBe('15,000');
  });

  it('is no common word that some name holds ("long" for a Mr Long)', () => {
    const quoted = snapshotOfAll([
      [
        'date 1987-03-02 NEW YORK, March 2 - "The talks will be hard," said analyst Bill Long of Lipper.\n',
        'long.txt',
      ],
      [
        'date 1987-03-03 RIO DE JANEIRO, March 3 - Brazil said its debt talks with creditor banks would take three to six months.\n',
        'brazil.txt',
      ],
    ]);
    const result = ask(quoted, 'how long will brazils debt talks take');
    expect(result.citations[0]?.id).toBe('brazil');
  });
});

describe('a sentence saying all the question asks', () => {
  const snapshot = snapshotOfAll([
    [
      'date 1987-03-16 CHICAGO, March 16 - Continental Illinois Corp cut 850 jobs in 1986 and paid 4.5 billion dlrs to the agency in 1984, the bank said.\n' +
        '    Swearingen, who came out of retirement in 1984 to head the struggling banking firm after a career as an oil industry executive, said he will retire when the three-year period he agreed to be chairman ends in August.\n' +
        '    In 1986 the bank bought three small suburban banks.\n',
      'bank.txt',
    ],
  ]);

  it('answers with its phrase of the kind asked, from a story naming what the question names, however unsure the answerability model is', () => {
    const result = ask(snapshot, 'when will swearingen retire');
    expect(result.intent).toBe('fact');
    expect(result.extract?.text).toBe('August');
  });
});

describe('how old someone is', () => {
  const text =
    'date 2016-10-14\nShake-up at the bank\n\nThe bank named Timothy Sloan its chief executive. ' +
    'Even as regulators looked into the problems, Mr. Sloan, 56, defended the strategy. Tim Sloan has worked there for 29 years.\n';
  const snapshot = snapshotOf(text, 'bank.txt');

  it('is the age written beside their name, the figure as the extract', () => {
    const result = ask(snapshot, 'how old is tim sloan');
    expect(result.answer).toMatch(/^\*\*56\*\*/);
    const [start, end] = result.extract!.span;
    expect(text.slice(start, end)).toBe('56');
  });
});

describe("storySentenceWins: the story index's sentence against the ranker's best pair", () => {
  const pair = (coverage: number, score: number, fitsKind = true) => ({
    extract: { score, fitsKind },
    coverage,
  });

  it("takes the story's sentence when it holds more of the question", () => {
    expect(storySentenceWins(pair(0.8, 0.2), pair(0.6, 0.9))).toBe(true);
  });

  it('keeps the ranked pair of the kind asked against more of the question with a phrase of another kind', () => {
    expect(storySentenceWins(pair(0.8, 0.9, false), pair(0.6, 0.9))).toBe(false);
    expect(storySentenceWins(pair(0.8, 0.2, false), pair(0.6, 0.9, false))).toBe(true);
    expect(storySentenceWins(pair(1, 0.2, false), pair(0.6, 0.9))).toBe(true);
  });

  it("keeps the ranked pair when the story's sentence holds only as much with a weaker phrase, or one of another kind", () => {
    expect(storySentenceWins(pair(0.6, 0.3), pair(0.6, 0.9))).toBe(false);
    expect(storySentenceWins(pair(0.6, 0.95, false), pair(0.6, 0.9))).toBe(false);
  });

  it("takes the story's sentence holding as much with a phrase as good", () => {
    expect(storySentenceWins(pair(0.6, 0.9), pair(0.6, 0.9))).toBe(true);
    expect(storySentenceWins(pair(0.6, 0.5), pair(0.6, 0.9, false))).toBe(false);
    expect(storySentenceWins(pair(0.6, 0.95), pair(0.6, 0.9, false))).toBe(true);
  });
});

describe('a role typed with its short form, read as the role and never as a name holding its word', () => {
  const snapshot = snapshotOfAll([
    [
      'date 1987-04-09 WASHINGTON, April 9 - The Democratic-run House of Representatives defeated\n' +
        'the budget on a 394 to 27 vote.\n',
      'budget.txt',
    ],
    [
      'date 1987-03-30 WASHINGTON, March 30 - U.S. Trade Representative Clayton Yeutter said the\n' +
        'tariffs on Japanese goods would stay.\n',
      'tariffs.txt',
    ],
  ]);

  it('answers "whos the us trade rep" with the trade representative', () => {
    expect(ask(snapshot, 'whos the us trade rep').answer).toMatch(
      /^Clayton Yeutter is the U\.S\. Trade Representative/,
    );
  });
});

describe('a few words read as a fact, which no sentence answers surely', () => {
  const snapshot = snapshotOfAll([
    [
      'date 1987-03-02 LONDON, March 2 - Talks on coffee export quotas resumed at the International\n' +
        'Coffee Organization on Monday, delegates said.\n',
      'talks.txt',
    ],
    [
      'date 1987-03-03 LONDON, March 3 - The global coffee export quota was set at 58 mln bags for the\n' +
        'year, delegates said.\n',
      'quota.txt',
    ],
  ]);

  it('are answered with the phrase where a sentence gives it', () => {
    const result = ask(snapshot, 'global coffee export quota');
    expect(result.intent).toBe('fact');
    expect(result.extract?.text).toMatch(/58 mln/);
  });

  it('are answered with the list of stories they name where none does', () => {
    expect(parseQuestion('zorblax trade surplus with the moon').intent).toBe('fact');
    const result = ask(snapshot, 'zorblax trade surplus with the moon');
    expect(result.answer).toMatch(/stories|story/);
    expect(result.intent).toBe('stories');
  });
});

describe('who holds a role described with whose it is', () => {
  const snapshot = snapshotOfAll([
    [
      'date 1987-05-04 AKRON, May 4 - Bexley said on Monday that Maria Lindqvist will keep her present\n' +
        'titles of president and chief executive officer of the toolmaker.\n',
      'bexley.txt',
    ],
  ]);

  it('is not the one named by the words saying whose role it is', () => {
    expect(ask(snapshot, 'who is bexley ceo').answer).toMatch(/^Maria Lindqvist\b/);
  });
});

describe('a figure typed bare', () => {
  const snapshot = snapshotOfAll([
    [
      'date 1987-03-04 BAHRAIN, March 4 - Saudi crude oil output last month fell to an average of 3.5 mln\n' +
        'barrels per day (bpd) from 3.8 mln bpd in January, Gulf oil sources said.\n',
      'saudi.txt',
    ],
    [
      'date 1987-03-05 LONDON, March 5 - Kuwait said it would keep its crude output within its OPEC quota.\n',
      'kuwait.txt',
    ],
  ]);

  it('is answered with the figure of a sentence holding much of it, in a story naming what it names', () => {
    const result = ask(snapshot, 'saudi crude output feb 87');
    expect(result.intent).toBe('fact');
    expect(result.extract?.text).toMatch(/3\.5 mln/);
  });

  it('takes a phrase of the kind asked whose sentence holds half the question, from a story naming it', () => {
    const story = snapshot.stories.at(0)!;
    const found = (fitsKind: boolean, coverage: number) =>
      ({ extract: { fitsKind } as Extracted, coverage, story }) as Parameters<typeof kindNamed>[0];
    expect(kindNamed(found(true, 0.5), null)).toBe(true);
    expect(kindNamed(found(true, 0.4), null)).toBe(false);
    expect(kindNamed(found(false, 1), null)).toBe(false);
    expect(kindNamed(found(true, 1), () => false)).toBe(false);
  });
});

describe('roleBeside: the role a sentence gives right after a name', () => {
  it('reads the role past a party tag, up to the next comma or verb of saying', () => {
    expect(
      roleBeside(
        'Sen. David Boren, D-Okla., chairman of the Senate Agriculture subcommittee, said the bill would pass.',
        ['David Boren'],
      ),
    ).toBe('chairman of the Senate Agriculture subcommittee');
    expect(roleBeside('Ingrid Bakker, its chief executive said on Monday', ['Ingrid Bakker'])).toBe(
      'its chief executive',
    );
  });

  it('reads none where the words after the name are no role', () => {
    expect(
      roleBeside('David Boren, who spoke on Monday, said the bill would pass.', ['David Boren']),
    ).toBeNull();
    expect(roleBeside('David Boren said the bill would pass.', ['David Boren'])).toBeNull();
  });

  it('answers "who is X" with that role where the stories give X only a title', () => {
    const snapshot = snapshotOf(
      'date 1987-03-26 WASHINGTON, March 26 - Sen. David Boren, D-Okla., chairman of the Senate\n' +
        'Agriculture subcommittee, said the rescue package would be broadened.\n',
      'boren.txt',
    );
    expect(ask(snapshot, 'who is david boren').answer).toMatch(
      /^David Boren is the chairman of the Senate Agriculture subcommittee/,
    );
  });
});

describe('a role typed is not the lesser role of the same words', () => {
  const snapshot = snapshotOfAll([
    [
      'date 1987-03-16 BUENOS AIRES, March 16 - World Bank Vice-President David Knox said the bank\n' +
        'was eager to finance Argentine plans.\n',
      'knox.txt',
    ],
    [
      'date 1987-04-24 BONN, April 24 - World Bank President Barber Conable will meet finance\n' +
        'ministers next week.\n',
      'conable.txt',
    ],
  ]);

  it('answers "who is the world bank president" with the president, not the vice president', () => {
    expect(ask(snapshot, 'who is the world bank president').answer).toMatch(
      /^Barber Conable is the World Bank/,
    );
    expect(ask(snapshot, 'who is the world bank vice president').answer).toMatch(/David Knox/);
  });
});

describe('asSureAsCopies: the same sentence filed twice is one piece of evidence', () => {
  const found = (story: string, sentence: string, text: string, sure: number) => ({
    story,
    sentence,
    extract: { text },
    sure,
  });

  it("gives each copy of a sentence and phrase the surest copy's sureness, and no other pair", () => {
    const read = asSureAsCopies([
      found('a', 'The plan doubles aid to 7.6 billion dlrs.', '7.6 billion dlrs', 0.2),
      found('b', 'The plan doubles aid to 7.6 billion dlrs.', '7.6 billion dlrs', 0.3),
      found('c', 'The plan doubles aid to 7.6 billion dlrs.', 'aid', 0.1),
      found('d', 'Another sentence.', '7.6 billion dlrs', 0.05),
    ]);
    expect(read.map((f) => f.sure)).toEqual([0.3, 0.3, 0.1, 0.05]);
  });
});

describe('what a short name stands for', () => {
  const text =
    'date 1987-10-20 MANILA, Oct 20 - A 10 pct rise in the minimum wage is recommended by the\n' +
    'Employers Confederation of the Philippines (ECOP), its president said.\n' +
    '    ECOP said the rise would cost firms about 2 billion pesos a year.\n';
  const snapshot = snapshotOf(text, 'manila.txt');

  it.each(['what is ecop', 'whats ecop?', 'what does ECOP stand for'])(
    '%s: the long form the story defines',
    (question) => {
      const result = ask(snapshot, question);
      expect(result.intent).toBe('fact');
      expect(result.extract?.text).toBe('Employers Confederation of the Philippines');
      const [start, end] = result.extract!.span;
      expect(text.slice(start, end).replace(/\s+/g, ' ')).toBe('Employers Confederation of the Philippines');
      expect(result.citations[0]?.text).toContain('(ECOP)');
    },
  );

  it('a short name no story defines is asked as any fact', () => {
    expect(ask(snapshot, 'what is pesos').extract?.text).not.toBe(
      'Employers Confederation of the Philippines',
    );
  });
});

describe('who does what a title names', () => {
  const text =
    'date 2016-09-15 NEW YORK, Sept 15 - Pollster Pat Caddell told Breitbart News Daily host\n' +
    'Alex Marlow on Thursday that voters were worried.\n';
  const snapshot = snapshotOf(text, 'caddell.txt');

  it('"who hosts X": the person the host\'s title introduces, not the one speaking to them', () => {
    const result = ask(snapshot, 'who hosts breitbart news daily');
    expect(result.extract?.text).toBe('Alex Marlow');
  });
});

describe('who someone is, asked by their job', () => {
  const snapshot = askableSnapshot([
    [
      'date 1987-04-29 OSAKA, April 29 - The Soviet Union sent an observer to the bank meeting.\n' +
        '    Yurij Ponomarev, international managing director of the State Bank, said Moscow would\n' +
        'watch the meeting closely.\n',
      'observer.txt',
    ],
  ]);

  it('answers "whats ponomarevs job" with the role the story gives him, the possessive typed bare', () => {
    const result = ask(snapshot, 'whats ponomarevs job');
    expect(result.answer).toMatch(
      /^Yurij Ponomarev is the international managing director of the State Bank/,
    );
  });
});
