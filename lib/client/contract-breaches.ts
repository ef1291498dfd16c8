/** An answer of the page's own server that failed the schema it was sent under: which, and where. */
export interface ContractBreach {
  url: string;
  message: string;
}

type Listener = () => void;
let breaches: readonly ContractBreach[] = [];
const listeners = new Set<Listener>();

/** The latest check of each URL: an older one still running (a large body) must not overwrite its result. */
const latest = new Map<string, number>();

/** Starts a check of `url`, superseding any still running; the function says whether it is still the latest. */
export function startCheck(url: string): () => boolean {
  const run = (latest.get(url) ?? 0) + 1;
  latest.set(url, run);
  return () => latest.get(url) === run;
}

/** What a check of `url` found: a failure's description as a breach, or null, which clears an earlier one. */
export function recordBreach(url: string, message: string | null): void {
  const before = breaches;
  breaches = breaches.filter((b) => b.url !== url);
  if (message !== null) breaches = [...breaches, { url, message }];
  if (before.length !== 0 || breaches.length !== 0) for (const l of listeners) l();
}

export function subscribeBreaches(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function currentBreaches(): readonly ContractBreach[] {
  return breaches;
}
