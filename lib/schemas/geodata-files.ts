import { z } from "zod";
import { CityCollectionSchema, CountryCollectionSchema, LandCollectionSchema } from "../basemap/schemas";
import { LabelLineCollectionSchema, LakeCollectionSchema, RiverCollectionSchema } from "../basemap/physical-schemas";
import { DisputedAreaCollectionSchema, PlaceLabelCollectionSchema, ProvinceCollectionSchema } from "../basemap/political-schemas";
import { BoundaryFeatureSchema } from "./boundary";
import { AnyEventFeatureSchema } from "./imported-event";
import { DatasetSchema } from "./dataset";
import { ChangeLogSchema } from "./changes";
import { LineGeometrySchema, PointSchema, PolygonSchema } from "./geometry";
import { PovLabelPropertiesSchema, PovLinePropertiesSchema, PovUnitPropertiesSchema } from "../pov/schemas";

/** `$schema`: the path, relative to the file, of its editor-facing JSON Schema in geodata/schema/. */
const SchemaRef = z.string().optional();

/** A geodata file holding one FeatureCollection of `feature`s, as the loader reads it. */
const collectionFile = <T extends z.ZodType>(feature: T) =>
  z.object({ $schema: SchemaRef, type: z.literal("FeatureCollection"), features: z.array(feature) });

// Curated events, or events written by `npm run import` (the imported-data profile).
export const EventsFileSchema = collectionFile(AnyEventFeatureSchema);
export const BoundariesFileSchema = collectionFile(BoundaryFeatureSchema);

const povFeature = <G extends z.ZodType, P extends z.ZodType>(geometry: G, properties: P) =>
  z.object({ type: z.literal("Feature"), geometry, properties });
const PovAreasFileSchema = collectionFile(povFeature(PolygonSchema, PovUnitPropertiesSchema));
const PovLabelsFileSchema = collectionFile(povFeature(PointSchema, PovLabelPropertiesSchema));
const PovLinesFileSchema = collectionFile(povFeature(LineGeometrySchema, PovLinePropertiesSchema));

/** TopoJSON: checked for its outline only; the build script and the unit tests check its contents. */
const TopologyFileSchema = z.looseObject({
  $schema: SchemaRef,
  type: z.literal("Topology"),
  objects: z.record(z.string(), z.unknown()),
  arcs: z.array(z.array(z.array(z.number()))),
});

export interface GeodataFormat {
  /** Files of this format, relative to geodata/; `*` stands for any name within one folder. */
  files: string;
  /** Its JSON Schema in geodata/schema/. */
  schemaFile: string;
  title: string;
  schema: z.ZodType;
}

/**
 * Every geodata format and the files that have it: one line per format. `npm run build:schemas`
 * writes each JSON Schema and stamps `$schema` into each file; a test fails while a geodata file
 * matches no line here.
 */
export const GEODATA_FORMATS: GeodataFormat[] = [
  { files: "dataset.json", schemaFile: "dataset.schema.json", title: "Strike Map dataset manifest", schema: DatasetSchema },
  { files: "events/*.geojson", schemaFile: "events.schema.json", title: "Strike Map events", schema: EventsFileSchema },
  { files: "boundaries.geojson", schemaFile: "boundaries.schema.json", title: "Strike Map boundary lines", schema: BoundariesFileSchema },
  { files: "basemap/countries.geojson", schemaFile: "basemap-countries.schema.json", title: "Basemap countries", schema: CountryCollectionSchema },
  { files: "basemap/land.geojson", schemaFile: "basemap-land.schema.json", title: "Basemap land", schema: LandCollectionSchema },
  { files: "changes.json", schemaFile: "changes.schema.json", title: "Strike Map data changelog", schema: ChangeLogSchema },
  { files: "basemap/pov/areas.geojson", schemaFile: "pov-areas.schema.json", title: "Boundary views: disputed areas", schema: PovAreasFileSchema },
  { files: "basemap/pov/labels.geojson", schemaFile: "pov-labels.schema.json", title: "Boundary views: region labels", schema: PovLabelsFileSchema },
  { files: "basemap/pov/lines.geojson", schemaFile: "pov-lines.schema.json", title: "Boundary views: lines of each view", schema: PovLinesFileSchema },
  { files: "basemap/pov/units.topo.json", schemaFile: "pov-units.schema.json", title: "Boundary views: disputed-area partition", schema: TopologyFileSchema },
  { files: "basemap/rivers.geojson", schemaFile: "basemap-rivers.schema.json", title: "Basemap rivers", schema: RiverCollectionSchema },
  { files: "basemap/lakes.geojson", schemaFile: "basemap-lakes.schema.json", title: "Basemap lakes", schema: LakeCollectionSchema },
  { files: "basemap/label-lines.geojson", schemaFile: "basemap-label-lines.schema.json", title: "Basemap label lines", schema: LabelLineCollectionSchema },
  { files: "basemap/disputed-areas.geojson", schemaFile: "basemap-disputed-areas.schema.json", title: "Basemap disputed areas", schema: DisputedAreaCollectionSchema },
  { files: "basemap/provinces.geojson", schemaFile: "basemap-provinces.schema.json", title: "Basemap province labels", schema: ProvinceCollectionSchema },
  { files: "basemap/labels.geojson", schemaFile: "basemap-labels.schema.json", title: "Basemap country labels", schema: PlaceLabelCollectionSchema },
  { files: "examples/*/dataset.json", schemaFile: "dataset.schema.json", title: "Strike Map dataset manifest", schema: DatasetSchema },
  { files: "examples/*/events/*.geojson", schemaFile: "events.schema.json", title: "Strike Map events", schema: EventsFileSchema },
  { files: "examples/*/*.geojson", schemaFile: "boundaries.schema.json", title: "Strike Map boundary lines", schema: BoundariesFileSchema },
  { files: "basemap/cities.geojson", schemaFile: "basemap-cities.schema.json", title: "Basemap cities", schema: CityCollectionSchema },
];
