import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseLayout } from '../../src/engine/layout.ts';
import { attributeQuotes } from '../../src/engine/quotes.ts';
import type { Quote } from '../../src/engine/types.ts';

/** Parses a story body written for the test, after a date line as in the story files. */
function quotesOf(body: string): { raw: string; quotes: Quote[] } {
  const raw = `date 2020-01-02\nA story for the test\n\n${body}`;
  return { raw, quotes: attributeQuotes(raw, parseLayout(raw)).quotes };
}

const find = (quotes: Quote[], words: string) => quotes.find((q) => q.text.includes(words));

describe('direct quotes', () => {
  it('attributes "…," she said to the last woman named', () => {
    const { raw, quotes } = quotesOf(
      'Mayor Linda Okafor opened the new bridge on Tuesday.\n\n"This bridge joins two halves of our town," she said.\n',
    );
    const quote = find(quotes, 'This bridge');
    expect(quote).toMatchObject({
      kind: 'direct',
      speaker: 'Linda Okafor',
      speakerMention: 'she',
      cue: 'said',
    });
    expect(raw.slice(...(quote?.span ?? [0, 0]))).toBe('"This bridge joins two halves of our town,"');
  });

  it('reads X said: "…" and "…," said X with curly marks', () => {
    const { quotes } = quotesOf(
      'Harold Finch said: “We will rebuild the mill.”\n\n“Nobody lost a job,” said Maria Delgado, the plant manager.\n',
    );
    expect(find(quotes, 'rebuild')).toMatchObject({ kind: 'direct', speaker: 'Harold Finch', cue: 'said' });
    expect(find(quotes, 'Nobody')).toMatchObject({
      kind: 'direct',
      speaker: 'Maria Delgado',
      speakerMention: 'Maria Delgado',
    });
  });

  it('reads "…," said <a firm named with "and"> analyst <name> as the analyst, not the firm', () => {
    const { quotes } = quotesOf(
      '"The rally will not last," said Barlow Hunt and Vance analyst Dora Quist.\n',
    );
    expect(find(quotes, 'rally')).toMatchObject({ kind: 'direct', speaker: 'Dora Quist' });
  });

  it('resolves a surname and a title to the full name', () => {
    const { quotes } = quotesOf(
      'Senator Paul Whitmore arrived late.\n\n"I missed the train," Whitmore told reporters.\n\n"We start again tomorrow," Mr. Whitmore added.\n',
    );
    expect(find(quotes, 'missed')).toMatchObject({
      speaker: 'Paul Whitmore',
      speakerMention: 'Whitmore',
      cue: 'told',
    });
    expect(find(quotes, 'tomorrow')).toMatchObject({ speaker: 'Paul Whitmore', cue: 'added' });
  });

  it('splits a quote broken by its cue into two parts with the same speaker', () => {
    const { quotes } = quotesOf('"The first part is easy," Anna Berg said, "but the second part is not."\n');
    const first = find(quotes, 'first part');
    const second = find(quotes, 'second part');
    expect(first).toMatchObject({ kind: 'direct', speaker: 'Anna Berg' });
    expect(second).toMatchObject({ kind: 'direct', speaker: 'Anna Berg', cue: 'said' });
  });

  it('keeps a multi-paragraph quote whole when the next paragraph reopens with a mark', () => {
    const { raw, quotes } = quotesOf(
      'Coach Tom Reyes spoke after the match.\n\n"We played well in the first half. We lost focus later.\n\n"Next week we fix that," Reyes said.\n',
    );
    const quote = find(quotes, 'first half');
    expect(quote?.text).toContain('Next week we fix that');
    expect(quote?.speaker).toBe('Tom Reyes');
    expect(raw.slice(...(quote?.span ?? [0, 0])).endsWith('that,"')).toBe(true);
  });

  it("reads two apostrophes as a double quotation mark (''…,'' she said)", () => {
    const { raw, quotes } = quotesOf("Ruth Amsel runs the shelter. ''We are full every night,'' she said.\n");
    const quote = find(quotes, 'We are full');
    expect(quote).toMatchObject({
      kind: 'direct',
      speaker: 'Ruth Amsel',
      speakerMention: 'she',
      cue: 'said',
    });
    expect(raw.slice(...(quote?.span ?? [0, 0]))).toBe("''We are full every night,''");
  });

  it('keeps nested single quotes inside the quote', () => {
    const { quotes } = quotesOf('"They told me \'never again\' and I believed them," Omar Haddad said.\n');
    expect(quotes.filter((q) => q.kind !== 'indirect')).toHaveLength(1);
    expect(find(quotes, 'never again')?.speaker).toBe('Omar Haddad');
  });

  it('gives "quoted X as saying" to X, not to the one quoting', () => {
    const { quotes } = quotesOf(
      'The company quoted Boyd Jefferies as saying, "I fully accept sole responsibility for these transactions."\n',
    );
    expect(find(quotes, 'sole responsibility')?.speaker).toBe('Boyd Jefferies');
  });

  it('gives a following unattributed quote to the previous speaker', () => {
    const { quotes } = quotesOf('"Prices will fall," Greta Lind said.\n\n"Maybe not this year, though."\n');
    expect(find(quotes, 'Maybe not')?.speaker).toBe('Greta Lind');
  });
});

