'use client';

import { useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

export interface AssistantTabContext {
  /** Whether this tab is the one shown (inactive panels stay mounted, hidden). */
  active: boolean;
  /** Shows another tab and focuses it, e.g. "type in the Chat tab instead". */
  activate(id: string): void;
}

export interface AssistantTab {
  id: string;
  label: string;
  /** Shown instead of `label` on phones, where the label would wrap; part of it, so speech input finds it. */
  shortLabel?: string;
  /** A function for content that must know whether it is shown (e.g. to stop speaking when hidden). */
  content: ReactNode | ((tab: AssistantTabContext) => ReactNode);
}

const NEXT_INDEX: Record<string, (index: number, count: number) => number> = {
  ArrowRight: (index, count) => (index + 1) % count,
  ArrowLeft: (index, count) => (index - 1 + count) % count,
  Home: () => 0,
  End: (_index, count) => count - 1,
};

/**
 * A WAI-ARIA tablist with automatic activation and a roving tabindex. Every panel stays mounted (hidden
 * when inactive) so a screen share or a half-typed question survives switching tabs.
 */
export function AssistantTabs({ label, tabs }: { label: string; tabs: readonly AssistantTab[] }) {
  const baseId = useId();
  const [activeId, setActiveId] = useState(tabs[0]?.id);
  const tabRefs = useRef(new Map<string, HTMLButtonElement>());

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const move = NEXT_INDEX[event.key];
    if (!move) return;
    event.preventDefault();
    const current = tabs.findIndex((tab) => tab.id === activeId);
    const next = tabs[move(current, tabs.length)];
    if (!next) return;
    setActiveId(next.id);
    tabRefs.current.get(next.id)?.focus();
  };

  // Looked up by id, not through tabRefs: this is handed to panel content during render.
  const activate = (id: string) => {
    setActiveId(id);
    document.getElementById(`${baseId}-tab-${id}`)?.focus();
  };

  return (
    <>
      <div
        role="tablist"
        aria-label={label}
        onKeyDown={onKeyDown}
        className="flex shrink-0 border-b border-line bg-surface-muted"
      >
        {tabs.map((tab) => {
          const selected = tab.id === activeId;
          return (
            <button
              key={tab.id}
              ref={(node) => {
                if (node) tabRefs.current.set(tab.id, node);
                else tabRefs.current.delete(tab.id);
              }}
              type="button"
              role="tab"
              id={`${baseId}-tab-${tab.id}`}
              aria-label={tab.shortLabel === undefined ? undefined : tab.label}
              aria-selected={selected}
              aria-controls={`${baseId}-panel-${tab.id}`}
              tabIndex={selected ? 0 : -1}
              onClick={() => setActiveId(tab.id)}
              data-testid={`assistant-tab-${tab.id}`}
              className={`min-h-touch flex-1 border-b-4 px-2 text-sm font-semibold ${
                selected ? 'border-dian-blue bg-surface text-dian-blue' : 'border-transparent text-ink-muted'
              }`}
            >
              {tab.shortLabel === undefined ? (
                tab.label
              ) : (
                <>
                  <span className="sm:hidden">{tab.shortLabel}</span>
                  <span className="max-sm:hidden">{tab.label}</span>
                </>
              )}
            </button>
          );
        })}
      </div>
      {tabs.map((tab) => (
        <div
          key={tab.id}
          role="tabpanel"
          id={`${baseId}-panel-${tab.id}`}
          aria-labelledby={`${baseId}-tab-${tab.id}`}
          hidden={tab.id !== activeId}
          data-testid={`assistant-tabpanel-${tab.id}`}
          className="flex min-h-0 flex-1 flex-col"
        >
          {typeof tab.content === 'function'
            ? tab.content({ active: tab.id === activeId, activate })
            : tab.content}
        </div>
      ))}
    </>
  );
}
