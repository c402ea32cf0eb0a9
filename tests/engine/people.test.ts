import { describe, expect, it } from 'vitest';
import { parseLayout } from '../../src/engine/layout.ts';
import { lexTag } from '../../src/engine/people.ts';
import { attributeQuotes } from '../../src/engine/quotes.ts';

function peopleOf(body: string) {
  const raw = `date 2020-01-02\nA story for the test\n\n${body}`;
  return attributeQuotes(raw, parseLayout(raw)).people;
}

describe('people', () => {
  it('keeps role and honorific apart from the canonical name and merges the surname', () => {
    const people = peopleOf(
      "Chile's Finance Minister Dr. Elena Soto spoke on Monday. Soto said the budget was balanced.\n",
    );
    const elena = people.find((p) => p.name === 'Elena Soto');
    expect(elena).toBeDefined();
    expect(elena?.aliases).toContain('Soto');
    expect(elena?.aliases).toContain('Dr. Elena Soto');
    expect(elena?.role).toBe("Chile's Finance Minister");
  });

  it('takes a role set off by commas before the name, after a determiner or possessive', () => {
    const people = peopleOf(
      'Terminal operator Maasvlakte Logistics said the strike would hurt. Its chief executive, Ingrid Bakker, said talks would go on. ' +
        "The union's leader, Jan Vries, agreed. In Rotterdam, Piet Smit said nothing.\n",
    );
    expect(people.find((p) => p.name === 'Ingrid Bakker')?.role).toBe('chief executive');
    expect(people.find((p) => p.name === 'Jan Vries')?.role).toBe('leader');
    expect(people.find((p) => p.name === 'Piet Smit')?.role ?? null).toBeNull();
  });

  it('takes a role set off by commas after the name, with its of- or for-phrase', () => {
    const people = peopleOf(
      'Henry Rosenberg, chairman of Crown Central Petroleum <CNP>, said costs would rise. ' +
        'Jane Roe, a spokeswoman for the agency, declined to comment. ' +
        "Mark Hale, Bankrate's senior economic analyst, said the figures were weak. " +
        'Tom Dunn, Ann Field and Piet Smit met, and Ray Cole, who chairs the panel, agreed.\n',
    );
    const role = (name: string) => people.find((p) => p.name === name)?.role ?? null;
    expect(role('Henry Rosenberg')).toBe('chairman of Crown Central Petroleum');
    expect(role('Jane Roe')).toBe('spokeswoman for the agency');
    expect(role('Mark Hale')).toBe("Bankrate's senior economic analyst");
    expect(role('Tom Dunn')).toBeNull();
    expect(role('Ray Cole')).toBeNull();
  });

  it('takes a long of-phrase whole, to the comma that closes it', () => {
    const people = peopleOf(
      'Roland Machold, director of the Division of Investment for the state of New Jersey, said the sale went well.\n',
    );
    expect(people.find((p) => p.name === 'Roland Machold')?.role).toBe(
      'director of the Division of Investment for the state of New Jersey',
    );
  });

  it('takes a lower-case role before the name', () => {
    const people = peopleOf('Company spokesman Brian Kowalski declined to comment.\n');
    expect(people).toContainEqual({
      name: 'Brian Kowalski',
      aliases: ['Kowalski'],
      role: 'Company spokesman',
    });
  });

  it('keeps the plain words qualifying a role noun before the name, not a verb before them', () => {
    const people = peopleOf(
      'Ansell regional director Chris Humphrey told a news conference the cream worked. ' +
        'The firm said managing director Ann Field would retire.\n',
    );
    const role = (name: string) => people.find((p) => p.name === name)?.role ?? null;
    expect(role('Chris Humphrey')).toBe('Ansell regional director');
    expect(role('Ann Field')).toBe('managing director');
  });

  it('does not list countries, organisations or places as people', () => {
    const people = peopleOf(
      'The United Nations met in New York. Brazil said the State Department had agreed.\n',
    );
    expect(people.filter((p) => p.kind !== 'organisation').map((p) => p.name)).toEqual([]);
    // Brazil speaks, as a government: listed, but as an organisation.
    expect(people).toEqual([{ name: 'Brazil', aliases: [], role: null, kind: 'organisation' }]);
  });

  it('lists a surname-only speaker as a person', () => {
    const people = peopleOf('Lindqvist said the vote would be close.\n');
    expect(people.map((p) => p.name)).toEqual(['Lindqvist']);
  });
});

describe('people and organisations in wire copy', () => {
  it('keeps companies and their short names out of the people', () => {
    const people = peopleOf(
      'Acme Widget Corp said it agreed to buy Zenith Tools Inc. Acme Widget said the deal would close in May.\n',
    );
    expect(people.filter((p) => p.kind !== 'organisation')).toEqual([]);
    expect(people).toEqual([
      { name: 'Acme Widget Corp', aliases: ['Acme Widget'], role: null, kind: 'organisation' },
    ]);
  });

  it('does not take the word after U.S. or a title before an ordinary word for a name', () => {
    const people = peopleOf(
      'The U.S. Proposal was rejected at the General Agreement on Tariffs and Trade, Trade Secretary Ann Hale said.\n',
    );
    expect(people.map((p) => p.name)).toEqual(['Ann Hale']);
  });

  it('treats a lone name after a preposition of place as the place', () => {
    const people = peopleOf('Sales fell in Houston, the company said.\n');
    expect(people).toEqual([]);
  });
});

