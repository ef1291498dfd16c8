import type { EventKind } from "../../schemas/event";

export type Shape =
  | "star"
  | "triangle-down"
  | "diamond"
  | "hexagon"
  | "square"
  | "triangle-up"
  | "pentagon"
  | "circle"
  | "plus"
  | "cross"
  | "chevron-down"
  | "octagon"
  | "burst"
  | "star4"
  | "half-disc"
  | "triangle-left"
  | "house"
  | "banner"
  | "bolt"
  | "triangle-right";

/** One shape per kind, distinct in outline alone so colour-blind readers and greyscale prints can tell them apart. */
export const KIND_SHAPE: Record<EventKind, Shape> = {
  terror_attack: "star",
  airstrike: "triangle-down",
  missile_strike: "diamond",
  drone_strike: "hexagon",
  shelling: "square",
  air_combat: "triangle-up",
  air_defence: "pentagon",
  diplomatic: "circle",
  ceasefire: "plus",
  battle: "cross",
  air_or_drone_strike: "chevron-down",
  artillery_or_missile: "octagon",
  remote_explosive: "burst",
  suicide_bombing: "star4",
  grenade_attack: "half-disc",
  chemical_attack: "triangle-left",
  violence_against_civilians: "house",
  protest: "banner",
  riot: "bolt",
  strategic_development: "triangle-right",
};

function regular(n: number, r: number, rotation: number): [number, number][] {
  return Array.from({ length: n }, (_, i) => {
    const a = rotation + (i * 2 * Math.PI) / n;
    return [Math.cos(a) * r, Math.sin(a) * r];
  });
}

const UP = -Math.PI / 2;

const PLUS_ARM = 0.34;
const PLUS: [number, number][] = (() => {
  const a = PLUS_ARM;
  return [[-a, -1], [a, -1], [a, -a], [1, -a], [1, a], [a, a], [a, 1], [-a, 1], [-a, a], [-1, a], [-1, -a], [-a, -a]];
})();

/** Outline of a shape as points around (0,0) in a unit box of radius 1; null for the circle. */
export function shapePoints(shape: Shape): [number, number][] | null {
  switch (shape) {
    case "circle":
      return null;
    case "square":
      return regular(4, 0.95, Math.PI / 4).map(([x, y]) => [x * 0.92, y * 0.92]);
    case "diamond":
      return regular(4, 1, UP);
    case "triangle-up":
      return regular(3, 1, UP).map(([x, y]) => [x * 1.05, y + 0.18]);
    case "triangle-down":
      return regular(3, 1, -UP).map(([x, y]) => [x * 1.05, y - 0.18]);
    case "pentagon":
      return regular(5, 1, UP);
    case "hexagon":
      return regular(6, 1, 0);
    case "star":
      return regular(10, 1, UP).map(([x, y], i) => (i % 2 ? [x * 0.45, y * 0.45] : [x, y]));
    case "plus":
      return PLUS;
    case "cross":
      return PLUS.map(([x, y]) => [(x - y) * Math.SQRT1_2 * 0.94, (x + y) * Math.SQRT1_2 * 0.94]);
    case "chevron-down":
      return [[-1, -0.8], [0, 0.15], [1, -0.8], [1, -0.15], [0, 0.95], [-1, -0.15]];
    case "octagon":
      return regular(8, 1, Math.PI / 8);
    case "burst":
      return regular(16, 1, UP).map(([x, y], i) => (i % 2 ? [x * 0.62, y * 0.62] : [x, y]));
    case "star4":
      return regular(8, 1, UP).map(([x, y], i) => (i % 2 ? [x * 0.38, y * 0.38] : [x, y]));
    case "half-disc":
      return Array.from({ length: 13 }, (_, i): [number, number] => [-Math.cos((i * Math.PI) / 12), 0.45 - Math.sin((i * Math.PI) / 12) * 1.3]);
    case "triangle-left":
      return regular(3, 1, Math.PI).map(([x, y]) => [x + 0.18, y * 1.05]);
    case "triangle-right":
      return regular(3, 1, 0).map(([x, y]) => [x - 0.18, y * 1.05]);
    case "house":
      return [[0, -1], [1, -0.15], [0.75, -0.15], [0.75, 0.95], [-0.75, 0.95], [-0.75, -0.15], [-1, -0.15]];
    case "banner":
      return [[-1, -0.55], [1, -0.55], [1, 0.55], [-1, 0.55]];
    case "bolt":
      return [[0.25, -1], [-0.7, 0.15], [-0.05, 0.15], [-0.3, 1], [0.7, -0.2], [0.05, -0.2]];
  }
}
