/** The period the dataset covers: from the Pahalgam attack to the Wang Yi–Ishaq Dar meeting. */
export const PERIOD = { first: "2025-04-22", last: "2025-05-20" } as const;

// Where non-diplomatic events can lie is REGION in lib/geo/region.ts, with every other box.
export { REGION } from "../geo/region";
