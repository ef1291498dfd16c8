"use client";
import { useEffect, useState } from "react";
import { firstDraw, pastFirstDraw } from "@/lib/client/first-draw";

/**
 * Whether the map has first drawn the page's data: what the reader does not need to read the map (the
 * export menu, the file import, a note on the link) renders, and loads its code, after that.
 */
export function useFirstDraw(): boolean {
  const [drawn, setDrawn] = useState(pastFirstDraw);
  useEffect(() => {
    let live = true;
    void firstDraw.then(() => live && setDrawn(true));
    return () => {
      live = false;
    };
  }, []);
  return drawn;
}
