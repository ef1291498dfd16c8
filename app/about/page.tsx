import type { Metadata } from "next";
import { getGeodata } from "@/lib/data/load-geodata";
import { loadMethodologyPage } from "@/lib/data/methodology";
import { AboutPage } from "@/components/about/about-page";
import { parseUrlState, withUrlState } from "@/components/app/url-state/url-schema";

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

type SearchParams = Record<string, string | string[] | undefined>;

/** The map links here with its own query, so the way back returns to the day, view and filters the reader left. */
export default async function About({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(await searchParams)) for (const one of [value ?? []].flat()) params.append(key, one);
  return <AboutPage page={await loadMethodologyPage()} mapHref={withUrlState("/", parseUrlState(params))} />;
}
