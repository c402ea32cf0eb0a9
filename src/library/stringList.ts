/**
 * Many strings as one UTF-8 buffer and where each one ends: how the parse cache and the story columns
 * keep long lists of names (story ids, file paths) without a string object each until one is asked for.
 */
import { endsOf } from './growable.ts';

export interface StringList {
  bytes: Uint8Array;
  ends: Uint32Array;
}

export function stringList(values: readonly string[]): StringList {
  return {
    bytes: Buffer.from(values.join('')),
    ends: endsOf(values.map((value) => Buffer.byteLength(value))),
  };
}

/** The list's bytes as a Buffer (no copy), to decode its strings from. */
export function textOf({ bytes }: Pick<StringList, 'bytes'>): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** String `i`, decoded from `text` (the list's `textOf`). */
export function stringAt({ ends }: Pick<StringList, 'ends'>, text: Buffer, i: number): string {
  return text.toString('utf8', i === 0 ? 0 : ends[i - 1]!, ends[i]!);
}
