import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countryByDemonym, countryByName } from '../../src/engine/countries.ts';
import { lookupPlaces, lookupSubdivision } from '../../src/engine/gazetteer.ts';
import { parseLayout, type StoryLayout } from '../../src/engine/layout.ts';
import { extractPlaces, resolveDateline, storyCountries } from '../../src/engine/places.ts';

const dateline = (placeText: string) =>
  resolveDateline({ text: placeText, span: [0, placeText.length], placeText });

/** A layout built by hand: one paragraph per string, and an optional dateline. */
function layoutOf(paragraphs: string[], placeText?: string): StoryLayout {
  return {
    date: null,
    dateline: placeText ? { text: placeText, span: [0, placeText.length], placeText } : null,
    title: null,
    frontMatter: null,
    bodySpan: [0, 1],
    paragraphs: paragraphs.map((text) => ({ text, span: [0, text.length] })),
    sentences: [],
    warnings: [],
  };
}
const placesOf = (paragraphs: string[], placeText?: string) => {
  const layout = layoutOf(paragraphs, placeText);
  return extractPlaces('', layout, placeText ? dateline(placeText) : null);
};
const namesOf = (paragraphs: string[], placeText?: string) =>
  placesOf(paragraphs, placeText).map((p) => p.name);

describe('resolveDateline', () => {
  it.each([
    ['PARIS', 'Paris', 'France'],
    ['BUENOS AIRES', 'Buenos Aires', 'Argentina'],
    ['WASHINGTON', 'Washington', 'United States'],
    ['NEW YORK', 'New York', 'United States'],
    ['New York', 'New York', 'United States'],
    ['BONN', 'Bonn', 'Germany'],
    ['MOSCOW', 'Moscow', 'Russia'],
    ['FRANKFURT', 'Frankfurt', 'Germany'],
    ['PEKING', 'Beijing', 'China'],
    ['HONG KONG', 'Hong Kong', 'Hong Kong'],
    ['LUXEMBOURG', 'Luxembourg', 'Luxembourg'],
    ['PORTLAND', 'Portland', 'United States'],
  ])('%s → %s, %s', (placeText, place, country) => {
    expect(dateline(placeText)).toMatchObject({ text: placeText, place, country });
  });

  it('uses the state or province after the comma to pick the town and its country', () => {
    expect(dateline('STAMFORD, Conn.')).toMatchObject({ place: 'Stamford', country: 'United States' });
    expect(dateline('CALGARY, Alberta')).toMatchObject({ place: 'Calgary', country: 'Canada' });
    expect(dateline('LONDON, Ontario')).toMatchObject({ place: 'London', country: 'Canada' });
    expect(dateline('DUESSELDORF, West Germany')).toMatchObject({ place: 'Düsseldorf', country: 'Germany' });
  });

  it('keeps an unknown town in title case, with the country its state gives', () => {
    expect(dateline('UPPER SADDLE RIVER, N.J.')).toMatchObject({
      place: 'Upper Saddle River',
      country: 'United States',
    });
    expect(dateline('QWERTYVILLE')).toMatchObject({ place: 'Qwertyville', country: null });
  });

  it('ignores junk around the place words and gives null for none', () => {
    expect(dateline('****LONDON')).toMatchObject({ place: 'London', country: 'United Kingdom' });
    expect(dateline('')).toMatchObject({ place: null, country: null });
    expect(dateline('--- 12 ---')).toMatchObject({ place: null, country: null });
  });

  it('never throws, whatever the place text', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const result = dateline(text);
        expect(result.text).toBe(text);
      }),
    );
  });
});

describe('gazetteer and countries', () => {
  it('knows old and other names of countries and their demonyms', () => {
    expect(countryByName('U.S.')?.name).toBe('United States');
    expect(countryByName('West Germany')?.name).toBe('Germany');
    expect(countryByName('Soviet Union')?.name).toBe('Russia');
    expect(countryByName('Burma')?.name).toBe('Myanmar');
    expect(countryByDemonym('French')?.name).toBe('France');
    expect(countryByDemonym('Iranian')?.name).toBe('Iran');
    expect(countryByDemonym('Arab')).toBeUndefined();
  });

  it('ranks the bigger of two cities with one name first', () => {
    const [first] = lookupPlaces('Birmingham').filter((place) => place.kind === 'city');
    expect(first?.country).toBe('GB');
    expect(lookupSubdivision('Calif.')).toMatchObject({ name: 'California', country: 'US' });
  });
});

