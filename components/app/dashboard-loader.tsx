"use client";
import dynamic from "next/dynamic";
import type { DashboardProps } from "./dashboard";

/** The app reads the URL and draws with WebGL, so it renders in the browser; the shell shows first. */
const Dashboard = dynamic(() => import("./dashboard"), {
  ssr: false,
  loading: () => (
    <div className="flex h-dvh items-center justify-center text-sm" role="status">
      Loading the strike map…
    </div>
  ),
});

export function DashboardLoader(props: DashboardProps) {
  return <Dashboard {...props} />;
}
