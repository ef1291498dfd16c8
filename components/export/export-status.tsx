"use client";

export type Job = { label: string; done?: number; total?: number; abort?: AbortController } | null;

/** Progress of the running export with a Cancel button, or the error of the last one. */
export function ExportStatus({ job, error, onDismiss }: { job: Job; error: string | null; onDismiss: () => void }) {
  if (job)
    return (
      <div role="status" data-testid="export-progress" className="fixed right-3 bottom-3 z-40 flex items-center gap-2 rounded bg-zinc-800 px-3 py-2 text-sm text-white shadow">
        Exporting {job.label}
        {job.total ? ` — frame ${job.done} of ${job.total}` : "…"}
        {job.total ? <progress max={job.total} value={job.done} className="w-24" aria-label="Export progress" /> : null}
        {job.abort && (
          <button type="button" onClick={() => job.abort?.abort()} className="rounded bg-white px-2 text-zinc-900">
            Cancel
          </button>
        )}
      </div>
    );
  if (error)
    return (
      <div role="alert" className="fixed right-3 bottom-3 z-40 rounded bg-red-700 px-3 py-2 text-sm text-white" onClick={onDismiss}>
        {error}
      </div>
    );
  return null;
}
