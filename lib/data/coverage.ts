import type { EventKind } from "../schemas/event";

/**
 * Kinds that sit where they happened (talks in New Delhi, Islamabad, Beijing…), so the manifest's
 * `region` does not bind them. The region itself, like the period, is the dataset's: see dataset.json.
 */
export const REGION_EXEMPT_KINDS: readonly EventKind[] = ["diplomatic"];
