"use client";
import { useCallback, useEffect, useRef, useState } from "react";
import type { ImportFormat } from "@/lib/schemas/imported-event";
import type { ActorMapping } from "@/lib/import/acled-actors";
import type { LocalData } from "@/lib/import/local-data";
import { useFileImport } from "./use-file-import";
import { useLocalData } from "./use-local-data";
import { useMapHandle } from "@/components/map/map-context";
import { drawnOrLate } from "@/lib/map/map-handle";
import dynamic from "next/dynamic";
import { droppedFile, hasFiles } from "./dropped-file";

// Loaded when first opened (a drop opens it too): most readers never open a file.
const OpenDataDialog = dynamic(() => import("./open-data-dialog").then((m) => m.OpenDataDialog), { ssr: false });

export interface OpenDataProps {
  open: boolean;
  setOpen: (open: boolean) => void;
  onLoaded: (data: LocalData) => void;
  /** A file dropped on the page before this code had loaded: opened as it mounts. */
  dropped?: File | null;
  /** Called once this component's own drop target is listening. */
  onListening?: () => void;
}

/**
 * The "Open data…" dialog and the page-wide drop target. `onLoaded` receives a file's events once it
 * has some; until then (and after any error or cancel) the map keeps what it showed.
 */
export function OpenData({ open, setOpen, onLoaded, dropped, onListening }: OpenDataProps) {
  const local = useLocalData();
  const map = useMapHandle();
  const whenDrawn = useCallback(() => drawnOrLate(map), [map]);
  const { status, open: openFile, cancel, prepare, release } = useFileImport(onLoaded, whenDrawn);
  const lastFile = useRef<{ file: File; format?: ImportFormat } | null>(null);
  const [dragging, setDragging] = useState(false);

  const start = useCallback(
    (file: File, format?: ImportFormat, mapping?: ActorMapping) => {
      lastFile.current = { file, format };
      void openFile(file, format, mapping);
    },
    [openFile],
  );

  // The worker starts with the dialog: by the time a file is chosen, its code has loaded, and so has the
  // code that shows a loaded file (its banner, its depth).
  useEffect(() => {
    if (!open) return;
    prepare();
    void Promise.all([import("./local-banner"), import("./local-depth")]).catch(() => {});
    return release;
  }, [open, prepare, release]);

  useEffect(() => {
    const over = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      setDragging(true);
    };
    const leave = (e: DragEvent) => e.relatedTarget === null && setDragging(false);
    const drop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      const file = droppedFile(e);
      setDragging(false);
      if (!file) return;
      setOpen(true);
      start(file);
    };
    window.addEventListener("dragover", over);
    window.addEventListener("dragleave", leave);
    window.addEventListener("drop", drop);
    return () => {
      window.removeEventListener("dragover", over);
      window.removeEventListener("dragleave", leave);
      window.removeEventListener("drop", drop);
    };
  }, [setOpen, start]);
  useEffect(() => onListening?.(), [onListening]);

  useEffect(() => {
    if (!dropped) return;
    setOpen(true);
    start(dropped);
    // Once per file dropped before this code had loaded.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [dropped]);

  return (
    <>
      {dragging && (
        <div className="pointer-events-none fixed inset-0 z-50 flex items-center justify-center bg-black/40 text-lg font-semibold text-white">
          Drop a CSV or GeoJSON file to open it here (nothing is uploaded)
        </div>
      )}
      {open && (
        <OpenDataDialog
          status={status}
          local={local}
          onOpen={start}
          onRemap={(mapping) => lastFile.current && start(lastFile.current.file, lastFile.current.format, mapping)}
          onCancel={cancel}
          onClose={() => setOpen(false)}
        />
      )}
    </>
  );
}
