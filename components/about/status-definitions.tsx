"use client";
import { VerificationStatusSchema } from "@/lib/schemas/event";
import { ATTRIBUTION_LABEL, ATTRIBUTION_SYMBOL, STATUS_LABEL, STATUS_MEANING } from "@/lib/events/labels";
import { ATTRIBUTION_MEANING } from "@/lib/events/detail-labels";
import { STATUS_STYLE } from "@/lib/map/icons/draw-event-icon";
import { EventIcon } from "@/components/legend/event-icon";
import { ATTRIBUTION_EXAMPLES } from "@/components/legend/attribution-legend";
import { useSystemTheme } from "@/components/app/use-system-theme";

const FILL_WORDS = { solid: "solid", faint: "faint", hollow: "hollow" } as const;

/** How each verification status is drawn, in words: "hollow, dashed outline". */
function statusDrawing(s: keyof typeof STATUS_STYLE): string {
  const { fill, dashed, struck } = STATUS_STYLE[s];
  return [FILL_WORDS[fill], dashed && "dashed outline", struck && "struck through"].filter(Boolean).join(", ");
}

/** Each verification status with its symbol, meaning and how it is drawn; the same words as the map legend. */
export function VerificationStatuses() {
  const theme = useSystemTheme();
  return (
    <dl className="my-3 grid grid-cols-[auto_1fr] items-start gap-x-3 gap-y-2" data-testid="verification-statuses">
      {VerificationStatusSchema.options.map((s) => (
        <div key={s} className="contents">
          <dt className="flex items-center gap-2 font-semibold">
            <EventIcon spec={{ theme, kind: "missile_strike", actor: "other", status: s, attribution: "established" }} size={20} />
            {STATUS_LABEL[s]}
          </dt>
          <dd>
            {STATUS_MEANING[s]}. <span className="opacity-75">Drawn {statusDrawing(s)}.</span>
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** Each attribution status with an example symbol, its meaning and how the symbol shows it. */
export function AttributionStatuses() {
  const theme = useSystemTheme();
  return (
    <dl className="my-3 grid grid-cols-[auto_1fr] items-start gap-x-3 gap-y-2" data-testid="attribution-statuses">
      {ATTRIBUTION_EXAMPLES.map(({ attribution, actor }) => (
        <div key={attribution} className="contents">
          <dt className="flex items-center gap-2 font-semibold">
            <EventIcon spec={{ theme, kind: "missile_strike", actor, status: "confirmed", attribution }} size={22} />
            {ATTRIBUTION_LABEL[attribution]}
          </dt>
          <dd>
            {ATTRIBUTION_MEANING[attribution]}. <span className="opacity-75">On the map: {ATTRIBUTION_SYMBOL[attribution]}.</span>
          </dd>
        </div>
      ))}
    </dl>
  );
}