describe('partial quotes', () => {
  it('gives a quoted phrase to the subject of the verb that frames it', () => {
    const { quotes } = quotesOf(
      'Governor Ruth Allen arrived on Monday. She called the flood damage "worse than anyone feared" in a speech.\n',
    );
    expect(find(quotes, 'worse')).toMatchObject({
      kind: 'partial',
      speaker: 'Ruth Allen',
      speakerMention: 'She',
      cue: 'called',
    });
  });

  it('uses the sentence subject for a participle cue', () => {
    const { quotes } = quotesOf(
      'The city council on Friday rejected the plan, describing it as "a waste of money".\n',
    );
    expect(find(quotes, 'waste')).toMatchObject({ kind: 'partial', cue: 'describing' });
  });
});

describe('indirect speech', () => {
  it('reads X said (that) … with the content clause as span', () => {
    const { raw, quotes } = quotesOf('Peter Novak said on Monday that the factory would reopen in May.\n');
    const quote = quotes.find((q) => q.kind === 'indirect');
    expect(quote).toMatchObject({ speaker: 'Peter Novak', cue: 'said' });
    expect(raw.slice(...(quote?.span ?? [0, 0]))).toBe('the factory would reopen in May');
  });

  it('reads content before the cue: …, X said.', () => {
    const { quotes } = quotesOf('Sales rose sharply in the second quarter, Julia Marsh said.\n');
    expect(quotes.find((q) => q.kind === 'indirect')).toMatchObject({
      text: 'Sales rose sharply in the second quarter',
      speaker: 'Julia Marsh',
    });
  });

  it('reads according to X', () => {
    const { quotes } = quotesOf('According to Ivan Petrov, the deal is almost done.\n');
    expect(quotes.find((q) => q.kind === 'indirect')).toMatchObject({
      text: 'the deal is almost done',
      speaker: 'Ivan Petrov',
      cue: 'according to',
    });
  });

  it('keeps quoted words inside a reported clause', () => {
    const { quotes } = quotesOf('Greta Lind said the caucus system is "complex" and she can still win.\n');
    expect(quotes.find((q) => q.kind === 'indirect')).toMatchObject({
      text: 'the caucus system is "complex" and she can still win',
      speaker: 'Greta Lind',
    });
    expect(quotes.find((q) => q.kind === 'partial')?.text).toBe('"complex"');
  });

  it('reads an infinitive after vowed and a question after asked', () => {
    const { quotes } = quotesOf(
      'Omar Haddad vowed to stay in the race until June. Lena Vogt asked whether the vote could be moved.\n',
    );
    const indirect = quotes.filter((q) => q.kind === 'indirect');
    expect(indirect).toContainEqual(
      expect.objectContaining({
        text: 'to stay in the race until June',
        speaker: 'Omar Haddad',
        cue: 'vowed',
      }),
    );
    expect(indirect).toContainEqual(
      expect.objectContaining({
        text: 'whether the vote could be moved',
        speaker: 'Lena Vogt',
        cue: 'asked',
      }),
    );
  });

  it('reads a cue set inside its content: …, X said, …', () => {
    const { quotes } = quotesOf('It is no surprise, Carla Moss said, that the mayor won the north.\n');
    expect(quotes.find((q) => q.kind === 'indirect')).toMatchObject({
      text: 'It is no surprise, Carla Moss said, that the mayor won the north',
      speaker: 'Carla Moss',
    });
  });

  it('reads a long source after the content: …, according to a poll released Sunday.', () => {
    const { quotes } = quotesOf(
      'Turnout rose in every county, according to a state university poll released Sunday.\n',
    );
    expect(quotes.find((q) => q.kind === 'indirect')).toMatchObject({
      text: 'Turnout rose in every county',
      speakerMention: 'a state university poll released Sunday',
      cue: 'according to',
    });
  });

  it('reads what a document shows, and only a document', () => {
    const { quotes } = quotesOf(
      'A new state poll shows the mayor leads by six points. The team showed the crowd was larger than ever.\n',
    );
    const indirect = quotes.filter((q) => q.kind === 'indirect');
    expect(indirect).toEqual([
      expect.objectContaining({ text: 'the mayor leads by six points', speakerMention: 'A new state poll' }),
    ]);
  });

  it('reads the object of a verb of judging aloud (accused X of …)', () => {
    const { quotes } = quotesOf('Dana Whitfield accused the council of hiding the budget.\n');
    expect(quotes.find((q) => q.kind === 'indirect')).toMatchObject({
      text: 'the council of hiding the budget',
      speaker: 'Dana Whitfield',
      cue: 'accused',
    });
  });

  it('ends content reported in an opening subordinate clause at its comma', () => {
    const { quotes } = quotesOf('When Ada Brandt announced the plant would close, workers walked out.\n');
    expect(quotes.find((q) => q.kind === 'indirect')).toMatchObject({
      text: 'the plant would close',
      speaker: 'Ada Brandt',
    });
  });

  it('reports no speech for a verb whose object has no verb of its own', () => {
    const { quotes } = quotesOf('Irene Kovac maintains a wide lead among older voters.\n');
    expect(quotes.filter((q) => q.kind === 'indirect')).toEqual([]);
  });

  it('stops the clause at a coordinated new clause', () => {
    const { quotes } = quotesOf('Norway says it supports the treaty, but Denmark has not decided.\n');
    expect(quotes.find((q) => q.kind === 'indirect')).toMatchObject({
      text: 'it supports the treaty',
      speaker: 'Norway',
    });
  });
});

