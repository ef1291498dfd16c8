"use client";
import dynamic from "next/dynamic";

// Loaded in the browser only, as the app loads its map.
const BareMap = dynamic(() => import("./bare-map"), { ssr: false });

export function BareMapLoader() {
  return <BareMap />;
}
