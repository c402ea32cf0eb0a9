import { describe, expect, it } from 'vitest';
import { parseLayout } from '../../src/engine/layout.ts';
import { attributeQuotes } from '../../src/engine/quotes.ts';
import type { Quote } from '../../src/engine/types.ts';

/** The quotes of a story body written for the test, after a date line and a title as in the story files. */
function quotesOf(body: string, title = 'A story for the test'): Quote[] {
  const raw = `date 2020-01-02\n${title}\n\n${body}`;
  return attributeQuotes(raw, parseLayout(raw)).quotes;
}

const speakerOf = (quotes: Quote[], words: string) => quotes.find((q) => q.text.includes(words))?.speaker;

describe('who a pronoun speaker is', () => {
  it('takes gender from a role in front of the name over the first name (`widow Terry …` is `she`)', () => {
    const quotes = quotesOf(
      '"The rules are wrong," said Gary Holt, a lawyer for the families.\n\n' +
        '"They are plainly wrong," said widow Terry Marsden, who lost her husband in the fire.\n\n' +
        'She continued, "All we ask is a hearing."\n',
    );
    expect(speakerOf(quotes, 'All we ask')).toBe('Terry Marsden');
  });

  it("treats a first name's usual gender as a hint a pronoun can overrule (`Lindsey Graham` is `he`)", () => {
    const quotes = quotesOf(
      'Senator Lindsey Graham criticised his rival Peter Vance for his remarks, which he said were cruel.\n\n' +
        'Graham said, "We keep losing because of this."\n\n' +
        'He continued, "We have to repair the damage."\n',
    );
    expect(speakerOf(quotes, 'repair the damage')).toBe('Lindsey Graham');
  });

  it('still keeps a pronoun off a person whose title tells the other gender', () => {
    const quotes = quotesOf(
      'Mrs. Kim Harlow met the governor, Daniel Reyes, on Monday.\n\n"We talked about the roads," he said.\n',
    );
    expect(speakerOf(quotes, 'the roads')).toBe('Daniel Reyes');
  });

  it('knows a surname that is also a town (`Bolton`) as the person named in full before', () => {
    const quotes = quotesOf(
      'Former ambassador John Bolton and Dr. Sebastian Gorka spoke on the radio on Thursday.\n\n' +
        '"I am disturbed by this," Gorka declared.\n\n' +
        'Bolton had a similar view of the race.\n\n' +
        '"I always said I would support the nominee," said Bolton.\n\n' +
        '"Many people misunderstand this," he continued.\n',
    );
    expect(speakerOf(quotes, 'support the nominee')).toBe('John Bolton');
    expect(speakerOf(quotes, 'misunderstand')).toBe('John Bolton');
  });

  it("reads `noted NBC's Dante Chinni` as the person, not the network", () => {
    const quotes = quotesOf('Debates rarely change a race, noted NBC’s Dante Chinni.\n');
    const quote = quotes.find((q) => q.text.includes('Debates rarely'));
    expect(quote).toMatchObject({ speaker: 'Dante Chinni', speakerMention: 'NBC’s Dante Chinni' });
  });
});

describe('who is in focus', () => {
  it('skips an opening adverb to find the subject (`Recently, Herman Cain …`)', () => {
    const quotes = quotesOf(
      'Luay Sami said he likes the city. "It is quiet," he said.\n\n' +
        'Recently, Herman Cain, the radio host, was asked by a caller about refugees. "They could hurt us," he said.\n',
    );
    expect(speakerOf(quotes, 'hurt us')).toBe('Herman Cain');
  });

  it('keeps a gender learnt from one pronoun as a guess that a later pronoun can overrule', () => {
    const quotes = quotesOf(
      'Aung San Suu Kyi met Vice President Biden at breakfast. She will visit the Capitol on Thursday.\n\n' +
        'After her meeting with Obama, the White House announced an end to the sanctions.\n\n' +
        '"It is the right thing to do," Obama said. He called Burma a "good news story."\n',
    );
    expect(speakerOf(quotes, 'good news story')).toBe('Obama');
  });

  it('tells a relative sharing a surname from the person named in full (`Rakeyia Scott`)', () => {
    const quotes = quotesOf(
      'Keith Lamont Scott, 43, was sitting in his vehicle.\n\n' +
        'Rakeyia Scott can be heard yelling to the officers that her husband was unarmed.\n\n' +
        '"Don\'t shoot him," she says.\n',
    );
    expect(speakerOf(quotes, 'shoot him')).toBe('Rakeyia Scott');
  });

  it('prefers the subject of the sentence just before over a person of known gender named earlier', () => {
    const quotes = quotesOf(
      'Donald Trump spoke first. "We will win," he said.\n\n' +
        'Dr. Reince Priebus, the party chairman, this past week announced a website on the rules.\n\n' +
        '"It is a tool for voters," he said.\n',
    );
    expect(speakerOf(quotes, 'tool for voters')).toBe('Reince Priebus');
  });

  it('reads past an opening `And` to the subject (`And North Carolina’s Ada Fisher, …, said`)', () => {
    const quotes = quotesOf(
      'Helen Ferre spoke first. "They are waiting to be courted," she said.\n\n' +
        'And North Carolina’s Ada Fisher, one of a handful of black members, said Trump will do well. ' +
        '"I think he will do great things," she said.\n',
    );
    expect(speakerOf(quotes, 'great things')).toBe('Ada Fisher');
  });

  it('takes an unknown name with a role in apposition for a person (`Reince Priebus, the GOP chairman,`)', () => {
    const quotes = quotesOf(
      'Donald Trump spoke first. "We will win," he said.\n\n' +
        'Reince Priebus, the GOP chairman, this past week announced a website on the rules.\n\n' +
        '"It is a tool for voters," he said.\n',
    );
    expect(speakerOf(quotes, 'tool for voters')).toBe('Reince Priebus');
  });
});

