/** The story library's public face: loading and reloading, the snapshot, and the answers. */

export { LoadError } from './loader.ts';
export * from './queryApi.ts';
export { type LibraryLogger, type LibraryOptions, type LibraryStats, StoryLibrary } from './storyLibrary.ts';
