import { describe, expect, it } from 'vitest';
import { SHEET_HEIGHT_VAR, SHEET_TOP_VAR, trackVisualViewport } from '../../lib/client/visual-viewport';

class FakeViewport extends EventTarget {
  height = 800;
  offsetTop = 0;
  listeners = 0;
  override addEventListener(...args: Parameters<EventTarget['addEventListener']>) {
    this.listeners += 1;
    super.addEventListener(...args);
  }
  override removeEventListener(...args: Parameters<EventTarget['removeEventListener']>) {
    this.listeners -= 1;
    super.removeEventListener(...args);
  }
}

function fakeElement() {
  const properties = new Map<string, string>();
  return {
    properties,
    style: {
      setProperty: (name: string, value: string | null) => void properties.set(name, value ?? ''),
      removeProperty: (name: string) => {
        const previous = properties.get(name) ?? '';
        properties.delete(name);
        return previous;
      },
    },
  };
}

describe('trackVisualViewport', () => {
  it('follows the visible viewport when the on-screen keyboard opens and scrolls it', () => {
    const viewport = new FakeViewport();
    const element = fakeElement();
    trackVisualViewport(element, viewport);
    expect(element.properties.get(SHEET_HEIGHT_VAR)).toBe('800px');

    viewport.height = 420;
    viewport.dispatchEvent(new Event('resize'));
    expect(element.properties.get(SHEET_HEIGHT_VAR)).toBe('420px');

    viewport.offsetTop = 120;
    viewport.dispatchEvent(new Event('scroll'));
    expect(element.properties.get(SHEET_TOP_VAR)).toBe('120px');
  });

  it('removes its listeners and properties on cleanup', () => {
    const viewport = new FakeViewport();
    const element = fakeElement();
    const stop = trackVisualViewport(element, viewport);
    expect(viewport.listeners).toBe(2);
    stop();
    expect(viewport.listeners).toBe(0);
    expect(element.properties.size).toBe(0);
    viewport.height = 100;
    viewport.dispatchEvent(new Event('resize'));
    expect(element.properties.size).toBe(0);
  });

  it('does nothing where the browser has no visualViewport (CSS dvh then applies)', () => {
    const element = fakeElement();
    trackVisualViewport(element, undefined)();
    expect(element.properties.size).toBe(0);
  });
});
