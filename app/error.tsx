"use client";

/** Long enough to name the field and the value; a stack of text would bury the way back. */
const MESSAGE_MAX = 300;

function describe(error: unknown): { message: string; digest?: string } {
  if (!(error instanceof Error)) return { message: String(error).slice(0, MESSAGE_MAX) };
  const digest = (error as Error & { digest?: string }).digest;
  return { message: error.message.slice(0, MESSAGE_MAX), ...(digest && { digest }) };
}

/**
 * The page's own screen for a failure while it draws (for example data from a server updated since the
 * page opened, that the page cannot read): what happened, in words and as the error said it, and the ways
 * back. A reload fetches the page and its data afresh; the plain link drops the address's options too.
 * React reports the error to the console itself.
 */
export default function PageError({ error }: { error: unknown }) {
  const { message, digest } = describe(error);
  return (
    <main className="mx-auto max-w-xl p-8" data-testid="page-error">
      <h1 className="text-xl font-semibold">The map could not be shown</h1>
      <p className="mt-2">
        The page stopped while it was drawing. Reloading usually mends this, for example when the map was updated on the server while this page
        was open. A file you opened in this page is not kept; open it again after the reload.
      </p>
      <div className="mt-4 flex flex-wrap items-center gap-3">
        <button type="button" onClick={() => window.location.reload()} className="rounded bg-slate-800 px-3 py-1.5 text-white">
          Reload the page
        </button>
        {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- a full load, not a client navigation: the data the page failed on is not reused */}
        <a href="/" className="text-sky-700 underline">
          Open the map from its start
        </a>
      </div>
      <details className="mt-6 text-sm text-slate-700">
        <summary>What went wrong</summary>
        <p className="mt-2 font-mono break-words" data-testid="page-error-message">
          {message}
        </p>
        {digest && <p className="mt-1">Reference for the server&apos;s log: {digest}</p>}
      </details>
    </main>
  );
}
