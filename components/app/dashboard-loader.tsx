"use client";
import dynamic from "next/dynamic";
import type { DashboardProps } from "./dashboard";
import { SWRConfig } from "swr";
import type { Dataset } from "@/lib/schemas/dataset";

/** The app reads the URL and draws with WebGL, so it renders in the browser; the shell shows first. */
const Dashboard = dynamic(() => import("./dashboard"), {
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
  return (
    <SWRConfig value={{ fallback: { "/api/dataset": dataset } }}>
      <Dashboard {...props} />
    </SWRConfig>
  );
}
