import { geodataDir, getGeodata } from "./load-geodata";

// Imported once by instrumentation.ts in the Node.js runtime: an invalid dataset must stop the server.
try {
  const data = await getGeodata();
  console.warn(
    `geodata ${data.version} from ${geodataDir()}: "${data.dataset.title}", ${data.events.length} events, ${data.boundaries.length} boundary lines`,
  );
} catch (e) {
  console.error(`geodata in ${geodataDir()}: ${(e as Error).message}`);
  process.exit(1);
}
