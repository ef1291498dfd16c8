"use client";
import { useCallback, useEffect, useRef, useState } from "react";
import type { ImportFormat } from "@/lib/schemas/imported-event";
import type { ImportPhase } from "@/lib/import/worker-protocol";
import type { ActorMapping } from "@/lib/import/acled-actors";
import { withoutFailedRows, type LocalData } from "@/lib/import/local-data";
import type { ImportSummary } from "@/lib/schemas/import";
import { getLocalData, setLocalData, useLocalData } from "./use-local-data";

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

// The import's code (parsers, mapping, schemas) loads with the dialog or the first file, not with the page.
const loadImportCode = () => Promise.all([import("@/lib/import/import-client"), import("@/lib/import/acled-actors")]);

/**
 * Opens files in the import worker, one at a time: progress, cancel (the worker is terminated) and one
 * message for a file that cannot be read. Only a file that yields events replaces what the map shows.
 * `prepare` starts a worker before a file is chosen (while the dialog is open), so its code is loaded
 * and running by then; `release` ends it if no file came. `whenDrawn` resolves once the map has drawn
 * what it was given: a large file's profile check waits for it, once its events are shown.
 */
export function useFileImport(onLoaded: (data: LocalData) => void, whenDrawn?: () => Promise<unknown>) {
  const [status, setStatus] = useState<ImportStatus>({ state: "idle" });
  const local = useLocalData();
  // A large file's profile check, waiting for its events to be shown (after the render that hands them to the map).
  const awaitingDraw = useRef<{ summary: ImportSummary; start: () => void } | null>(null);
  useEffect(() => {
    const check = awaitingDraw.current;
    if (!check || local?.summary !== check.summary) return;
    awaitingDraw.current = null;
    void (whenDrawn?.() ?? Promise.resolve()).then(check.start);
  }, [local, whenDrawn]);
  const worker = useRef<Worker | null>(null);
  const ready = useRef<Promise<Worker | null> | null>(null);
  const stop = useCallback(() => {
    worker.current?.terminate();
    worker.current = null;
  }, []);
  const prepare = useCallback(() => {
    ready.current ??= loadImportCode()
      .then(([{ createImportWorker }]) => createImportWorker())
      .catch(() => null);
  }, []);
  const release = useCallback(() => {
    const spare = ready.current;
    ready.current = null;
    void spare?.then((w) => w?.terminate());
  }, []);
  useEffect(() => () => (stop(), release()), [stop, release]);

  const open = useCallback(
    async (file: File, format: ImportFormat | undefined, chosenMapping?: ActorMapping) => {
      const spare = ready.current;
      ready.current = null;
      const [[{ createImportWorker, openFileInWorker }, { DEFAULT_ACTOR_MAPPING }], prepared] = await Promise.all([loadImportCode(), spare]);
      const mapping = chosenMapping ?? DEFAULT_ACTOR_MAPPING;
      stop();
      const w = prepared ?? createImportWorker();
      worker.current = w;
      setStatus({ state: "working", file: file.name, phase: "reading", fraction: 0 });
      let loaded: LocalData | null = null;
      try {
        const result = await openFileInWorker(w, file, {
          format,
          actorMapping: mapping,
          // The profile's late check (ACLED) runs after the events are shown: its progress is not the dialog's.
          onProgress: (phase, fraction) => !loaded && worker.current === w && setStatus({ state: "working", file: file.name, phase, fraction }),
          whenShown: ({ summary }) => new Promise<void>((start) => (awaitingDraw.current = { summary, start })),
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

  return { status, open, cancel, prepare, release, clearStatus: () => setStatus({ state: "idle" }) };
}
