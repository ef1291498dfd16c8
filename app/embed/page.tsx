import type { Metadata } from "next";
import { DashboardLoader } from "@/components/app/dashboard-loader";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Strike map (embedded) — India–Pakistan, April–May 2025" };

/** The map, legend and playback without the app's chrome, for an iframe in an article. */
export default function Embed() {
  return (
    <main>
      <DashboardLoader styleUrl={process.env.BASEMAP_STYLE_URL || undefined} embed testHooks={process.env.STRIKE_MAP_TEST_HOOKS === "1"} />
    </main>
  );
}
