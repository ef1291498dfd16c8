import { DashboardLoader } from "@/components/app/dashboard-loader";
import { servedManifest } from "@/lib/data/served-manifest";

// Read at request time so a self-hoster can point the map at their own basemap without rebuilding.
export const dynamic = "force-dynamic";

export default async function Home() {
  return (
    <main>
      <DashboardLoader styleUrl={process.env.BASEMAP_STYLE_URL || undefined} dataset={await servedManifest()} testHooks={process.env.STRIKE_MAP_TEST_HOOKS === "1"} />
    </main>
  );
}
