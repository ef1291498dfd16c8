import { DashboardLoader } from "@/components/app/dashboard-loader";

// Read at request time so a self-hoster can point the map at their own basemap without rebuilding.
export const dynamic = "force-dynamic";

export default function Home() {
  return (
    <main>
      <DashboardLoader styleUrl={process.env.BASEMAP_STYLE_URL || undefined} testHooks={process.env.STRIKE_MAP_TEST_HOOKS === "1"} />
    </main>
  );
}