describe('robustness', () => {
  it('never throws and keeps every span inside the text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (body) => {
        const raw = `date 2020-01-02\n${body}`;
        const { quotes } = attributeQuotes(raw, parseLayout(raw));
        for (const quote of quotes) {
          expect(quote.span[0]).toBeGreaterThanOrEqual(0);
          expect(quote.span[1]).toBeLessThanOrEqual(raw.length);
          expect(quote.text).toBe(raw.slice(quote.span[0], quote.span[1]).replace(/\s+/g, ' ').trim());
        }
      }),
      { numRuns: 300 },
    );
  });

  it('keeps every span and mention span exact on story-like text', () => {
    const fragment = fc.constantFrom(
      '"',
      '“',
      '”',
      "'",
      ' ',
      '\n',
      '\n\n',
      '\n    ',
      ',',
      '.',
      ':',
      '?',
      ' said',
      ' says',
      ' told',
      'Mr.',
      ' he',
      ' she',
      ' they',
      ' it',
      ' Ann Lee',
      ' Lee',
      ' the senator',
      ' according to',
      ' U.S.',
      ' Inc.',
      ' that',
      ' WALLACE:',
      ' ― ',
      '(D-N.Y.)',
      ' the company',
      ' called',
      ' and',
      ' but',
    );
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 80 }), (parts) => {
        const raw = `date 2020-01-02\nTitle\n\n${parts.join('')}`;
        const { quotes, people } = attributeQuotes(raw, parseLayout(raw));
        for (const quote of quotes) {
          expect(raw.slice(quote.span[0], quote.span[1]).replace(/\s+/g, ' ').trim()).toBe(quote.text);
          if (quote.speakerMentionSpan) {
            expect(raw.slice(...quote.speakerMentionSpan).replace(/\s+/g, ' ')).toBe(quote.speakerMention);
          }
        }
        for (const person of people) expect(person.name.length).toBeGreaterThan(0);
      }),
      { numRuns: 400 },
    );
  });

  it('handles unbalanced marks without swallowing the story', () => {
    const { quotes } = quotesOf('"This never closes, Ann Lee said.\n\nThe next paragraph is narration.\n');
    for (const quote of quotes) expect(quote.text).not.toContain('next paragraph');
  });
});

