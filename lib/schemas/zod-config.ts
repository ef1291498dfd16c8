import { config } from "zod";

// In the browser, zod probes for `new Function` to compile fast parsers; under the app's CSP (no
// 'unsafe-eval') that probe is a reported violation. Imported by the base schema modules, so it runs
// before any schema parses, in every bundle that carries zod.
if (typeof window !== "undefined") config({ jitless: true });
