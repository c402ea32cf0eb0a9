/**
 * Story numbers by id (a StringTable: 100,000 ids in some 3 MB rather than 12 as a Map). A reload's patch
 * lays its few changes over the table it patched rather than copying every entry (100,000 at 100k
 * stories, 60-150 ms a patch); once the changes laid over one table pass an eighth of it, they are
 * merged into a new one.
 */
import { StringTable } from './stringTable.ts';

/** What answers ask of the numbers by id: a StringTable or a plain Map is one too. */
export interface StoryNumbers extends Iterable<[string, number]> {
  get(id: string): number | undefined;
  has(id: string): boolean;
  readonly size: number;
}

/** Changes laid over a table at most this share of its size before they are merged into a new one. */
const MERGE_AT = 1 / 8;

export class PatchedStoryNumbers implements StoryNumbers {
  readonly #base: StoryNumbers;
  /** Ids whose number is not the base's: the number now, or -1 when gone. */
  readonly #over: ReadonlyMap<string, number>;
  readonly size: number;

  private constructor(base: StoryNumbers, over: ReadonlyMap<string, number>, size: number) {
    this.#base = base;
    this.#over = over;
    this.size = size;
  }

  /**
   * `numbers` with the ids `removed` gone (each with the number it must have had) and `added` set;
   * null when an added id is already held (a build then decides which number keeps it).
   */
  static patch(
    numbers: StoryNumbers,
    removed: ReadonlyArray<readonly [string, number]>,
    added: ReadonlyArray<readonly [string, number]>,
  ): StoryNumbers | null {
    const patched = numbers instanceof PatchedStoryNumbers;
    const base = patched ? numbers.#base : numbers;
    const over = new Map(patched ? numbers.#over : []);
    let size = numbers.size;
    const get = (id: string) => {
      const number = over.get(id);
      return number === undefined ? base.get(id) : number < 0 ? undefined : number;
    };
    for (const [id, number] of removed)
      if (get(id) === number) {
        over.set(id, -1);
        size--;
      }
    for (const [id, number] of added) {
      if (get(id) !== undefined) return null;
      over.set(id, number);
      size++;
    }
    const out = new PatchedStoryNumbers(base, over, size);
    return over.size > base.size * MERGE_AT ? StringTable.of(out) : out;
  }

  get(id: string): number | undefined {
    const number = this.#over.get(id);
    return number === undefined ? this.#base.get(id) : number < 0 ? undefined : number;
  }

  has(id: string): boolean {
    return this.get(id) !== undefined;
  }

  *[Symbol.iterator](): Iterator<[string, number]> {
    for (const entry of this.#base) if (!this.#over.has(entry[0])) yield entry;
    for (const entry of this.#over) if (entry[1] >= 0) yield entry;
  }
}
