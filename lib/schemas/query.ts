import { z } from "zod";
import { IsoDateSchema } from "./dates";
import { ActorSchema } from "./parties";
import { EventKindSchema, VerificationStatusSchema } from "./event";

/** A comma-separated list of enum values, e.g. `actor=india,pakistan`; duplicates collapse. */
function commaList<T extends string>(item: z.ZodType<T>) {
  return z
    .string()
    .transform((s, ctx) => {
      const parts = s.split(",").map((p) => p.trim());
      const out: T[] = [];
      for (const part of parts) {
        const r = item.safeParse(part);
        if (r.success) out.push(r.data);
        else ctx.addIssue({ code: "custom", message: `"${part}" is not one of ${describeOptions(item)}` });
      }
      return [...new Set(out)];
    })
    .meta({
      description: `Comma-separated list of ${describeOptions(item)}; the parameter may also be repeated. Duplicates collapse.`,
    });
}

function describeOptions(item: z.ZodType): string {
  const options = (item as unknown as { options?: readonly string[] }).options;
  return options ? options.join(", ") : "the allowed values";
}

const coordinate = (name: string, min: number, max: number) =>
  z.number().refine((v) => v >= min && v <= max, { error: `${name} must be between ${min} and ${max}` });

/** A plain decimal number; `Number()` alone would also read `0x10`, `0b1` and `0o7` as numbers. */
const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i;

/** `bbox=minLon,minLat,maxLon,maxLat` in degrees (WGS 84). */
export const BboxSchema = z
  .string()
  .transform((s, ctx) => {
    const parts = s.split(",").map((p) => p.trim());
    const nums = parts.map((p) => (DECIMAL.test(p) ? Number(p) : NaN));
    if (parts.length !== 4 || nums.some((n) => !Number.isFinite(n))) {
      ctx.addIssue({ code: "custom", message: "must be four numbers: minLon,minLat,maxLon,maxLat" });
      return z.NEVER;
    }
    return nums as [number, number, number, number];
  })
  .meta({
    description: "Bounding box `minLon,minLat,maxLon,maxLat` in degrees (WGS 84), e.g. `73,32,76,35`; keeps events inside it.",
  })
  .pipe(
    z
      .tuple([
        coordinate("minLon", -180, 180),
        coordinate("minLat", -90, 90),
        coordinate("maxLon", -180, 180),
        coordinate("maxLat", -90, 90),
      ])
      .refine(([w, s, e, n]) => w <= e && s <= n, { error: "min values must not exceed max values" }),
  );
export type Bbox = z.infer<typeof BboxSchema>;

const filterFields = {
  actor: commaList(ActorSchema).optional(),
  kind: commaList(EventKindSchema).optional(),
  verification: commaList(VerificationStatusSchema).optional(),
  bbox: BboxSchema.optional(),
};

/** Query of `GET /api/events`. Unknown parameters are errors, not silently ignored. */
export const EventsQuerySchema = z
  .strictObject({
    date: IsoDateSchema.meta({ description: "One day, YYYY-MM-DD (the local date where the event happened)." }).optional(),
    from: IsoDateSchema.meta({ description: "First day of a range, inclusive; not with `date`." }).optional(),
    to: IsoDateSchema.meta({ description: "Last day of a range, inclusive; not with `date`." }).optional(),
    ...filterFields,
  })
  .superRefine((q, ctx) => {
    if (q.date && (q.from || q.to))
      ctx.addIssue({ code: "custom", path: ["date"], message: "use either date or from/to, not both" });
    if (q.from && q.to && q.from > q.to)
      ctx.addIssue({ code: "custom", path: ["from"], message: `from (${q.from}) is after to (${q.to})` });
  });
export type EventsQuery = z.infer<typeof EventsQuerySchema>;

/** Query of `GET /api/timeline`: the same filters, no date range (the timeline always spans every day). */
export const TimelineQuerySchema = z.strictObject(filterFields);
export type TimelineQuery = z.infer<typeof TimelineQuerySchema>;

/** Query of `GET /api/boundaries`: takes no parameters. */
export const NoQuerySchema = z.strictObject({});