describe('extractPlaces', () => {
  it('lists the dateline place and its country first, then places in the text, once each', () => {
    const places = placesOf(
      ['Ministers from Egypt met in Cairo on Monday.', 'Egypt said talks with Israel would go on in Geneva.'],
      'PARIS',
    );
    expect(places.map((p) => p.name)).toEqual(['Paris', 'France', 'Egypt', 'Cairo', 'Israel', 'Geneva']);
    expect(places[3]).toEqual({ name: 'Cairo', country: 'Egypt', kind: 'city' });
    expect(places[2]).toEqual({ name: 'Egypt', country: 'Egypt', kind: 'country' });
  });

  it('names regions, US states and multi-word places', () => {
    const names = namesOf([
      'Oil from the Middle East reached Rio de Janeiro and Texas, while Sri Lanka and New Zealand watched.',
    ]);
    expect(names).toEqual(['Middle East', 'Rio de Janeiro', 'Texas', 'Sri Lanka', 'New Zealand']);
  });

  it('reads U.S. and other abbreviations of countries', () => {
    expect(namesOf(['The U.S. and the U.K. signed the accord.'])).toEqual([
      'United States',
      'United Kingdom',
    ]);
  });

  it('does not take people named like places for places', () => {
    expect(namesOf(['Michael Jordan scored 30 points. Jordan said the team was ready.'])).toEqual([]);
    expect(namesOf(['A statue of George Washington stands there.'])).toEqual([]);
    expect(namesOf(['President Jackson spoke.'])).toEqual([]);
    expect(namesOf(['Chad Pergram reported from Chad.'])).toEqual(['Chad']);
  });

  it('does not take common words or company names for small cities', () => {
    expect(namesOf(['Sales of turkey rose in March and the Mobile Corp unit did nicely.'])).toEqual([]);
    expect(namesOf(['Nice weather helped the crop.'])).toEqual([]);
  });

  it('accepts a small town when a state follows it', () => {
    const places = placesOf(['The company, based in Stamford, Conn., opened a plant.']);
    expect(places[0]).toEqual({ name: 'Stamford', country: 'United States', kind: 'city' });
  });

  it('lists demonyms in no place but lets them count for the story countries', () => {
    const layout = layoutOf(['Iranian and Iranian-backed groups met.', 'Iranian officials said so.']);
    expect(extractPlaces('', layout, null)).toEqual([]);
    expect(storyCountries(layout, null)).toEqual(['Iran']);
  });

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { maxLength: 4 }), fc.string(), (paragraphs, placeText) => {
        const layout = layoutOf(paragraphs, placeText);
        expect(Array.isArray(extractPlaces(paragraphs.join('\n'), layout, dateline(placeText)))).toBe(true);
        expect(Array.isArray(storyCountries(layout, dateline(placeText)))).toBe(true);
      }),
    );
  });
});

describe('storyCountries', () => {
  it('takes the dateline country and countries named early, not a passing mention', () => {
    const layout = layoutOf(
      [
        'Japan and South Korea agreed on Tuesday to cut tariffs on steel.',
        'Japanese officials said South Korea would open its market.',
        'The talks were held at a hotel.',
        'A similar accord was signed last year in London.',
      ],
      'TOKYO',
    );
    expect(storyCountries(layout, dateline('TOKYO'))).toEqual(['Japan', 'South Korea']);
    expect(extractPlaces('', layout, dateline('TOKYO')).map((p) => p.name)).toContain('London');
  });
});

const here = dirname(fileURLToPath(import.meta.url));
const seedDir = resolve(here, '../../../shared/seed');
if (!existsSync(seedDir)) console.log(`places.test: ${seedDir} is absent; the seed story check does not run`);

describe.runIf(existsSync(seedDir))('the seed story', () => {
  it('gives the expected dateline and places', () => {
    const raw = readFileSync(join(seedDir, '000_2696b59510ee6b97.txt'), 'utf8');
    const expected = JSON.parse(
      readFileSync(join(seedDir, '000_2696b59510ee6b97.expected.json'), 'utf8'),
    ) as {
      dateline: { place: string; country: string };
      placesMentioned: string[];
    };
    const layout = parseLayout(raw);
    expect(layout.dateline).not.toBeNull();
    const resolved = resolveDateline(layout.dateline!);
    expect(resolved).toMatchObject(expected.dateline);
    expect(extractPlaces(raw, layout, resolved).map((place) => place.name)).toEqual(expected.placesMentioned);
  });
});
