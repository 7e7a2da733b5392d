/** Computing a question of the model once: the model does not change once loaded, and every page asks again. */

/**
 * `compute` remembered per object (held weakly, so a dropped model takes its results with it) and per the
 * string arguments after it: `memo(readingOrder)(model, 'r2026')` walks the clauses of r2026 once per model.
 * Treat what it returns as read-only: every caller gets the same value.
 */
export function memo<K extends object, A extends readonly string[], R>(compute: (key: K, ...args: A) => R): (key: K, ...args: A) => R {
  const cache = new WeakMap<K, Map<string, R>>();
  return (key, ...args) => {
    let results = cache.get(key);
    if (!results) cache.set(key, (results = new Map()));
    const id = args.join('\0');
    if (!results.has(id)) results.set(id, compute(key, ...args));
    return results.get(id)!;
  };
}
