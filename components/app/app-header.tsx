"use client";
import { useState } from "react";
import { ExportMenu } from "@/components/export/export-menu";
import { OpenDataLoader } from "@/components/import/open-data-loader";
import { useLocalSwitch } from "@/components/import/use-local-switch";
import { localTitle } from "@/lib/import/local-data";
import { useMapHandle } from "@/components/map/map-context";
import { useEventData } from "./event-data";
import { useUrlSlice, useUrlStore } from "./url-state/use-url-state";
import { withUrlState } from "./url-state/url-schema";
import { useTheme } from "./use-theme";
import { useDocumentTitle } from "./use-document-title";
import { useDayInSpan } from "./use-day-in-span";
import { LinkNotice, LocalFileBanner } from "./notices";

/**
 * To /about with the map's state, so its way back returns to the map as the reader left it. Its own
 * component: it follows every day step and pan, and the rest of the header need not.
 */
function AboutLink() {
  const href = useUrlSlice((s) => withUrlState("/about", s), Object.is);
  // A full page load: the map's pending URL writes must not follow the reader to /about.
  return <a href={href} className="shrink-0 text-xs underline">About the data</a>;
}

/**
 * The title, the link to how the data is made, opening a file, the export menu and the theme switch;
 * below them, the notices about what is shown (a local file, a link's dropped keys).
 */
export function AppHeader({ linkSearch }: { linkSearch: string }) {
  const store = useUrlStore();
  const theme = useTheme();
  const { index, dataVersion, dataset, local } = useEventData();
  // Only what the local-file banner names: a day step or a pan does not re-render the header.
  const localMark = useUrlSlice((s) => ({ data: s.data, file: s.file, rows: s.rows }));
  const [openData, setOpenData] = useState(false);
  const localSwitch = useLocalSwitch(useMapHandle(), store.update);
  const dark = theme.name === "dark";
  // A file from this computer is named with its own period: the manifest's title would claim other data.
  const title = local ? localTitle(local.summary) : null;
  useDocumentTitle(title);
  const spanIssue = useDayInSpan();
  return (
    <>
      {/* On a phone the title takes its own line: beside four controls it would shrink to nothing. */}
      <header className="relative flex flex-wrap items-center gap-x-3 gap-y-1 border-b border-current/15 px-3 py-2">
        <h1 className="min-w-0 basis-full truncate text-sm font-bold sm:flex-1 sm:basis-auto sm:text-base">{title ?? dataset.title}</h1>
        <AboutLink />
        <button type="button" onClick={() => setOpenData(true)} className="rounded border border-current/30 px-2 py-1 text-xs">Open data…</button>
        <ExportMenu days={index.days} theme={theme} dataVersion={dataVersion} />
        <button type="button" onClick={() => store.update({ theme: dark ? "light" : "dark" })} className="rounded border border-current/30 px-2 py-1 text-xs">
          {dark ? "Light theme" : "Dark theme"}
        </button>
      </header>
      <LocalFileBanner local={local} state={localMark} onBack={localSwitch.back} onReport={() => setOpenData(true)} onOpen={() => setOpenData(true)} />
      <OpenDataLoader open={openData} setOpen={setOpenData} onLoaded={localSwitch.show} />
      <LinkNotice search={linkSearch} spanIssue={spanIssue} />
    </>
  );
}
