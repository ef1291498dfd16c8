"use client";
import { useEffect, useRef, useState, type ComponentType, type KeyboardEvent } from "react";
import { useMenuKeys } from "@/components/ui/use-menu-keys";
import { useFirstDraw } from "@/components/app/use-first-draw";
import type { Theme } from "@/lib/map/theme";
import type { ExportMenuBodyProps } from "./export-menu-body";
import type { Job } from "./export-status";

export interface ExportMenuProps {
  days: string[];
  theme: Theme;
  dataVersion: string;
}

/**
 * The Export menu button. Its items and the exporters' settings (ExportMenuBody) load once the map has
 * drawn, as the reader needs none of them to read it; a press or ↓/↑ before then loads them at once, and
 * the menu opens on its first or last item as they arrive. The button is the same element throughout, so
 * a press or the focus is never lost to the swap.
 */
export function ExportMenu({ days, theme, dataVersion }: ExportMenuProps) {
  const keys = useMenuKeys();
  const { open, setOpen, openAt, button, onButtonKeyDown } = keys;
  const [job, setJob] = useState<Job>(null);
  const drawn = useFirstDraw();
  const [asked, setAsked] = useState(false);
  // Where the menu opens once loaded: set by the press, read when the code arrives.
  const opening = useRef<"first" | "last" | null>(null);
  const [Body, setBody] = useState<ComponentType<ExportMenuBodyProps> | null>(null);
  const wanted = drawn || asked;
  useEffect(() => {
    if (!wanted) return;
    let live = true;
    void import("./export-menu-body").then((m) => {
      if (!live) return;
      setBody(() => m.ExportMenuBody);
      if (opening.current) openAt(opening.current);
    });
    return () => {
      live = false;
    };
    // openAt only sets state; the code is loaded once.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [wanted]);

  const ask = (where: "first" | "last") => {
    opening.current = where;
    setAsked(true);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (Body) return onButtonKeyDown(e);
    if (e.key !== "ArrowDown" && e.key !== "ArrowUp") return;
    e.preventDefault();
    e.stopPropagation();
    ask(e.key === "ArrowDown" ? "first" : "last");
  };
  return (
    <div className="sm:relative">
      <button
        ref={button}
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? "export-menu" : undefined}
        disabled={!!job}
        onClick={() => (Body ? setOpen(!open) : ask("first"))}
        onKeyDown={onKeyDown}
        className="min-h-6 rounded border border-current/30 px-2 py-1 text-xs"
      >
        Export
      </button>
      {Body && <Body days={days} theme={theme} dataVersion={dataVersion} keys={keys} job={job} setJob={setJob} />}
    </div>
  );
}
