"use client";
import { useCallback, useEffect, useRef, useState } from "react";
import type { ImportFormat } from "@/lib/schemas/imported-event";
import type { ImportPhase } from "@/lib/import/worker-protocol";
import type { ActorMapping } from "@/lib/import/acled-actors";
import { withoutFailedRows, type LocalData } from "@/lib/import/local-data";
import { getLocalData, setLocalData } from "./use-local-data";

export type ImportStatus =
  | { state: "idle" }
  | { state: "working"; file: string; phase: ImportPhase; fraction: number }
  /** The file was read but no row became an event: the report says why, the map is unchanged. */
  | { state: "empty"; result: LocalData }
  | { state: "error"; message: string };

const PHASE_WEIGHT: Record<ImportPhase, [number, number]> = { reading: [0, 0.1], parsing: [0.1, 0.95], verifying: [0.95, 1] };

/** Overall progress 0…1 from a phase and the fraction within it. */
export function overallProgress(phase: ImportPhase, fraction: number): number {
  const [from, to] = PHASE_WEIGHT[phase];
  return from + (to - from) * Math.min(1, Math.max(0, fraction));
}

/**
 * Opens files in the import worker, one at a time: progress, cancel (the worker is terminated) and one
 * message for a file that cannot be read. Only a file that yields events replaces what the map shows.
 */
export function useFileImport(onLoaded: (data: LocalData) => void) {
  const [status, setStatus] = useState<ImportStatus>({ state: "idle" });
  const worker = useRef<Worker | null>(null);
  const stop = useCallback(() => {
    worker.current?.terminate();
    worker.current = null;
  }, []);
  useEffect(() => stop, [stop]);

  const open = useCallback(
    async (file: File, format: ImportFormat | undefined, chosenMapping?: ActorMapping) => {
      // The import's code (parsers, mapping, schemas) loads with the first file, not with the page.
      const [{ createImportWorker, openFileInWorker }, { DEFAULT_ACTOR_MAPPING }] = await Promise.all([
        import("@/lib/import/import-client"),
        import("@/lib/import/acled-actors"),
      ]);
      const mapping = chosenMapping ?? DEFAULT_ACTOR_MAPPING;
      stop();
      const w = createImportWorker();
      worker.current = w;
      setStatus({ state: "working", file: file.name, phase: "reading", fraction: 0 });
      let loaded: LocalData | null = null;
      try {
        const result = await openFileInWorker(w, file, {
          format,
          actorMapping: mapping,
          // The profile's late check (ACLED) runs after the events are shown: its progress is not the dialog's.
          onProgress: (phase, fraction) => !loaded && worker.current === w && setStatus({ state: "working", file: file.name, phase, fraction }),
          onVerified: (issues) => {
            const now = getLocalData();
            // Applies to the file it was checking only (depth may have been added to it meanwhile).
            if (loaded && now && now.summary === loaded.summary && issues.length > 0) setLocalData(withoutFailedRows(now, issues));
            if (worker.current === w) stop();
          },
        });
        if (worker.current !== w) return;
        const data: LocalData = { file: file.name, format: result.summary.format, imported: result.events, report: result.report, summary: result.summary, mapping };
        if (data.imported.length === 0) return setStatus({ state: "empty", result: data });
        loaded = data;
        setStatus({ state: "idle" });
        onLoaded(data);
      } catch (e) {
        if (worker.current === w) setStatus({ state: "error", message: (e as Error).message });
      } finally {
        if (worker.current === w && (!loaded || loaded.summary.format !== "acled")) stop();
      }
    },
    [stop, onLoaded],
  );

  const cancel = useCallback(() => {
    stop();
    setStatus({ state: "idle" });
  }, [stop]);

  return { status, open, cancel, clearStatus: () => setStatus({ state: "idle" }) };
}
