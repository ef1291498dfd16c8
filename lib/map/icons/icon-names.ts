import type { ExpressionSpecification } from "maplibre-gl";
import { EventKindSchema, VerificationStatusSchema, type EventKind, type VerificationStatus } from "../../schemas/event";
import { ActorSchema, AttributionSchema, type Actor, type Attribution } from "../../schemas/parties";
import { THEMES, type ThemeName } from "../theme";

const PREFIX = "ev";

export interface EventIconSpec {
  theme: ThemeName;
  kind: EventKind;
  actor: Actor;
  status: VerificationStatus;
  /** Whether who acted is established; anything else draws the symbol neutral, with a mark in the accused side's colour. */
  attribution: Attribution;
}

/** Icon names carry everything needed to draw them, so a missing image can be drawn on demand. */
export function eventIconName({ theme, kind, actor, status, attribution }: EventIconSpec): string {
  return [PREFIX, theme, kind, actor, status, attribution].join(":");
}

/** The inverse of eventIconName; null for names that are not event icons or have unknown parts. */
export function parseEventIconName(name: string): EventIconSpec | null {
  const [prefix, theme, kind, actor, status, attribution, ...rest] = name.split(":");
  if (prefix !== PREFIX || !theme || !(theme in THEMES) || rest.length > 0) return null;
  const k = EventKindSchema.safeParse(kind);
  const a = ActorSchema.safeParse(actor);
  const s = VerificationStatusSchema.safeParse(status);
  const t = AttributionSchema.safeParse(attribution);
  if (!k.success || !a.success || !s.success || !t.success) return null;
  return { theme: theme as ThemeName, kind: k.data, actor: a.data, status: s.data, attribution: t.data };
}

export function eventIconExpression(theme: ThemeName): ExpressionSpecification {
  return ["concat", `${PREFIX}:${theme}:`, ["get", "kind"], ":", ["get", "actor"], ":", ["get", "verification"], ":", ["get", "attribution"]];
}
