import { describe, expect, it } from "vitest";
import { AttributionSchema } from "../../schemas/parties";
import { VerificationStatusSchema } from "../../schemas/event";
import { LIGHT, DARK } from "../theme";
import { drawEventIcon } from "./draw-event-icon";
import { eventIconName, parseEventIconName, type EventIconSpec } from "./icon-names";

/** A 2D context that records the colour of every fill and stroke, in order. */
function recordingContext() {
  const paints: { op: "fill" | "stroke" | "text"; colour: string }[] = [];
  const ctx = {
    fillStyle: "",
    strokeStyle: "",
    globalAlpha: 1,
    lineWidth: 1,
    lineJoin: "",
    font: "",
    textAlign: "",
    textBaseline: "",
    clearRect() {},
    beginPath() {},
    closePath() {},
    moveTo() {},
    lineTo() {},
    arc() {},
    setLineDash() {},
    fill() {
      paints.push({ op: "fill", colour: ctx.fillStyle });
    },
    stroke() {
      paints.push({ op: "stroke", colour: ctx.strokeStyle });
    },
    fillText() {
      paints.push({ op: "text", colour: ctx.fillStyle });
    },
  };
  return { ctx: ctx as unknown as CanvasRenderingContext2D, paints };
}

const spec = (o: Partial<EventIconSpec>): EventIconSpec => ({
  theme: "light",
  kind: "shelling",
  actor: "pakistan",
  status: "confirmed",
  attribution: "established",
  ...o,
});

function paintsOf(s: EventIconSpec) {
  const { ctx, paints } = recordingContext();
  drawEventIcon(ctx, s, 2);
  return paints;
}

describe("drawEventIcon and attribution", () => {
  it("colours the symbol by the actor when attribution is established", () => {
    expect(paintsOf(spec({}))[0]).toEqual({ op: "fill", colour: LIGHT.actor.pakistan });
  });

  it.each(VerificationStatusSchema.options)("never paints the body in a side's colour unless established (status %s)", (status) => {
    for (const attribution of ["claimed", "disputed", "unknown"] as const) {
      const paints = paintsOf(spec({ status, attribution }));
      // The body is everything drawn before the badge's halo, which is the first fill in the halo colour after the outline.
      const badgeStart = paints.findIndex((p, i) => i > 1 && p.op === "fill" && p.colour === LIGHT.textHalo);
      const body = paints.slice(0, badgeStart);
      expect(body.map((p) => p.colour)).not.toContain(LIGHT.actor.pakistan);
      expect(body.map((p) => p.colour)).toContain(LIGHT.actor.unknown);
    }
  });

  it("names the accused side in the badge: a dot when claimed, a ring when disputed, a grey ? when unknown", () => {
    expect(paintsOf(spec({ attribution: "claimed" })).slice(-1)).toEqual([{ op: "fill", colour: LIGHT.actor.pakistan }]);
    expect(paintsOf(spec({ attribution: "disputed", actor: "india" })).slice(-1)).toEqual([{ op: "stroke", colour: LIGHT.actor.india }]);
    expect(paintsOf(spec({ attribution: "unknown", actor: "unknown" })).slice(-2)).toEqual([
      { op: "fill", colour: LIGHT.actor.unknown },
      { op: "text", colour: LIGHT.textHalo },
    ]);
    expect(paintsOf(spec({ theme: "dark", attribution: "claimed" })).slice(-1)).toEqual([{ op: "fill", colour: DARK.actor.pakistan }]);
  });

  it("draws no badge for an established attribution", () => {
    expect(paintsOf(spec({})).map((p) => p.op)).toEqual(["fill", "stroke"]);
  });
});

describe("event icon names", () => {
  it("round-trips every attribution", () => {
    for (const attribution of AttributionSchema.options) {
      const s = spec({ attribution, status: "disputed" });
      expect(parseEventIconName(eventIconName(s))).toEqual(s);
    }
  });

  it("rejects names with a missing, unknown or extra part", () => {
    expect(parseEventIconName("ev:light:shelling:pakistan:confirmed")).toBeNull();
    expect(parseEventIconName("ev:light:shelling:pakistan:confirmed:probable")).toBeNull();
    expect(parseEventIconName("ev:light:shelling:pakistan:confirmed:claimed:x")).toBeNull();
  });
});
