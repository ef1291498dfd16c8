/** Whether a drag carries files (not text or a link dragged from the page). */
export const hasFiles = (e: DragEvent) => !!e.dataTransfer && [...e.dataTransfer.types].includes("Files");

/** The file a drop on the page carries, with the browser's own handling (opening it in the tab) stopped. */
export function droppedFile(e: DragEvent): File | undefined {
  if (!hasFiles(e)) return undefined;
  e.preventDefault();
  return e.dataTransfer?.files[0];
}
