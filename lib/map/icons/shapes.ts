import type { EventKind } from "../../schemas/event";

export type Shape = "star" | "triangle-down" | "diamond" | "hexagon" | "square" | "triangle-up" | "pentagon" | "circle" | "plus";

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
};

function regular(n: number, r: number, rotation: number): [number, number][] {
  return Array.from({ length: n }, (_, i) => {
    const a = rotation + (i * 2 * Math.PI) / n;
    return [Math.cos(a) * r, Math.sin(a) * r];
  });
}

const UP = -Math.PI / 2;

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
    case "plus": {
      const a = 0.34;
      return [[-a, -1], [a, -1], [a, -a], [1, -a], [1, a], [a, a], [a, 1], [-a, 1], [-a, a], [-1, a], [-1, -a], [-a, -a]];
    }
  }
}
