"use client";
import type { UrlState } from "@/components/app/url-state/url-schema";
import { fileRef, localFileNote, reportHeadline, type LocalData } from "@/lib/import/local-data";

export interface LocalBannerProps {
  local: LocalData | null;
  state: Pick<UrlState, "data" | "file" | "rows">;
  /** Absent in the embed, which only says what the link was made with. */
  onBack?: () => void;
  onReport?: () => void;
  onOpen?: () => void;
}

const button = "shrink-0 rounded border border-current/40 px-2 py-0.5 underline-offset-2 hover:bg-current/10";

/**
 * Says, above the map, that a file from this computer is shown (and how to return to the built-in
 * data); or, for a link made while one was shown, that the link could not carry it.
 */
export function LocalBanner({ local, state, onBack, onReport, onOpen }: LocalBannerProps) {
  if (local)
    return (
      <div role="status" data-testid="local-banner" className="flex flex-wrap items-center gap-2 border-b border-amber-600/40 bg-amber-100 px-3 py-1.5 text-xs text-amber-950">
        <span className="min-w-0 flex-1">
          {localFileNote(fileRef(local))}.<span className="max-sm:hidden"> {reportHeadline(local.summary, local.report)}.</span>
        </span>
        <button type="button" className={button} onClick={onReport}>Row report</button>
        <button type="button" className={button} onClick={onBack}>Back to the built-in data</button>
      </div>
    );
  if (state.data !== "local") return null;
  const what = state.file ? `${state.file}${state.rows !== undefined ? ` (${state.rows.toLocaleString("en-GB")} rows)` : ""}` : "a file";
  return (
    <div role="status" data-testid="local-banner" className="flex flex-wrap items-center gap-2 border-b border-amber-600/40 bg-amber-100 px-3 py-1.5 text-xs text-amber-950">
      <span className="min-w-0 flex-1">
        This link was made while {what} was shown from someone&apos;s computer. A link cannot carry a local file, so this page shows the
        built-in data; open the file to see what was shared.
      </span>
      {onOpen && <button type="button" className={button} onClick={onOpen}>Open data…</button>}
      {onBack && <button type="button" className={button} onClick={onBack}>Dismiss</button>}
    </div>
  );
}
