"use client";
import { useEffect, useRef, useState } from "react";
import type { ImportFormat } from "@/lib/schemas/imported-event";
import type { ActorMapping } from "@/lib/import/acled-actors";
import { fileRef, localFileLabel, type LocalData } from "@/lib/import/local-data";
import { MAX_IMPORT_BYTES } from "@/lib/import/read-file";
import { overallProgress, type ImportStatus } from "./use-file-import";
import { RowReport } from "./row-report";
import { ActorMappingTable } from "./actor-mapping-table";

const FORMATS: [ImportFormat | "", string][] = [
  ["", "Detect from the file"],
  ["acled", "ACLED export (CSV)"],
  ["csv", "This map's CSV export"],
  ["geojson", "GeoJSON in this map's event format"],
];

const PHASE_LABEL = { reading: "Reading", parsing: "Reading rows", verifying: "Checking events" } as const;

export interface OpenDataDialogProps {
  status: ImportStatus;
  /** The file shown now, whose report and actor mapping the dialog lists. */
  local: LocalData | null;
  onOpen: (file: File, format: ImportFormat | undefined, mapping?: ActorMapping) => void;
  /** Re-opens the file shown with an edited actor → side mapping. */
  onRemap: (mapping: ActorMapping) => void;
  onCancel: () => void;
  onClose: () => void;
}

/**
 * "Open data…": pick or drop a CSV or GeoJSON file, read in a worker on this computer (nothing is
 * uploaded), with progress and cancel; afterwards the row report and, for ACLED, the actor mapping.
 */
export function OpenDataDialog({ status, local, onOpen, onRemap, onCancel, onClose }: OpenDataDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [format, setFormat] = useState<ImportFormat | "">("");
  useEffect(() => dialog.current?.showModal(), []);
  const shown = status.state === "empty" ? status.result : local;
  return (
    <dialog ref={dialog} onClose={onClose} aria-labelledby="open-data-title" data-testid="open-data" className="m-auto max-h-[90dvh] w-[min(94vw,760px)] rounded bg-white p-4 text-sm text-zinc-900">
      <h2 id="open-data-title" className="mb-1 text-base font-bold">Open data</h2>
      <p className="mb-3">
        Show your own events on this map: an ACLED export, a CSV from this map&apos;s export, or GeoJSON in its event format (up to{" "}
        {MAX_IMPORT_BYTES / 1024 / 1024} MB). The file is read in this browser; nothing is uploaded. You can also drop a file onto the page.
      </p>
      <div className="flex flex-wrap items-end gap-3">
        <div className="flex flex-col gap-1">
          <span className="font-semibold">File</span>
          <div className="flex flex-wrap items-center gap-2">
            {/* The browser's own control would say "No file chosen" above a loaded file's report: the
                input is emptied after each pick so the same file can be opened again. */}
            <label className="cursor-pointer rounded border border-zinc-400 px-2 py-1 has-[:disabled]:cursor-default has-[:disabled]:opacity-50 has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-blue-700">
              <input
                type="file"
                accept=".csv,.geojson,.json,text/csv,application/geo+json,application/json"
                data-testid="open-data-file"
                className="sr-only"
                aria-describedby="open-data-current"
                disabled={status.state === "working"}
                onChange={(e) => {
                  const file = e.target.files?.[0];
                  if (file) onOpen(file, format || undefined, local?.file === file.name ? local.mapping : undefined);
                  e.target.value = "";
                }}
              />
              {local ? "Open another file…" : "Choose a file…"}
            </label>
            <span id="open-data-current" data-testid="open-data-current">
              {local ? <>Shown on the map: <strong>{localFileLabel(fileRef(local))}</strong></> : "No file opened yet"}
            </span>
          </div>
        </div>
        <label className="flex flex-col gap-1">
          <span className="font-semibold">Format</span>
          <select value={format} onChange={(e) => setFormat(e.target.value as ImportFormat | "")} className="rounded border border-zinc-400 px-2 py-1">
            {FORMATS.map(([value, label]) => <option key={value} value={value}>{label}</option>)}
          </select>
        </label>
      </div>
      {status.state === "working" && (
        <div className="mt-3 flex items-center gap-2" role="status">
          <span>{PHASE_LABEL[status.phase]} {status.file}…</span>
          <progress aria-label={`Opening ${status.file}`} max={1} value={overallProgress(status.phase, status.fraction)} className="flex-1" />
          <button type="button" onClick={onCancel} className="rounded border border-zinc-400 px-2 py-1">Cancel</button>
        </div>
      )}
      {status.state === "error" && (
        <p role="alert" data-testid="open-data-error" className="mt-3 rounded bg-red-50 p-2 text-red-900">
          {status.message} The map is unchanged.
        </p>
      )}
      {status.state === "empty" && (
        <p role="alert" data-testid="open-data-error" className="mt-3 rounded bg-red-50 p-2 text-red-900">
          No row of {status.result.file} could be loaded; the map is unchanged. The report below lists why.
        </p>
      )}
      {shown && status.state !== "working" && (
        <div className="mt-4 space-y-4">
          <RowReport data={shown} />
          {shown.format === "acled" && status.state !== "empty" && <ActorMappingTable data={shown} onApply={onRemap} />}
        </div>
      )}
      <form method="dialog" className="mt-4 text-right">
        <button className="rounded border border-zinc-400 px-3 py-1">{local && status.state === "idle" ? "Show the map" : "Close"}</button>
      </form>
    </dialog>
  );
}