describe('transcripts', () => {
  it('starts a new quote at each speaker turn and names the speaker from the tag', () => {
    const { quotes } = quotesOf(
      'Anchor Chris Wallace interviewed Governor Mike Pence.\n\n"WALLACE: Will she be there?\n\n"PENCE: She will not attend the debate."\n',
    );
    const turns = quotes.filter((q) => q.kind === 'direct');
    expect(turns.map((q) => q.speakerMention)).toEqual(['WALLACE', 'PENCE']);
    expect(turns.map((q) => q.speaker)).toEqual(['Chris Wallace', 'Mike Pence']);
  });
});

describe('nested and signed quotes', () => {
  it('keeps a quote nested with the same curly marks inside the outer quote', () => {
    const { quotes } = quotesOf(
      '“I would rather live in what he calls “hell” than anywhere else,” Rosa Lind said.\n',
    );
    const outer = find(quotes, 'rather live');
    expect(outer?.text).toContain('than anywhere else');
    expect(outer?.speaker).toBe('Rosa Lind');
  });

  it('reads a quote signed with a bar and a name', () => {
    const { quotes } = quotesOf('“The debate changed my mind.” ― Carla Ruiz\n');
    expect(find(quotes, 'debate changed')).toMatchObject({
      speakerMention: 'Carla Ruiz',
      speaker: 'Carla Ruiz',
    });
  });

  it('takes the name right after the quote when a long apposition follows it', () => {
    const { quotes } = quotesOf(
      '“It is an invasion,” Scott Pruett, the attorney general of Oklahoma, one of the states suing, said on Monday.\n',
    );
    expect(find(quotes, 'invasion')).toMatchObject({ speakerMention: 'Scott Pruett', cue: 'said' });
  });
});

describe('speaker resolution', () => {
  it('resolves "the senator" to the person introduced with that title', () => {
    const { quotes } = quotesOf(
      'Senator Ruth Kimball toured the plant on Monday.\n\n"We need these jobs," the senator said.\n',
    );
    expect(find(quotes, 'these jobs')).toMatchObject({
      speakerMention: 'the senator',
      speaker: 'Ruth Kimball',
    });
  });

  it('does not take a name that only modifies the speaker phrase', () => {
    const { quotes } = quotesOf(
      'Tom Fields spoke first.\n\n"It was a good day," a Fields campaign aide said.\n',
    );
    expect(find(quotes, 'good day')?.speaker).toBeNull();
  });

  it('ends a sentence at an abbreviation before a new subject', () => {
    const { quotes } = quotesOf('Ana Ruiz says trade with the U.S. She says the tariffs "hurt everyone."\n');
    const partial = find(quotes, 'hurt everyone');
    expect(partial).toMatchObject({ speakerMention: 'She', speaker: 'Ana Ruiz' });
  });

  it('reports beliefs as indirect speech', () => {
    const { quotes } = quotesOf('Mark Olsen believes the bridge will open by June.\n');
    expect(quotes.find((q) => q.kind === 'indirect')).toMatchObject({
      text: 'the bridge will open by June',
      speaker: 'Mark Olsen',
    });
  });
});

describe('organisations as speakers', () => {
  it('resolves "the company" to the last organisation named', () => {
    const { quotes } = quotesOf(
      'Acme Widget Corp reported a loss.\n\n"We expect a better year," the company said.\n',
    );
    expect(find(quotes, 'better year')).toMatchObject({
      speakerMention: 'the company',
      speaker: 'Acme Widget Corp',
    });
    expect(quotes.filter((q) => q.kind === 'indirect')).toEqual([]);
  });

  it('keeps the ordinary words of an office and tells a surname from it (White, the White House)', () => {
    const { quotes } = quotesOf(
      'The White House said the bill would be signed. The State Department said talks would resume. ' +
        'Ed White said he would run. White said he was sure.\n',
    );
    const speakers = quotes.filter((q) => q.kind === 'indirect').map((q) => q.speaker);
    expect(speakers).toEqual(['White House', 'State Department', 'Ed White', 'Ed White']);
  });
});

describe('affiliations', () => {
  it('gives the quote to the person named before "of", not to the place or outlet after it', () => {
    const { quotes } = quotesOf(
      '"It is not going to be easy," said Representative Peter T. King of New York. ' +
        '"It is a joke," said Joel Pollak of Breitbart California.\n',
    );
    expect(find(quotes, 'easy')?.speaker).toBe('Peter King');
    expect(find(quotes, 'joke')?.speaker).toBe('Joel Pollak');
  });
});

