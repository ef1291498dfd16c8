"use client";
import { useMemo, useState } from "react";
import type { UrlIssue } from "./url-state/url-issues";
import { urlIssues } from "./url-state/link-issues";

/**
 * Says which parts of the opened link (`search`, as it arrived) were not understood, and a day outside
 * the data, so a mistyped filter never passes as "nothing happened".
 */
export function UrlNotice({ search, spanIssue }: { search: string; spanIssue: UrlIssue | null }) {
  const [open, setOpen] = useState(true);
  const issues = useMemo(() => [...urlIssues(search), ...(spanIssue ? [spanIssue] : [])], [search, spanIssue]);
  if (!open || issues.length === 0) return null;
  return (
    <div role="status" data-testid="url-notice" className="flex items-start gap-2 border-b border-amber-600/40 bg-amber-100 px-3 py-1.5 text-xs text-amber-950">
      <p className="min-w-0 flex-1">
        This link has {issues.length === 1 ? "a part" : "parts"} the map could not use:{" "}
        {issues.map((i, n) => (
          // A key can be named twice: given twice in the link, and its value outside the data.
          <span key={`${i.key}-${n}`}>
            {n > 0 && "; "}
            <code className="font-semibold">
              {i.key}={i.value}
            </code>{" "}
            ({i.fallback})
          </span>
        ))}
        .
      </p>
      <button type="button" onClick={() => setOpen(false)} className="min-h-6 shrink-0 rounded border border-current/40 px-2" aria-label="Dismiss the note on the link">
        OK
      </button>
    </div>
  );
}
