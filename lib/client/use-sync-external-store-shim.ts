// swr imports `use-sync-external-store/shim`, a polyfill for React before 18; React 19 has the hook, so the
// shim's own code would only add to every page's first load (next.config.js resolves the import here).
export { useSyncExternalStore } from "react";
