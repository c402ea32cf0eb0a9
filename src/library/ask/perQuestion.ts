/**
 * What answering one question reads more than once, kept while the question is answered and dropped
 * after it. A sentence is read by the sentence ranker, by the phrase ranker and by the checks of what
 * the answer lacks or contradicts, and again by each search the question runs (with its date and
 * without, within one story); a story filed again repeats its sentences word for word. Each text is
 * therefore read (tokenised, its roots taken) once per question. Outside a question (training, a test
 * of one function) nothing is kept, and an answer is the same with or without the caches.
 */

/** Every cache made, to empty them all when a question is answered. */
const caches: Array<Map<unknown, unknown>> = [];
/** Questions being answered (one answer may ask another: nested, the caches live until the outer one ends). */
let answering = 0;

/** Entries a cache holds at most: a question reading more texts than this starts its cache again. */
const LIMIT = 4096;

/**
 * `compute` kept by key for the question being answered. What it returns is shared by every caller
 * within the question, so it must be read only.
 */
export function perQuestion<K, V>(compute: (key: K) => V): (key: K) => V {
  const cache = new Map<K, V>();
  caches.push(cache as Map<unknown, unknown>);
  return (key) => {
    if (answering === 0) return compute(key);
    let value = cache.get(key);
    if (value === undefined) {
      value = compute(key);
      if (cache.size >= LIMIT) cache.clear();
      cache.set(key, value);
    }
    return value;
  };
}

/**
 * `compute` kept by owner and key for the question being answered: the owner (an index, a snapshot,
 * a question's reading) is an object the key alone does not name. Read only, as `perQuestion`'s.
 */
export function perQuestionBy<O extends object, K, V>(
  compute: (owner: O, key: K) => V,
): (owner: O, key: K) => V {
  const byOwner = perQuestion((_owner: O) => new Map<K, V>());
  return (owner, key) => {
    const read = byOwner(owner);
    if (read.has(key)) return read.get(key) as V;
    const value = compute(owner, key);
    if (read.size >= LIMIT) read.clear();
    read.set(key, value);
    return value;
  };
}

/** Answers a question with the caches of `perQuestion` on, emptied when it is answered. */
export function whileAnswering<T>(answer: () => T): T {
  answering++;
  try {
    return answer();
  } finally {
    answering--;
    if (answering === 0) for (const cache of caches) cache.clear();
  }
}
