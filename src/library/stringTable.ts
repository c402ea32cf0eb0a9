/**
 * Numbers by string for a large set's ids or paths, without a string object and a map entry each (some
 * 120 bytes a key in a Map, the string included): the keys as one UTF-8 buffer, and an open-addressing
 * table of their positions by hash. A lookup decodes only the key whose hash matches.
 */
import { growableBytes, growableU32 } from './growable.ts';
import { type StringList, stringAt, textOf } from './stringList.ts';

/** 32-bit FNV-1a over the string's UTF-16 code units: a key is hashed as it is, never encoded. */
function hashOf(key: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/** Its arrays are public (read-only) so that a walk of a structure's memory counts them. */
export class StringTable implements Iterable<[string, number]> {
  readonly size: number;
  readonly text: Buffer;
  /**
   * Per key, in the order added: where its bytes end, its number (null: its place) and its hash. A key
   * given twice to `ofList` is there twice, the second without a slot.
   */
  readonly ends: Uint32Array;
  readonly numbers: Uint32Array | null;
  readonly hashes: Uint32Array;
  /** Key position + 1 by hash, 0 where empty; a power of two at least twice the keys. */
  readonly slots: Uint32Array;

  /** See StringTableBuilder and `ofList`, which make one. */
  constructor(
    text: Buffer,
    ends: Uint32Array,
    numbers: Uint32Array | null,
    hashes: Uint32Array,
    slots: Uint32Array,
    size = ends.length,
  ) {
    this.size = size;
    this.text = text;
    this.ends = ends;
    this.numbers = numbers;
    this.hashes = hashes;
    this.slots = slots;
  }

  /** A table of `entries` (numbers below 2^32); a key given twice keeps its first number. */
  static of(entries: Iterable<readonly [string, number]>): StringTable {
    const builder = new StringTableBuilder();
    for (const [key, number] of entries) builder.add(key, number);
    return builder.done();
  }

  /** The strings of `list` numbered by their place in it (the first of a string given twice), its bytes shared. */
  static ofList(list: StringList): StringTable {
    const text = textOf(list);
    const { ends } = list;
    const hashes = new Uint32Array(ends.length);
    let slots = new Uint32Array(16);
    while (slots.length < ends.length * 2) slots = new Uint32Array(slots.length * 2);
    let size = 0;
    for (let k = 0; k < ends.length; k++) {
      const key = stringAt(list, text, k);
      hashes[k] = hashOf(key);
      const at = findSlot(slots, hashes[k]!, hashes, (other) => sameKeyAt(text, ends, other, key));
      if (slots[at] !== 0) continue;
      slots[at] = k + 1;
      size++;
    }
    return new StringTable(text, ends, null, hashes, slots, size);
  }

  get(key: string): number | undefined {
    const at = findSlot(this.slots, hashOf(key), this.hashes, (k) => sameKeyAt(this.text, this.ends, k, key));
    const position = this.slots[at]!;
    return position === 0 ? undefined : this.#numberAt(position - 1);
  }

  has(key: string): boolean {
    return this.get(key) !== undefined;
  }

  #numberAt(k: number): number {
    return this.numbers ? this.numbers[k]! : k;
  }

  #keyAt(k: number): string {
    return stringAt(this, this.text, k);
  }

  *[Symbol.iterator](): Iterator<[string, number]> {
    const twice = this.size < this.ends.length;
    for (let k = 0; k < this.ends.length; k++) {
      const key = this.#keyAt(k);
      if (!twice || this.get(key) === this.#numberAt(k)) yield [key, this.#numberAt(k)];
    }
  }
}

/** The slot of the key of `hash` that `isKey(k)` says key k is: where it is, or the empty slot where it would go. */
function findSlot(
  slots: Uint32Array,
  hash: number,
  hashes: ArrayLike<number>,
  isKey: (k: number) => boolean,
): number {
  const mask = slots.length - 1;
  for (let at = hash & mask; ; at = (at + 1) & mask) {
    const position = slots[at]!;
    if (position === 0 || (hashes[position - 1] === hash && isKey(position - 1))) return at;
  }
}

/**
 * Whether key `k` of `text` (its ends in `ends`) is `key`, compared in place: an ASCII key (ids and
 * paths nearly always are) code unit by byte, with no string decoded for the lookup (100,000 of them, one
 * per file, in a reload's check of every file); any other decoded and compared.
 */
function sameKeyAt(text: Buffer, ends: ArrayLike<number>, k: number, key: string): boolean {
  const start = k === 0 ? 0 : ends[k - 1]!;
  const end = ends[k]!;
  // A string has at most as many UTF-16 code units as UTF-8 bytes.
  if (end - start < key.length) return false;
  for (let i = 0; i < key.length; i++) {
    const code = key.charCodeAt(i);
    if (code >= 0x80) return text.toString('utf8', start, end) === key;
    if (text[start + i] !== code) return false;
  }
  return end - start === key.length;
}

/** Builds a StringTable a key at a time (a large set's in slices). */
export class StringTableBuilder {
  readonly #bytes = growableBytes(1 << 16);
  readonly #ends = growableU32();
  readonly #numbers = growableU32();
  readonly #hashes = growableU32();
  #slots = new Uint32Array(16);

  /** Adds `key` with `number`; false (and nothing added) when the key is there already. */
  add(key: string, number: number): boolean {
    const hash = hashOf(key);
    const text = textOf({ bytes: this.#bytes.data });
    const at = findSlot(this.#slots, hash, this.#hashes.data, (k) =>
      sameKeyAt(text, this.#ends.data, k, key),
    );
    if (this.#slots[at] !== 0) return false;
    this.#bytes.pushAll(Buffer.from(key));
    this.#ends.push(this.#bytes.length);
    this.#numbers.push(number);
    this.#hashes.push(hash);
    this.#slots[at] = this.#ends.length;
    if (this.#ends.length * 2 > this.#slots.length) this.#rehash();
    return true;
  }

  #rehash() {
    const slots = new Uint32Array(this.#slots.length * 2);
    const mask = slots.length - 1;
    const hashes = this.#hashes.data;
    for (let k = 0; k < this.#hashes.length; k++) {
      let at = hashes[k]! & mask;
      while (slots[at] !== 0) at = (at + 1) & mask;
      slots[at] = k + 1;
    }
    this.#slots = slots;
  }

  done(): StringTable {
    const bytes = this.#bytes.done();
    return new StringTable(
      Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
      this.#ends.done(),
      this.#numbers.done(),
      this.#hashes.done(),
      this.#slots,
    );
  }
}
