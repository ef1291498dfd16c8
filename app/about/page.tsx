import type { Metadata } from "next";
import { getGeodata } from "@/lib/data/load-geodata";
import { loadMethodologyPage } from "@/lib/data/methodology";
import { AboutPage } from "@/components/about/about-page";

// Read from the geodata folder at request time, like the API, so the page always matches the data served.
export const dynamic = "force-dynamic";
/** Named after the dataset the server holds (its manifest), so another deployment's page names its own data. */
export async function generateMetadata(): Promise<Metadata> {
  const { dataset } = await getGeodata();
  return {
    title: `How this map is made — ${dataset.title} — Strike Map`,
    description: "What counts as an event, what each verification and attribution status means, how sources are chosen, and the corrections log.",
  };
}

export default async function About() {
  return <AboutPage page={await loadMethodologyPage()} />;
}
