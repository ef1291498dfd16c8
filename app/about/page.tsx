import type { Metadata } from "next";
import { loadMethodologyPage } from "@/lib/data/methodology";
import { AboutPage } from "@/components/about/about-page";

// Read from the geodata folder at request time, like the API, so the page always matches the data served.
export const dynamic = "force-dynamic";
export const metadata: Metadata = {
  title: "How this map is made — Strike Map, India–Pakistan, April–May 2025",
  description: "What counts as an event, what each verification and attribution status means, how sources are chosen, and the corrections log.",
};

export default async function About() {
  return <AboutPage page={await loadMethodologyPage()} />;
}
