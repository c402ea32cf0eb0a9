import { describe, expect, it } from 'vitest';
import { lookupPlaces, mayStartLongerName } from '../../src/engine/gazetteer.ts';

describe('lookupPlaces', () => {
  it("names a city by hand with the table's own row, whatever the spelling", () => {
    for (const spelling of ['Dusseldorf', 'Duesseldorf', 'Düsseldorf'])
      expect(lookupPlaces(spelling)[0]).toMatchObject({ name: 'Düsseldorf', country: 'DE', admin: '07' });
    expect(lookupPlaces('Hague')[0]).toEqual(lookupPlaces('The Hague')[0]);
    expect(lookupPlaces('The Hague')[0]!.admin).not.toBeNull();
  });

  it('finds a city named as its country in the table (Hong Kong), not a stand-in', () => {
    const [hongKong] = lookupPlaces('Hong Kong');
    expect(hongKong).toMatchObject({ kind: 'city', country: 'HK' });
    expect(hongKong!.population).toBeGreaterThan(1_000_000);
  });

  it('puts the country before its namesake city, and the big city before the state', () => {
    expect(lookupPlaces('Luxembourg')[0]).toMatchObject({ kind: 'country' });
    expect(lookupPlaces('Washington')[0]).toMatchObject({ name: 'Washington', kind: 'city', country: 'US' });
    const springfields = lookupPlaces('Springfield').map((place) => place.population);
    expect(springfields).toEqual([...springfields].sort((a, b) => b - a));
  });
});

describe('mayStartLongerName', () => {
  it('knows the first words of names of more than one word, as written in a story', () => {
    for (const word of ['New', 'BUENOS', 'Rio', 'Sao', 'Hong', 'West', 'Saint', 'St.'])
      expect(mayStartLongerName(word), word).toBe(true);
    for (const word of ['Volcker', 'Reuters', 'Paribas', 'Tuesday'])
      expect(mayStartLongerName(word), word).toBe(false);
  });
});
