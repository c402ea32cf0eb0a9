/**
 * The engine's generated tables (`scripts/buildGazetteer.ts` writes them): JSON files beside this module,
 * each loaded like a module, synchronously and only on first use, so a command that never looks up a
 * place or a word pays nothing for them. Plain data parses far faster than the same data as a module.
 */
import { createRequire } from 'node:module';

const load = createRequire(import.meta.url);

/**
 * One city a line, `folded name|name|ISO country code|admin code|population`, sorted by folded name
 * (`foldName`, compared as strings), the largest first within a name.
 */
export const cityRows = (): string[] => load('./cities.json') as string[];

/** Lower-case single-word city names that are also common words or people's names. */
export const ambiguousPlaceNames = (): string[] => load('./ambiguousNames.json') as string[];

/** Lower-case given names: a place name right after one is a person's surname. */
export const givenNames = (): string[] => load('./givenNames.json') as string[];

/** One country a line: `ISO code|names (common name first), ';'-separated|demonyms|independent`. */
export const countryRows = (): string[] => load('./countries.json') as string[];

/** compromise's word list, one word a line: `lower-cased word or phrase<tab>tags` (`MaleName,Singular`). */
export const lexiconRows = (): string[] => load('./lexicon.json') as string[];

/** One word a line: `root related-root …` (`scripts/buildRelated.ts`, from WordNet), most used first. */
export const relatedRows = (): string[] => load('./related.json') as string[];

/** One word a line: `root antonym-root …` (`scripts/buildRelated.ts`, from WordNet), read both ways. */
export const antonymRows = (): string[] => load('./antonyms.json') as string[];

/**
 * Word vectors by root (`scripts/buildEmbeddings.ts`): the roots as one space-separated string, and
 * `dimensions` int8 values per root, in the same order, as one base64 string.
 */
export const embeddingTable = (): { dimensions: number; roots: string; vectors: string } =>
  load('./embeddings.json') as { dimensions: number; roots: string; vectors: string };
