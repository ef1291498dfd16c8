"use client";
import { useId, useRef, type KeyboardEvent, type ReactNode } from "react";

export interface TabsProps<T extends string> {
  tabs: readonly T[];
  selected: T;
  onSelect: (tab: T) => void;
  /** The tab's visible name. */
  label: (tab: T) => ReactNode;
  /** What the tab list is for, for screen readers. */
  ariaLabel: string;
  /** The selected tab's panel. */
  children: ReactNode;
  panelClassName?: string;
}

/**
 * Tabs as the WAI-ARIA tabs pattern has them: one tab stop for the list (the selected tab), ←/→ move
 * between tabs and select them, Home/End go to the first and last; the panel is labelled by its tab.
 */
export function Tabs<T extends string>({ tabs, selected, onSelect, label, ariaLabel, children, panelClassName }: TabsProps<T>) {
  const base = useId();
  const list = useRef<HTMLDivElement>(null);
  const tabId = (t: T) => `${base}-tab-${t}`;
  const panelId = `${base}-panel`;

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const i = tabs.indexOf(selected);
    const to: Record<string, number> = { ArrowLeft: i - 1, ArrowRight: i + 1, Home: 0, End: tabs.length - 1 };
    if (!(e.key in to)) return;
    e.preventDefault();
    // Stop here so the page-wide day keys (←/→, Home/End) do not also step the timeline.
    e.stopPropagation();
    const next = tabs[(to[e.key]! + tabs.length) % tabs.length]!;
    onSelect(next);
    list.current?.querySelector<HTMLElement>(`#${CSS.escape(tabId(next))}`)?.focus();
  };

  return (
    <>
      <div ref={list} role="tablist" aria-label={ariaLabel} onKeyDown={onKeyDown} className="flex border-b border-current/15 text-sm">
        {tabs.map((t) => (
          <button
            key={t}
            id={tabId(t)}
            type="button"
            role="tab"
            aria-selected={t === selected}
            aria-controls={panelId}
            tabIndex={t === selected ? 0 : -1}
            onClick={() => onSelect(t)}
            className={`min-h-11 flex-1 px-3 py-2 ${t === selected ? "border-b-2 border-current font-semibold" : "opacity-80"}`}
          >
            {label(t)}
          </button>
        ))}
      </div>
      <div id={panelId} role="tabpanel" aria-labelledby={tabId(selected)} tabIndex={0} className={panelClassName}>
        {children}
      </div>
    </>
  );
}
