type AsyncMethod = (...args: never[]) => Promise<unknown>;

/**
 * Makes every call of `target[method]` wait until the test releases it, so a transient state (a frame
 * being handled, a connection half set up) lasts exactly as long as the test needs; `waiting` counts the
 * calls held. `release` restores the method and lets the held calls go on.
 */
export function holdCalls<T extends { [key in K]: AsyncMethod }, K extends keyof T>(target: T, method: K) {
  const original = target[method].bind(target) as T[K];
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  let waiting = 0;
  target[method] = (async (...args: Parameters<T[K]>) => {
    waiting += 1;
    await gate;
    return original(...args);
  }) as T[K];
  return {
    get waiting() {
      return waiting;
    },
    release() {
      target[method] = original;
      release();
    },
  };
}
