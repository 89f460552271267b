import type { Page } from '@playwright/test';

interface GateControl {
  hold(): void;
  release(): void;
}

/**
 * Runs in the page before its own scripts (Playwright serialises it): wraps the `onmessage` handlers the
 * transports set on WebSocket and EventSource so that, once armed, everything after the next answer's
 * first delta waits until released, delivered then in order. The offline provider's answer is not
 * held on the server, so this is how a test sees it streaming however fast the server and however slow
 * the machine.
 */
function installGate(): void {
  let armed = false;
  let firstDeltaSeen = false;
  const waiting: Array<() => void> = [];
  const isDelta = (data: unknown) => typeof data === 'string' && data.includes('"type":"delta"');
  const control: GateControl = {
    hold() {
      armed = true;
      firstDeltaSeen = false;
    },
    release() {
      armed = false;
      for (const deliver of waiting.splice(0)) deliver();
    },
  };
  Object.assign(window, { __answerGate: control });
  for (const target of [WebSocket.prototype, EventSource.prototype]) {
    const native = Object.getOwnPropertyDescriptor(target, 'onmessage');
    if (!native?.set || !native.get) continue;
    const { get, set } = native;
    Object.defineProperty(target, 'onmessage', {
      configurable: true,
      enumerable: native.enumerable,
      get() {
        return get.call(this) as unknown;
      },
      set(handler: unknown) {
        if (typeof handler !== 'function') {
          set.call(this, handler);
          return;
        }
        set.call(this, function (this: unknown, event: MessageEvent) {
          if (armed && firstDeltaSeen) {
            waiting.push(() => handler.call(this, event));
            return;
          }
          if (armed && isDelta(event.data)) firstDeltaSeen = true;
          handler.call(this, event);
        });
      },
    });
  }
}

/** Holds the next answer in the page after its first delta: `hold()` before asking, `release()` after looking. */
export async function installAnswerGate(page: Page): Promise<{
  hold(): Promise<void>;
  release(): Promise<void>;
}> {
  await page.addInitScript(installGate);
  const call = (method: keyof GateControl) =>
    page.evaluate(
      (name) => (window as unknown as { __answerGate: GateControl }).__answerGate[name](),
      method,
    );
  return { hold: () => call('hold'), release: () => call('release') };
}
