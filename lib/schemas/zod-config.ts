import { config } from "zod";

// In the browser, zod probes for `new Function` to compile fast parsers; under the app's CSP (no
// 'unsafe-eval') that probe is a reported violation. Imported by the base schema modules, so it runs
// before any schema parses, in every bundle that carries zod: pages and Web Workers (the file import
// parses in one) alike.
const inBrowser = typeof window !== "undefined" || typeof (globalThis as { WorkerGlobalScope?: unknown }).WorkerGlobalScope !== "undefined";
if (inBrowser) config({ jitless: true });
