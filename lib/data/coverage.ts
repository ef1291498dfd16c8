import type { Bbox } from "../schemas/query";

/** The period the dataset covers: from the Pahalgam attack to the Wang Yi–Ishaq Dar meeting. */
export const PERIOD = { first: "2025-04-22", last: "2025-05-20" } as const;

/**
 * Where non-diplomatic events can lie: Pakistan, Kashmir and north-west India. Diplomatic
 * events sit where they happened (New Delhi, Islamabad, Beijing…), so they are exempt.
 */
export const REGION: Bbox = [60, 22, 80, 38];
