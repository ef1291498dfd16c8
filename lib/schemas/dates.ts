import { z } from "zod";
import "./zod-config";

/** A calendar date as YYYY-MM-DD that exists (no 2025-02-30). */
export const IsoDateSchema = z.iso.date({ error: "must be a date as YYYY-MM-DD" });

/** A local clock time with its UTC offset, e.g. "01:05+05:30", so the day is never ambiguous. */
export const LocalTimeSchema = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d([+-](0\d|1[0-4]):[0-5]\d)$/, {
    error: "must be a local time with its UTC offset, e.g. 01:05+05:30",
  });
