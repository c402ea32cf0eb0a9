/**
 * Small story files written for the end-to-end tests, in the seed's layout (`date YYYY-MM-DD CITY,
 * Mon DD - body`, hard-wrapped): enough stories on one topic, and enough quotes from one speaker,
 * that answers run to several pages.
 */

export const HARBOUR_SPEAKER = 'Maria Lopez';

/** Story `n` (1-based) of the harbour series, dated 2015-03-n in London. */
function harbourStory(n: number): string {
  const day = String(n).padStart(2, '0');
  return [
    `date 2015-03-${day} LONDON, March ${n} - The city council approved`,
    `repair plan number ${n} for the old harbour bridge on Tuesday, after`,
    `engineers found new cracks in its eastern span.`,
    `"The bridge will reopen before the summer, and plan ${n} is fully`,
    `paid for," council leader ${HARBOUR_SPEAKER} said at a news conference.`,
    `Traffic will be diverted along the river road until the work ends.`,
    '',
  ].join('\n');
}

/** `count` harbour stories keyed by file name, e.g. `harbour/harbour-01.txt`. */
export function harbourStories(count: number): Record<string, string> {
  const files: Record<string, string> = {};
  for (let n = 1; n <= count; n += 1)
    files[`harbour/harbour-${String(n).padStart(2, '0')}.txt`] = harbourStory(n);
  return files;
}

/** A story added during a test, to see it reported by /reload and found afterwards. */
export const LATE_STORY = [
  'date 2016-05-20 MADRID, May 20 - Firefighters put out a blaze at',
  'a warehouse near the airport on Friday, the city said.',
  '"Nobody was hurt and the flights were not affected," fire chief',
  'Carlos Ruiz told reporters.',
  '',
].join('\n');

/** `count` short distinct stories (spread over April 2015 in Leeds), to give a reload real work. */
export function bulkStories(count: number): Record<string, string> {
  const files: Record<string, string> = {};
  for (let n = 1; n <= count; n += 1) {
    const day = (n % 28) + 1;
    files[`bulk/bulk-${String(n).padStart(4, '0')}.txt`] = [
      `date 2015-04-${String(day).padStart(2, '0')} LEEDS, April ${day} - Volunteers planted tree`,
      `number ${n} in the city park on Saturday as part of a spring campaign.`,
      `"Every tree counts, and number ${n} is a cherry," organiser Tom Hale said.`,
      '',
    ].join('\n');
  }
  return files;
}

/** A long story (about 6,000 characters in 12 paragraphs), whose full text runs to several pages. */
export function longStory(): string {
  const paragraphs = Array.from({ length: 12 }, (_, index) => {
    const n = index + 1;
    return [
      `Paragraph ${n} of the canal report describes lock number ${n}, where inspectors`,
      `measured the water level twice a day for a month and found that the old`,
      `gates leaked more than the new ones installed upstream in the spring.`,
      `The inspectors recommended replacing the seals before the winter, and the`,
      `regional authority said it would publish a timetable for the work soon.`,
    ].join('\n');
  });
  return `date 2017-10-02 UTRECHT, Oct 2 - The canal authority published its\nannual inspection report on Monday.\n\n${paragraphs.join('\n\n')}\n`;
}
