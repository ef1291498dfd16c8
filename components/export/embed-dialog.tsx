"use client";
import { useEffect, useRef, useState } from "react";

/** The iframe snippet for the current view, copied to the clipboard where the browser allows it. */
export function EmbedDialog({ query, title, localFile, onClose }: { query: string; title: string; localFile?: string; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [copied, setCopied] = useState<boolean | null>(null);
  const src = `${window.location.origin}/embed${query ? `?${query}` : ""}`;
  const snippet = `<iframe src="${src}" title="${title.replace(/[&"<>]/g, (c) => `&#${c.charCodeAt(0)};`)} (Strike Map)" width="100%" height="560" style="border:0" loading="lazy"></iframe>`;

  useEffect(() => {
    dialog.current?.showModal();
    navigator.clipboard?.writeText(snippet).then(
      () => setCopied(true),
      () => setCopied(false),
    );
  }, [snippet]);

  return (
    <dialog ref={dialog} onClose={onClose} aria-labelledby="embed-title" className="m-auto w-[min(92vw,560px)] rounded p-4 text-sm">
      <h2 id="embed-title" className="mb-2 font-bold">Embed this map</h2>
      <p className="mb-2">
        {copied ? "Copied to the clipboard." : "Copy this code into your page:"} It shows the same day, filters and view, with the
        playback controls and legend.
      </p>
      {localFile && (
        <p role="note" data-testid="embed-local" className="mb-2 rounded bg-amber-100 p-2 text-amber-950">
          An embed cannot carry {localFile}, opened from this computer: it shows the built-in data, with a note naming your file.
        </p>
      )}
      <textarea readOnly value={snippet} data-testid="embed-code" rows={4} className="w-full rounded border p-2 font-mono text-xs" onFocus={(e) => e.target.select()} />
      <form method="dialog" className="mt-2 text-right">
        <button className="rounded border px-3 py-1">Close</button>
      </form>
    </dialog>
  );
}
