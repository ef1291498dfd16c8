"use client";
import { useCallback, useEffect, useRef, useState } from "react";
import dynamic from "next/dynamic";
import { useFirstDraw } from "@/components/app/use-first-draw";
import type { OpenDataProps } from "./open-data";
import { droppedFile, hasFiles } from "./dropped-file";

const OpenData = dynamic(() => import("./open-data").then((m) => m.OpenData), { ssr: false });

/**
 * The "Open data…" dialog and the page's drop target, their code loaded once the map has drawn (or at
 * once when the reader opens the dialog or drops a file first): reading the map needs none of it. Until
 * that code listens, a file dropped on the page is kept for it; the browser would otherwise open the
 * file in the map's place.
 */
export function OpenDataLoader(props: Omit<OpenDataProps, "dropped" | "onListening">) {
  const drawn = useFirstDraw();
  const [dropped, setDropped] = useState<File | null>(null);
  const [listening, setListening] = useState(false);
  // Set at once, not a render later: a drop in between must reach only one of the two listeners.
  const handedOver = useRef(false);
  const onListening = useCallback(() => {
    handedOver.current = true;
    setListening(true);
  }, []);
  useEffect(() => {
    if (listening) return;
    const over = (e: DragEvent) => !handedOver.current && hasFiles(e) && e.preventDefault();
    const drop = (e: DragEvent) => {
      if (handedOver.current) return;
      const file = droppedFile(e);
      if (file) setDropped(file);
    };
    window.addEventListener("dragover", over);
    window.addEventListener("drop", drop);
    return () => {
      window.removeEventListener("dragover", over);
      window.removeEventListener("drop", drop);
    };
  }, [listening]);
  if (!drawn && !props.open && !dropped) return null;
  return <OpenData {...props} dropped={dropped} onListening={onListening} />;
}
