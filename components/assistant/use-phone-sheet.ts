'use client';

import { useEffect, type RefObject } from 'react';
import { makeBackgroundInert } from '@/lib/client/inert-background';
import { trackVisualViewport } from '@/lib/client/visual-viewport';

/** Below Tailwind's `sm` breakpoint the panel is a full-screen sheet (see AssistantPanel's classes). */
const PHONE_SHEET_QUERY = '(width < 40rem)';

/**
 * Phone-sheet behaviour for the panel: it follows the visible viewport (on-screen keyboard) and, while it
 * covers the screen, the page behind it is inert so focus and screen readers stay in the sheet.
 */
export function usePhoneSheet(panelRef: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const panel = panelRef.current;
    if (!panel) return;
    const stopTracking = trackVisualViewport(panel, window.visualViewport);
    const phone = window.matchMedia(PHONE_SHEET_QUERY);
    let restoreBackground: (() => void) | undefined;
    const applyInert = () => {
      restoreBackground?.();
      restoreBackground = phone.matches ? makeBackgroundInert(panel, document.body) : undefined;
    };
    applyInert();
    phone.addEventListener('change', applyInert);
    return () => {
      phone.removeEventListener('change', applyInert);
      restoreBackground?.();
      stopTracking();
    };
  }, [panelRef]);
}