describe('names and descriptions', () => {
  it('keeps a name particle inside the full name (`Bill de Blasio`) and resolves the surname and the title to it', () => {
    const quotes = quotesOf(
      'Mayor Bill de Blasio spoke on Sunday.\n\n"It was an act of terror," de Blasio said.\n\n' +
        '"We will find them," the mayor said.\n',
    );
    expect(speakerOf(quotes, 'act of terror')).toBe('Bill de Blasio');
    expect(speakerOf(quotes, 'find them')).toBe('Bill de Blasio');
  });

  it('gives a definite description to the person in focus before it (`the Texas senator`)', () => {
    const quotes = quotesOf(
      'Donald Trump spoke first at the rally.\n\n' +
        'Ted Cruz warned against the "fevered dreams" of a brokered convention. ' +
        '"That would be an absolute disaster," the Texas senator said.\n',
    );
    expect(speakerOf(quotes, 'absolute disaster')).toBe('Ted Cruz');
  });

  it('keeps a gendered description off a person of the other gender named in between', () => {
    const quotes = quotesOf(
      'Donald Trump, appearing after Clinton at the forum, cited problems that he blamed on ' +
        'President Obama and Hillary Clinton.\n\n"We need change," the New York businessman said.\n',
    );
    expect(speakerOf(quotes, 'need change')).toBe('Donald Trump');
  });

  it('does not give `the senator` to someone the story calls governor', () => {
    const quotes = quotesOf(
      'Sen. Marco Rubio and Gov. Chris Christie met in Iowa. Gov. Christie left early.\n\n' +
        '"We are ready," the senator said.\n',
    );
    expect(speakerOf(quotes, 'We are ready')).toBe('Marco Rubio');
  });

  it('takes the full name from the title when the body gives only the surname', () => {
    const quotes = quotesOf(
      'The radio host spoke on Monday.\n\n"The moderator ought to have no role," Limbaugh said.\n',
      'Hillary Asks Moderator to Check Facts, Says Dennis Limbaugh',
    );
    expect(speakerOf(quotes, 'no role')).toBe('Dennis Limbaugh');
  });

  it('does not take a title word or a verb in the title for a first name', () => {
    const quotes = quotesOf(
      '"We will win this state," Garfield said on Monday.\n',
      'Senator Garfield Slams Rivals; Voters Back Garfield',
    );
    expect(speakerOf(quotes, 'win this state')).toBe('Garfield');
  });

  it("gives an owner's description to the subject just before, never to the owner (`Obama's former strategist`)", () => {
    const quotes = quotesOf(
      'David Axelrod on Wednesday called on Howard Dean to apologize.\n\n' +
        '"That was outrageous," Obama\'s former campaign strategist said in an interview.\n',
    );
    expect(speakerOf(quotes, 'outrageous')).toBe('David Axelrod');
  });

  it("leaves an owner's description of someone never named unresolved (`Trump's spokeswoman`)", () => {
    const quotes = quotesOf(
      'Hillary Clinton spoke in Ohio on Monday. Donald Trump was in Florida.\n\n' +
        '"We have no comment," Trump\'s spokeswoman said.\n',
    );
    expect(speakerOf(quotes, 'no comment')).toBeNull();
  });

  it('heads a description by the noun before `of` (`the 34-year-old mother of three`)', () => {
    const quotes = quotesOf(
      'Donald Trump named his plan on Tuesday.\n\n' +
        'Ivanka Trump said fathers would not be eligible. Pressed on why, the 34-year-old mother of three ' +
        'replied, "It is meant to help mothers."\n',
    );
    expect(speakerOf(quotes, 'help mothers')).toBe('Ivanka Trump');
  });
});
