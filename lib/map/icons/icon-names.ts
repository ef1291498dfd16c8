import type { ExpressionSpecification } from "maplibre-gl";
import type { EventKind, VerificationStatus } from "../../schemas/event";
import type { Actor, Attribution } from "../../schemas/parties";
import { THEMES, type ThemeName } from "../theme";
import { ACTORS, ATTRIBUTIONS, EVENT_KINDS, VERIFICATION_STATUSES, isOneOf } from "../../schemas/values";

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
  if (!isOneOf(EVENT_KINDS, kind) || !isOneOf(ACTORS, actor) || !isOneOf(VERIFICATION_STATUSES, status) || !isOneOf(ATTRIBUTIONS, attribution)) return null;
  return { theme: theme as ThemeName, kind, actor, status, attribution };
}

export function eventIconExpression(theme: ThemeName): ExpressionSpecification {
  return ["concat", `${PREFIX}:${theme}:`, ["get", "kind"], ":", ["get", "actor"], ":", ["get", "verification"], ":", ["get", "attribution"]];
}
