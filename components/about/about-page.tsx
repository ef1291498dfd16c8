import type { MethodologyPage } from "@/lib/data/methodology";
import { inlineText } from "@/lib/markdown/parse-markdown";
import { Markdown } from "./markdown";
import { DataVersion } from "./data-version";
import { Changelog } from "./changelog";
import { AttributionStatuses, VerificationStatuses } from "./status-definitions";

/**
 * The methodology page: the text kept with the data, with the computed parts (version, statuses, log) in its
 * slots. `mapHref` is the way back: the map with the state the reader came from.
 */
export function AboutPage({ page, mapHref }: { page: MethodologyPage; mapHref: string }) {
  const sections = page.methodology.flatMap((b) => (b.type === "heading" && b.level === 2 ? [{ id: b.id, text: inlineText(b.children) }] : []));
  // The title and introduction come before the table of contents; the sections after it.
  const firstSection = page.methodology.findIndex((b) => b.type === "heading" && b.level === 2);
  const intro = firstSection < 0 ? page.methodology : page.methodology.slice(0, firstSection);
  const body = firstSection < 0 ? [] : page.methodology.slice(firstSection);
  const slots = {
    "data-version": <DataVersion page={page} />,
    "verification-statuses": <VerificationStatuses />,
    "attribution-statuses": <AttributionStatuses />,
    "boundary-views": page.boundaryViews ? (
      <section aria-label="Points of view on the lines" data-testid="boundary-views">
        <Markdown blocks={page.boundaryViews} />
      </section>
    ) : null,
    changelog: <Changelog log={page.log} />,
  };
  return (
    <div className="min-h-dvh bg-white text-zinc-900 dark:bg-zinc-900 dark:text-zinc-100">
      <header className="border-b border-current/15 px-4 py-2">
        <nav aria-label="Site" className="mx-auto flex max-w-3xl items-center gap-4 text-sm">
          {/* A full page load: the map reads its address once, as it starts. */}
          <a href={mapHref} className="underline">← Back to the map</a>
          <span className="ml-auto font-semibold">{page.title}</span>
        </nav>
      </header>
      <main className="mx-auto max-w-3xl px-4 py-6">
        <article data-testid="methodology">
          <Markdown blocks={intro} slots={slots} />
          <nav aria-label="On this page" className="my-6 rounded border border-current/15 p-3 text-sm">
            <p className="mb-1 font-semibold">On this page</p>
            <ul className="grid gap-x-4 gap-y-0.5 sm:grid-cols-2">
              {sections.map((s) => (
                <li key={s.id}>
                  <a href={`#${s.id}`} className="inline-block min-h-6 py-0.5 underline">{s.text}</a>
                </li>
              ))}
            </ul>
          </nav>
          <Markdown blocks={body} slots={slots} />
        </article>
      </main>
    </div>
  );
}
