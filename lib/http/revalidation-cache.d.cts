import type { IncomingMessage, ServerResponse } from "node:http";

export interface RevalidationCache {
  /** Answers `req` with a 304 from memory when it can; true when it did. */
  answer(req: IncomingMessage, res: ServerResponse): boolean;
  /** Watches the app's answer to `req` and remembers it if it is a 304 that can be given again. */
  learn(req: IncomingMessage, res: ServerResponse): void;
  /** URLs remembered. */
  readonly size: number;
}

export function createRevalidationCache(options: { paths: RegExp; max?: number; maxVariants?: number }): RevalidationCache;
export function matchesTag(ifNoneMatch: string, etag: string): boolean;
export function varyNames(vary: number | string | string[] | undefined): string[];
