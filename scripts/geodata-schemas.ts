// Editor-facing JSON Schemas for the geodata, generated from the zod schemas, and the `$schema`
// stamp that points each geodata file at its schema. Pure functions: build-schemas.ts writes what
// they return, and a unit test compares it with what is committed.
import { readdirSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { GEODATA_FORMATS, type GeodataFormat } from "../lib/schemas/geodata-files";

export const SCHEMA_DIR = "schema";

/** A `files` pattern as a regular expression: `*` is any name within one folder. */
const patternOf = (files: string) => new RegExp(`^${files.split("*").map((p) => p.replace(/[.+?^${}()|[\]\\]/g, "\\$&")).join("[^/]*")}$`);

/** The format of a file (path relative to geodata/, with `/`), or undefined when no line of the table covers it. */
export function formatOf(file: string): GeodataFormat | undefined {
  return GEODATA_FORMATS.find((f) => patternOf(f.files).test(file));
}

/**
 * Every JSON file under `geodataDir` except the schemas themselves and MapLibre sprite indexes (which
 * MapLibre reads as-is: a `$schema` key there would be taken for an icon), relative to it, with `/`.
 */
export function geodataFiles(geodataDir: string): string[] {
  const walk = (rel: string): string[] =>
    readdirSync(path.join(geodataDir, rel), { withFileTypes: true }).flatMap((e) => {
      const child = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) return child === SCHEMA_DIR ? [] : walk(child);
      return /\.(geo)?json$/.test(e.name) && !/^sprite(@\dx)?\.json$/.test(e.name) ? [child] : [];
    });
  return walk("").sort();
}

/** The `$schema` value for a file: its schema's path relative to the file. */
export function schemaRefFor(file: string, format: GeodataFormat): string {
  return path.posix.relative(path.posix.dirname(file), `${SCHEMA_DIR}/${format.schemaFile}`);
}

/**
 * The JSON Schema of a format, as editors read it (draft-07, which VS Code and JetBrains IDEs support
 * fully). The input side of the zod schema: what a contributor writes. Objects that zod would strip
 * unknown keys from are closed, so a misspelt key is flagged instead of silently dropped.
 */
export function jsonSchemaFor(format: GeodataFormat): Record<string, unknown> {
  const schema = z.toJSONSchema(format.schema, {
    target: "draft-7",
    io: "input",
    override: ({ zodSchema, jsonSchema }) => {
      const def = (zodSchema as unknown as { _zod: { def: { type: string; catchall?: unknown } } })._zod.def;
      if (def.type === "object" && def.catchall === undefined) jsonSchema.additionalProperties = false;
    },
  });
  const { $schema, ...rest } = schema as Record<string, unknown>;
  return {
    $schema,
    title: `${format.title} (geodata/${format.files})`,
    description:
      "Checks the shape of the file as you edit it. Rules across fields and files (claims and casualty figures citing a listed " +
      "source, contested events giving both sides, unique ids, dates within the data's span and the like) are checked by " +
      "`npm run validate:data`. Generated from the zod schemas in lib/ by `npm run build:schemas`; do not edit by hand.",
    ...rest,
  };
}

/** Every schema file's name and exact text. */
export function renderSchemas(): Map<string, string> {
  return new Map(GEODATA_FORMATS.map((f) => [f.schemaFile, `${JSON.stringify(jsonSchemaFor(f), null, 2)}\n`]));
}

/**
 * `text` with its top-level `"$schema"` set to `ref`, keeping the file's own layout: the member is
 * put first, written in the style of the line it precedes, or its value is replaced. Unchanged when
 * it is already right, so running the stamp again changes nothing.
 */
export function stamp(text: string, ref: string): string {
  const json = JSON.parse(text) as Record<string, unknown>;
  if (json.$schema === ref) return text;
  let out: string;
  if (typeof json.$schema === "string") {
    out = text.replace(/("\$schema"\s*:\s*)"(?:[^"\\]|\\.)*"/, (_m, key: string) => `${key}${JSON.stringify(ref)}`);
  } else {
    const open = text.indexOf("{");
    const after = text.slice(open + 1);
    const [, space = ""] = /^(\s*)/.exec(after) ?? [];
    const colon = /^\s*"[^"]*"(\s*:\s*)/.exec(after)?.[1] ?? (space ? ": " : ":");
    out = `${text.slice(0, open + 1)}${space}"$schema"${colon}${JSON.stringify(ref)},${after}`;
  }
  if ((JSON.parse(out) as Record<string, unknown>).$schema !== ref) throw new Error(`could not set $schema to ${ref}`);
  return out;
}
