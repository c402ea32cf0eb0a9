/** A typed array that grows as values are pushed: how columns and indexes are built. */
export class Growable<T extends Uint8Array | Uint16Array | Uint32Array> {
  /** The values so far are data[0 .. length). */
  data: T;
  length = 0;
  readonly #make: (length: number) => T;

  /** `capacity`: the values it has room for before it first grows (small for a story's own columns). */
  constructor(make: (length: number) => T, capacity = 1024) {
    this.#make = make;
    this.data = make(capacity);
  }

  // Its own loop rather than pushAll's: called for every sentence and posting, so kept to one shape.
  push(...values: number[]) {
    const count = values.length;
    if (this.length + count > this.data.length) this.#grow(count);
    const { data } = this;
    for (let i = 0; i < count; i++) data[this.length++] = values[i]!;
  }

  pushAll(values: ArrayLike<number>) {
    if (this.length + values.length > this.data.length) this.#grow(values.length);
    if (ArrayBuffer.isView(values)) {
      // A typed array is copied at once (a story's offset map may hold hundreds of thousands of bytes).
      this.data.set(values as unknown as ArrayLike<number>, this.length);
      this.length += values.length;
    } else for (let i = 0; i < values.length; i++) this.data[this.length++] = values[i]!;
  }

  #grow(more: number) {
    const bigger = this.#make(Math.max(this.data.length * 2, this.length + more));
    bigger.set(this.data);
    this.data = bigger;
  }

  done(): T {
    return this.data.slice(0, this.length) as T;
  }
}

export const growableU32 = (capacity?: number) => new Growable((length) => new Uint32Array(length), capacity);
export const growableBytes = (capacity?: number) =>
  new Growable((length) => new Uint8Array(length), capacity);

/** Where each of a run of items laid end to end ends, from their lengths: how packed lists are cut. */
export function endsOf(lengths: readonly number[]): Uint32Array {
  const ends = new Uint32Array(lengths.length);
  let at = 0;
  lengths.forEach((length, i) => {
    at += length;
    ends[i] = at;
  });
  return ends;
}