describe('cues beyond verbs of saying', () => {
  it('reads "As X put it, …" as a cue', () => {
    const { quotes } = quotesOf(
      'As Akhil Amar, a professor at Yale, put it, "The Senate should remember that."\n',
    );
    expect(find(quotes, 'Senate should')).toMatchObject({
      kind: 'direct',
      speaker: 'Akhil Amar',
      cue: 'put it',
    });
  });
});

describe('titles and gender', () => {
  it('keeps a man and a woman who share a surname apart (Mr. Obama, Michelle Obama, Mrs. Obama)', () => {
    const { quotes } = quotesOf(
      'Mr. Obama spoke on Monday. Michelle Obama spoke on Tuesday. "We must vote," Mr. Obama said. ' +
        '"It matters," Mrs. Obama said.\n',
    );
    expect(find(quotes, 'must vote')?.speaker).toBe('Obama');
    expect(find(quotes, 'matters')?.speaker).toBe('Michelle Obama');
  });
});

describe('appositions', () => {
  it('takes the name before a multi-part apposition, not a place inside it', () => {
    const { quotes } = quotesOf(
      'Carl Hollis, a salesman from Sumter, South Carolina, says the senator will "leave here with momentum."\n',
    );
    expect(find(quotes, 'momentum')).toMatchObject({ speakerMention: 'Carl Hollis', speaker: 'Carl Hollis' });
  });
});

describe('titles in quotation marks', () => {
  it('leaves out quoted titles that nobody says, keeps names someone calls something', () => {
    const { quotes } = quotesOf(
      'Speaking on "Fox News Sunday," Governor Ann Pike said the plan "works well." Pike called it "Project Hope."\n',
    );
    expect(find(quotes, 'Fox News Sunday')).toBeUndefined();
    expect(find(quotes, 'works well')?.speaker).toBe('Ann Pike');
    expect(find(quotes, 'Project Hope')).toMatchObject({
      kind: 'partial',
      cue: 'called',
      speaker: 'Ann Pike',
    });
  });
});

describe('long sources', () => {
  it('reads "according to" with a long source phrase up to its comma', () => {
    const { quotes } = quotesOf(
      'According to early results of the exit poll conducted for the networks, turnout was higher than expected.\n',
    );
    expect(quotes.find((q) => q.kind === 'indirect')).toMatchObject({
      text: 'turnout was higher than expected',
      cue: 'according to',
    });
  });

  it('looks past an age in an apposition', () => {
    const { quotes } = quotesOf(
      'Marla Finch, 21, a junior from Las Vegas, said she voted for the first time.\n',
    );
    expect(quotes.find((q) => q.kind === 'indirect')).toMatchObject({ speaker: 'Marla Finch' });
  });
});

describe('company names', () => {
  it("keeps possessives and 'and' inside company names", () => {
    const { quotes } = quotesOf("Standard and Poor's Corp said it upgraded the debt of Scotty's Inc.\n");
    expect(quotes.find((q) => q.kind === 'indirect')).toMatchObject({
      speakerMention: "Standard and Poor's Corp",
      speaker: "Standard and Poor's Corp",
    });
  });
});

describe('pronouns and focus', () => {
  it('resolves he to the person in focus rather than someone named in passing', () => {
    const { quotes } = quotesOf(
      'Senator Tom Reed spoke at the rally. He praised Governor Mark Diaz for his budget.\n\n"We will win in November," he said.\n',
    );
    expect(find(quotes, 'win in November')?.speaker).toBe('Tom Reed');
  });

  it('follows an inverted speaker into the next quote', () => {
    const { quotes } = quotesOf(
      '"Take a walk," says psychologist Ann Moss. "Turn off the news," adds psychologist Mary Alvord. "You are not helpless," she says.\n',
    );
    expect(find(quotes, 'not helpless')?.speaker).toBe('Mary Alvord');
  });

  it('takes a topic as the person a pronoun refers to', () => {
    const { quotes } = quotesOf(
      'John Kerr wrote the first column. Then there is Paul Lund.\n\n"This is bewildering," he wrote.\n',
    );
    expect(find(quotes, 'bewildering')?.speaker).toBe('Paul Lund');
  });
});

