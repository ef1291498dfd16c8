// toLocaleString builds a formatter per call; counts are written hundreds of times per render.
const COUNT = new Intl.NumberFormat("en-GB");

/** "1 event", "3 events": a count with its noun in the right number. */
export function countOf(n: number, one: string, many = `${one}s`): string {
  return `${COUNT.format(n)} ${n === 1 ? one : many}`;
}
