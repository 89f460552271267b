'use client';

import { useMemo, useState, type MouseEvent } from 'react';
import { filingCalendarFileName, filingCalendarIcs } from '@/lib/client/filing-calendar';
import { filingDatesInAnswer, type FilingDate } from '@/lib/client/filing-dates';
import { CalendarIcon } from './icons';

/** Long enough for any browser to have started reading the blob before its URL is released. */
const REVOKE_AFTER_MS = 10_000;

function downloadIcs(filingDate: FilingDate, event: MouseEvent<HTMLButtonElement>) {
  const file = new Blob([filingCalendarIcs(filingDate, new Date())], { type: 'text/calendar;charset=utf-8' });
  const url = URL.createObjectURL(file);
  const link = document.createElement('a');
  link.href = url;
  link.download = filingCalendarFileName(filingDate);
  link.hidden = true;
  // Next to the button, inside the panel: on a phone the rest of the page is inert while the panel is open.
  event.currentTarget.after(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}

/** "Agregar a mi calendario" under a final answer that gives the citizen's filing date. */
export function CalendarButtons({ answer, question }: { answer: string; question?: string }) {
  // The page's clock when the answer is shown decides which dates are still ahead.
  const [shownAt] = useState(() => new Date());
  const dates = useMemo(() => filingDatesInAnswer(answer, shownAt, question), [answer, question, shownAt]);
  if (dates.length === 0) return null;
  return (
    <div className="mt-2 flex flex-wrap gap-2" data-testid="calendar-actions">
      {dates.map((filingDate) => (
        <button
          key={filingDate.date}
          type="button"
          onClick={(event) => downloadIcs(filingDate, event)}
          className="inline-flex min-h-touch items-center gap-2 rounded-md border-2 border-dian-blue bg-surface px-3 text-left text-sm font-semibold text-dian-blue"
        >
          <CalendarIcon />
          <span>Agregar el {filingDate.label} a mi calendario</span>
        </button>
      ))}
    </div>
  );
}
