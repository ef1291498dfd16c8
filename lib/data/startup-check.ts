import { getGeodata } from "./load-geodata";

// Imported once by instrumentation.ts in the Node.js runtime: an invalid dataset must stop the server.
try {
  const data = await getGeodata();
  console.warn(`geodata ${data.version}: ${data.events.length} events, ${data.boundaries.length} boundary lines`);
} catch (e) {
  console.error((e as Error).message);
  process.exit(1);
}
