import { describe, expect, it } from 'vitest';
import { countryNamesWithInitials } from '../../src/engine/countries.ts';

describe('countryNamesWithInitials', () => {
  it('gives every country whose name has the typed initials', () => {
    expect(countryNamesWithInitials('sa')).toEqual(expect.arrayContaining(['South Africa', 'Saudi Arabia']));
    expect(countryNamesWithInitials('nz')).toEqual(['New Zealand']);
    // The extra names news text uses count too.
    expect(countryNamesWithInitials('wg')).toEqual(['West Germany']);
    expect(countryNamesWithInitials('SK')).toEqual(['South Korea']);
  });

  it("gives none for initials that are themselves a name, or no country's", () => {
    expect(countryNamesWithInitials('uk')).toEqual([]);
    expect(countryNamesWithInitials('us')).toEqual([]);
    expect(countryNamesWithInitials('uae')).toEqual([]);
    expect(countryNamesWithInitials('wb')).toEqual([]);
  });
});
