"use client";
import { useEffect } from "react";

/**
 * Names the browser tab after what is shown while `title` is set (a file opened in this browser),
 * and gives back the title the server wrote (the dataset's) once it is not.
 */
export function useDocumentTitle(title: string | null) {
  useEffect(() => {
    if (!title) return;
    const served = document.title;
    document.title = `${title} — Strike Map`;
    return () => {
      document.title = served;
    };
  }, [title]);
}