describe('surnames shared by two people', () => {
  it('gives a bare surname to the person the story names most', () => {
    const raw = `date 2020-01-02\nA story for the test\n\nHillary Clinton spoke in Ohio. Bill Clinton stayed home. Hillary Clinton then flew to Iowa.\n\n"We will win," Clinton said.\n`;
    const { quotes } = attributeQuotes(raw, parseLayout(raw));
    expect(quotes.find((q) => q.text.includes('We will win'))?.speaker).toBe('Hillary Clinton');
  });
});

describe('titles and British honorifics', () => {
  it('does not make a person of a bare title, and merges Ms without a period', () => {
    const people = peopleOf(
      'The plan is a priority, the Trade and Industry Secretary has said.\n\nPatricia Hale said the cost was known. Ms Hale spoke in London.\n',
    );
    expect(people).toEqual([{ name: 'Patricia Hale', aliases: ['Hale', 'Ms Hale'], role: null }]);
  });

  it('keeps surnames that are also titles', () => {
    const people = peopleOf('Charlie King said the vote was close. Howard Dean said it was not.\n');
    expect(people.map((p) => p.name)).toEqual(['Charlie King', 'Howard Dean']);
  });
});

describe('groups written like names', () => {
  it('keeps party words, office words and plural nouns out of the people', () => {
    const people = peopleOf(
      'Senate Democrats met on Monday. Officials said the vote was close. Observers said the same, and observers agreed.\n\nSenator Ruth Kimball said the bill would pass.\n',
    );
    expect(people.map((p) => p.name)).toEqual(['Ruth Kimball']);
  });
});

describe('stray title words in front of a full name', () => {
  it('drops a misspelt title the story also leaves out, and keeps it as the role', () => {
    const people = peopleOf(
      'Secertary Harold Brennan said the treaty was ready.\n\nHarold Brennan flew to Oslo on Monday.\n',
    );
    expect(people.find((p) => p.name === 'Harold Brennan')).toMatchObject({ role: 'Secertary' });
    expect(people.map((p) => p.name)).not.toContain('Secertary Harold Brennan');
  });

  it('drops an ordinary word before a full name, as in Manager Tom Pellow', () => {
    const people = peopleOf('Manager Tom Pellow said the plant would reopen.\n');
    expect(people.find((p) => p.name === 'Tom Pellow')?.role).toBe('Manager');
  });

  it('keeps a three-part name whose first word is an unknown name the story always writes', () => {
    const people = peopleOf('Ulvarno Cesar Pires said prices rose.\n\nPires said they would fall again.\n');
    expect(people.map((p) => p.name)).toContain('Ulvarno Cesar Pires');
  });

  it('takes an acronym or a hyphenated rank in front of a full name into the role', () => {
    const people = peopleOf(
      'OECD Marta Kowal said growth would slow.\n\nRear-Admiral Samuel Bakare said the fleet was ready.\n',
    );
    expect(people.find((p) => p.name === 'Marta Kowal')?.role).toBe('OECD');
    expect(people.find((p) => p.name === 'Samuel Bakare')?.role).toBe('Rear-Admiral');
  });

  it("parts a newspaper's name from the person named after it", () => {
    const people = peopleOf(
      'Gloria Amsel spoke in Denver.\n\nIn an interview with the Denver Post Amsel said that taxes would rise.\n',
    );
    expect(people.map((p) => p.name)).toEqual(['Gloria Amsel']);
  });

  it('takes a title out of a name with a second surname', () => {
    const people = peopleOf('Army Chief of Staff Hector Rios Amaral said the troops were loyal.\n');
    expect(people.find((p) => p.name === 'Hector Rios Amaral')?.role).toBe('Army Chief of Staff');
  });

  it('keeps the office after "of" in the role', () => {
    const people = peopleOf('Under Secretary of Fisheries Bruce Tallis said exports rose.\n');
    expect(people.find((p) => p.name === 'Bruce Tallis')?.role).toBe('Under Secretary of Fisheries');
  });

  it('takes a title after an office out of the name', () => {
    const people = peopleOf('White House Chief of Staff Howard Baker said talks were over.\n');
    expect(people.map((p) => p.name)).toContain('Howard Baker');
  });
});

describe('lexTag', () => {
  it("gives compromise's tags of a word, and nothing for a word that is only an object's property name", () => {
    expect(lexTag('paris')).toMatch(/City|Place/);
    expect(lexTag('constructor')).toBe('');
    expect(lexTag('__proto__')).toBe('');
    expect(lexTag('no such word here')).toBe('');
  });
});
