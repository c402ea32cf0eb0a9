/**
 * The approximate memory of a structure, by walking it: typed arrays by their bytes, strings by their
 * length, arrays, objects and maps by V8's usual sizes on a 64-bit machine. What one structure holds
 * is not counted again for the next (a shared vocabulary goes to the first that names it).
 */
const POINTER = 8;

export class ByteCounter {
  readonly #seen = new WeakSet<object>();
  readonly #strings = new Set<string>();
  readonly #views = new WeakMap<ArrayBufferLike, Set<string>>();

  bytes(value: unknown): number {
    if (typeof value === 'string') {
      if (this.#strings.has(value)) return 0;
      this.#strings.add(value);
      // Text beyond Latin-1 takes V8 two bytes a character.
      return 24 + (/[^\u0000-\u00ff]/.test(value) ? value.length * 2 : value.length);
    }
    if (typeof value !== 'object' || value === null) return 0;
    if (this.#seen.has(value)) return 0;
    this.#seen.add(value);
    if (ArrayBuffer.isView(value)) {
      // Two views of the same bytes (a Buffer made over a list's bytes) are counted once.
      const views = this.#views.get(value.buffer) ?? new Set<string>();
      this.#views.set(value.buffer, views);
      const key = `${value.byteOffset}:${value.byteLength}`;
      if (views.has(key)) return 0;
      views.add(key);
      return 96 + value.byteLength;
    }
    if (Array.isArray(value))
      return value.reduce((sum: number, item) => sum + this.bytes(item), 32 + POINTER * value.length);
    if (value instanceof Map) {
      let sum = 40 + 3 * POINTER * value.size;
      for (const [key, item] of value) sum += this.bytes(key) + this.bytes(item);
      return sum;
    }
    if (value instanceof Set) {
      let sum = 40 + 2 * POINTER * value.size;
      for (const item of value) sum += this.bytes(item);
      return sum;
    }
    const entries = Object.entries(value);
    return entries.reduce((sum, [, item]) => sum + this.bytes(item), 24 + POINTER * entries.length);
  }
}
