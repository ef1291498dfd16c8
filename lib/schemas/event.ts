import { z } from "zod";
import { IsoDateSchema, LocalTimeSchema } from "./dates";
import { ActorSchema, AdministratorSchema, ClaimantSideSchema } from "./parties";
import { SourceSchema } from "./source";
import { GeometrySchema } from "./geometry";
import { EventDepthSchema } from "./depth";

export const EventKindSchema = z.enum([
  "terror_attack",
  "airstrike",
  "missile_strike",
  "drone_strike",
  "shelling",
  "air_combat",
  "air_defence",
  "diplomatic",
  "ceasefire",
]);
export type EventKind = z.infer<typeof EventKindSchema>;

/**
 * What the attacker says it aimed at (for a diplomatic event, none). What each side says was actually hit
 * belongs in the claims, so this field never settles a dispute by itself.
 */
export const TargetSchema = z.enum([
  "civilians",
  "militant_site",
  "air_base",
  "military_site",
  "air_defence",
  "aircraft",
  "military_post",
  "civilian_area",
  "religious_site",
  "infrastructure",
  "none",
]);
export type Target = z.infer<typeof TargetSchema>;

export const PrecisionSchema = z.enum(["site", "town", "district"]);
export type Precision = z.infer<typeof PrecisionSchema>;

/**
 * How far an event is established. `confirmed`: independent evidence or both sides agree;
 * `reported`: credible media report, not contradicted, not independently verified;
 * `claimed`: one side says so, nothing independent yet; `disputed`: the sides give
 * conflicting accounts; `denied`: one side's claim that the other flatly denies.
 */
export const VerificationStatusSchema = z.enum(["confirmed", "claimed", "disputed", "denied", "reported"]);
export type VerificationStatus = z.infer<typeof VerificationStatusSchema>;

/** Statuses for which a reader must see both sides' versions. */
export const CONTESTED_STATUSES: readonly VerificationStatus[] = ["disputed", "denied"];

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: "must be a lowercase slug (a-z, 0-9, hyphens)" });
const sourceUrl = z.url({ protocol: /^https$/, error: "must be an https URL listed in sources" });

export const PlaceSchema = z.object({
  name: z.string().min(2),
  district: z.string().min(2).optional(),
  province: z.string().min(2),
  administeredBy: AdministratorSchema,
});
export type Place = z.infer<typeof PlaceSchema>;

export const VerificationSchema = z.object({
  status: VerificationStatusSchema,
  basis: z.string().min(10),
});

export const ClaimSchema = z.object({
  by: z.string().min(2),
  side: ClaimantSideSchema,
  statement: z.string().min(10),
  source: sourceUrl,
});
export type Claim = z.infer<typeof ClaimSchema>;

export const CasualtyReportSchema = z
  .object({
    killed: z.int().nonnegative().optional(),
    injured: z.int().nonnegative().optional(),
    who: z.string().min(3),
    reportedBy: z.string().min(2),
    source: sourceUrl,
  })
  .refine((c) => c.killed !== undefined || c.injured !== undefined, {
    error: "needs killed or injured",
    path: ["killed"],
  });
export type CasualtyReport = z.infer<typeof CasualtyReportSchema>;

export const EventPropertiesSchema = z
  .object({
    id: slug,
    date: IsoDateSchema,
    time: LocalTimeSchema.optional(),
    title: z.string().min(5).max(120),
    summary: z.string().min(20),
    kind: EventKindSchema,
    actor: ActorSchema,
    target: TargetSchema,
    place: PlaceSchema,
    precision: PrecisionSchema,
    verification: VerificationSchema,
    claims: z.array(ClaimSchema),
    disagreements: z.array(z.string().min(10)).optional(),
    casualties: z.array(CasualtyReportSchema).optional(),
    sources: z.array(SourceSchema).min(1, { error: "needs at least one source" }),
    /** Computed when the data loads (distance to the nearest line, which line, which side); never stored in files. */
    depth: EventDepthSchema.optional(),
  })
  .superRefine((p, ctx) => {
    const urls = new Set(p.sources.map((s) => s.url));
    const cite = (url: string, path: (string | number)[]) => {
      if (!urls.has(url)) ctx.addIssue({ code: "custom", path, message: `cites ${url}, which is not in sources` });
    };
    p.claims.forEach((c, i) => cite(c.source, ["claims", i, "source"]));
    p.casualties?.forEach((c, i) => cite(c.source, ["casualties", i, "source"]));
    if (CONTESTED_STATUSES.includes(p.verification.status)) {
      if (p.sources.length < 2)
        ctx.addIssue({ code: "custom", path: ["sources"], message: "a contested event needs at least two sources" });
      const sides = new Set(p.claims.map((c) => c.side).filter((s) => s === "india" || s === "pakistan"));
      if (sides.size < 2)
        ctx.addIssue({ code: "custom", path: ["claims"], message: "a contested event needs both India's and Pakistan's claims" });
    }
    if (p.verification.status === "claimed" && p.claims.length === 0)
      ctx.addIssue({ code: "custom", path: ["claims"], message: "a claimed event needs the claim" });
  });
export type EventProperties = z.infer<typeof EventPropertiesSchema>;

export const EventFeatureSchema = z.object({
  type: z.literal("Feature"),
  geometry: GeometrySchema,
  properties: EventPropertiesSchema,
});
export type EventFeature = z.infer<typeof EventFeatureSchema>;

export const EventCollectionSchema = z.object({
  type: z.literal("FeatureCollection"),
  /** Content hash of the dataset (a GeoJSON foreign member), so exports can say which data they show. */
  dataVersion: z.string().optional(),
  features: z.array(EventFeatureSchema),
});
export type EventCollection = z.infer<typeof EventCollectionSchema>;
