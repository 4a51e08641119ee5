// Apps Script evaluates the whole bundle on every menu click and server call, so nothing costly
// (such as building zod schemas) may run at module load: these helpers build on first use.

/** A function that builds its value on the first call and returns the same value afterwards. */
export function once<T>(build: () => T): () => T {
  let built = false;
  let value: T;
  return () => {
    if (!built) {
      value = build();
      built = true;
    }
    return value;
  };
}

/**
 * An object that stands for `build()`'s result and builds it on first use. zod's methods reach their
 * schema only through reads on `this`, which the stand-in forwards, so `lazy.safeParse(x)` behaves as
 * on the real schema. Hand the real object (not the stand-in) to code that compares identities.
 */
export function lazyObject<T extends object>(build: () => T): T {
  const target = once(build);
  return new Proxy({} as T, {
    get: (_shell, key) => Reflect.get(target(), key),
    has: (_shell, key) => Reflect.has(target(), key),
    ownKeys: () => Reflect.ownKeys(target()),
    getOwnPropertyDescriptor: (_shell, key) => {
      const d = Reflect.getOwnPropertyDescriptor(target(), key);
      return d ? { ...d, configurable: true } : undefined;
    },
    getPrototypeOf: () => Reflect.getPrototypeOf(target()),
  });
}
