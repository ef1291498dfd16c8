"use client";
import dynamic from "next/dynamic";
import { preload } from "react-dom";
import type { DashboardProps } from "./dashboard";
import { SWRConfig } from "swr";
import type { Dataset } from "@/lib/schemas/dataset";

const loadDashboard = () => import("./dashboard");
// The app's code, the map's (maplibre-gl) with it, is fetched as soon as this module runs in the browser,
// not once the shell has rendered.
if (typeof window !== "undefined") void loadDashboard().catch(() => {});

/** The data every map draws first; fetched while the page's scripts load (the fetches below reuse them). */
const FIRST_DATA = ["/api/events", "/api/boundaries"];

/** The app reads the URL and draws with WebGL, so it renders in the browser; the shell shows first. */
const Dashboard = dynamic(loadDashboard, {
  ssr: false,
  loading: () => (
    <div className="flex h-dvh items-center justify-center text-sm" role="status">
      Loading the strike map…
    </div>
  ),
});

/**
 * `dataset` is the manifest the server holds, handed over with the page so the first render already
 * uses its words and colours (the map is not rebuilt when /api/dataset answers the same).
 */
export function DashboardLoader({ dataset, ...props }: DashboardProps & { dataset: Dataset }) {
  // As `fetch()` asks (CORS mode, same-origin credentials), so the browser hands the preloaded answers over.
  for (const href of FIRST_DATA) preload(href, { as: "fetch", crossOrigin: "anonymous" });
  return (
    <SWRConfig value={{ fallback: { "/api/dataset": dataset } }}>
      <Dashboard {...props} />
    </SWRConfig>
  );
}
