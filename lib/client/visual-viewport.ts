/** The parts of `window.visualViewport` the sheet needs; a plain EventTarget in tests. */
export interface VisualViewportLike extends EventTarget {
  readonly height: number;
  readonly offsetTop: number;
}

export const SHEET_HEIGHT_VAR = '--sheet-height';
export const SHEET_TOP_VAR = '--sheet-top';

/**
 * Sizes a full-height phone sheet to the visible viewport. iOS Safari does not shrink the layout viewport
 * (nor `dvh`) when the on-screen keyboard opens, so without this the composer would sit under the keyboard.
 * Returns the cleanup that removes both listeners.
 */
export function trackVisualViewport(
  target: { style: Pick<CSSStyleDeclaration, 'setProperty' | 'removeProperty'> },
  viewport: VisualViewportLike | null | undefined,
): () => void {
  if (!viewport) return () => undefined;
  const update = () => {
    target.style.setProperty(SHEET_HEIGHT_VAR, `${viewport.height}px`);
    target.style.setProperty(SHEET_TOP_VAR, `${viewport.offsetTop}px`);
  };
  update();
  viewport.addEventListener('resize', update);
  viewport.addEventListener('scroll', update);
  return () => {
    viewport.removeEventListener('resize', update);
    viewport.removeEventListener('scroll', update);
    target.style.removeProperty(SHEET_HEIGHT_VAR);
    target.style.removeProperty(SHEET_TOP_VAR);
  };
}
