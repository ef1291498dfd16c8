import type { Metadata } from "next";
import { DashboardLoader } from "@/components/app/dashboard-loader";
import { servedManifest } from "@/lib/data/served-manifest";
import { getGeodata } from "@/lib/data/load-geodata";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { dataset } = await getGeodata();
  return { title: `${dataset.title} — Strike Map (embedded)` };
}

/** The map, legend and playback without the app's chrome, for an iframe in an article. */
export default async function Embed() {
  return (
    <main>
      <DashboardLoader styleUrl={process.env.BASEMAP_STYLE_URL || undefined} dataset={await servedManifest()} embed testHooks={process.env.STRIKE_MAP_TEST_HOOKS === "1"} />
    </main>
  );
}
