"use client";
import { useEffect, useRef, useState, type KeyboardEvent } from "react";

/**
 * The WAI-ARIA menu button pattern's keyboard: ↓/Enter/Space on the button open the menu on its first
 * item, ↑ on its last; in the menu ↑/↓ move (wrapping), Home/End jump, Esc closes and returns focus to
 * the button, Tab closes and moves on. Page-wide keys (the timeline's ←/→, Space, Home/End) are kept out.
 */
export function useMenuKeys() {
  const [open, setOpen] = useState(false);
  const [start, setStart] = useState<"first" | "last">("first");
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  const items = () => [...(menu.current?.querySelectorAll<HTMLElement>("[role=menuitem]") ?? [])];

  useEffect(() => {
    if (!open) return;
    const all = items();
    (start === "first" ? all[0] : all.at(-1))?.focus();
  }, [open, start]);

  const openAt = (where: "first" | "last") => {
    setStart(where);
    setOpen(true);
  };
  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) button.current?.focus();
  };

  const onButtonKeyDown = (e: KeyboardEvent) => {
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      e.stopPropagation();
      openAt(e.key === "ArrowDown" ? "first" : "last");
    }
  };

  const onMenuKeyDown = (e: KeyboardEvent) => {
    const all = items();
    const i = all.indexOf(document.activeElement as HTMLElement);
    const target: Record<string, number> = { ArrowDown: i + 1, ArrowUp: i - 1, Home: 0, End: all.length - 1 };
    if (e.key === "Escape") {
      e.stopPropagation();
      close(true);
    } else if (e.key === "Tab") close(false);
    else if (e.key in target && all.length > 0) {
      e.preventDefault();
      e.stopPropagation();
      all[(target[e.key]! + all.length) % all.length]!.focus();
    } else if (e.key === " ") e.stopPropagation(); // Space activates the item, and must not also start playback
  };

  return { open, setOpen, openAt, close, button, menu, onButtonKeyDown, onMenuKeyDown };
}

export type MenuKeys = ReturnType<typeof useMenuKeys>;