describe('generic nouns as speakers', () => {
  it('keeps the mention of "officials said" and "Traders said" but names no speaker', () => {
    const { raw, quotes } = quotesOf(
      'The harbour will close for a week in May, port officials said.\n\nTraders said grain prices in the valley rose after the news.\n\nU.S. Officials said the convoy would wait at the border.\n',
    );
    const port = find(quotes, 'harbour');
    expect(port).toMatchObject({ speaker: null, speakerMention: 'port officials' });
    expect(raw.slice(...(port?.speakerMentionSpan ?? [0, 0]))).toBe('port officials');
    expect(find(quotes, 'grain')).toMatchObject({ speaker: null, speakerMention: 'Traders' });
    expect(find(quotes, 'convoy')).toMatchObject({ speaker: null, speakerMention: 'U.S. Officials' });
  });

  it('names no one for a singular noun for a person after a place (a Canadian Diplomat said)', () => {
    const { quotes } = quotesOf('A Canadian Diplomat said the border talks would resume in June.\n');
    expect(find(quotes, 'border talks')).toMatchObject({
      speaker: null,
      speakerMention: 'Canadian Diplomat',
    });
  });

  it('still names an organisation that speaks', () => {
    const { quotes } = quotesOf(
      'The U.S. Agriculture Department said corn stocks fell to a four-year low.\n\nThe Harbour Board said the dredging would start in June.\n',
    );
    expect(find(quotes, 'corn')?.speaker).toBe('U.S. Agriculture Department');
    expect(find(quotes, 'dredging')?.speaker).toBe('Harbour Board');
  });

  it('never takes a company suffix cut off from its name for a speaker', () => {
    const { quotes } = quotesOf(
      'Lakeside Timber (Northern) Ltd said it would buy two sawmills for 40 mln dlrs.\n\nHarrow Instruments group Inc said profits fell by a third.\n',
    );
    expect(find(quotes, 'sawmills')?.speaker).not.toBe('Ltd');
    expect(find(quotes, 'profits')?.speaker).not.toBe('Inc');
    expect(quotes.map((q) => q.speaker)).not.toContain('Ltd');
  });
});

describe('company names with ordinary words', () => {
  it('keeps a verb-like first word in a company name, so companies do not merge into one', () => {
    const { quotes } = quotesOf(
      'Flowers Holdings Inc said it expects higher sales.\n\nPlanters Industries Inc said its profits fell.\n',
    );
    expect(find(quotes, 'higher sales')?.speaker).toBe('Flowers Holdings Inc');
    expect(find(quotes, 'profits fell')?.speaker).toBe('Planters Industries Inc');
  });
});

describe('someone described and never named', () => {
  it('keeps the pronouns after "a senior bank official told reporters" off the last person named', () => {
    const { quotes } = quotesOf(
      'The central bank is satisfied with the yen, a senior bank official told reporters.\n\n' +
        'Finance Minister Kiichi Miyazawa said on Friday the rate was not satisfactory.\n\n' +
        'Asked what might unsettle markets, the official cited a change in the economy.\n\n' +
        'There could be some problems in the future, he said. "We are sitting on a barrel of powder," he added.\n',
    );
    for (const words of ['a change in the economy', 'some problems', 'barrel of powder'])
      expect(find(quotes, words)?.speaker ?? null, words).not.toBe('Kiichi Miyazawa');
    expect(find(quotes, 'not satisfactory')?.speaker).toBe('Kiichi Miyazawa');
  });

  it('still reads a definite description no one was introduced by as the person named ("the actor")', () => {
    const { quotes } = quotesOf(
      'Tim Allen spoke to Fox411 about his show.\n\n' +
        'Discussing its success, the actor explained the differences with his character.\n\n' +
        '"I am not as well worded," he said.\n',
    );
    expect(find(quotes, 'well worded')?.speaker).toBe('Tim Allen');
  });
});

describe('verbs that frame a quoted phrase', () => {
  it.each([
    ['He accused the U.S. of being "irrational."', 'irrational'],
    // The wire capitalises the word after "U.S.": no sentence opens with "Of".
    ['He accused the U.S. Of being "irrational."', 'irrational'],
    ['He said the U.S. And Japan were "at odds."', 'at odds'],
  ])('attribute the phrase of "%s" to the one framing it', (sentence, words) => {
    const { quotes } = quotesOf(
      `Shoichi Saba, chairman of the association, spoke on Tuesday.\n\n${sentence}\n`,
    );
    expect(find(quotes, words)?.speaker).toBe('Shoichi Saba');
  });
});
