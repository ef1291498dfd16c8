"use client";
import dynamic from "next/dynamic";
import type { LocalBannerProps } from "@/components/import/local-banner";
import type { UrlIssue } from "./url-state/url-issues";
import { useFirstDraw } from "./use-first-draw";

// Their code loads only when there may be something to say: most pages show neither.
const UrlNotice = dynamic(() => import("./url-notice").then((m) => m.UrlNotice), { ssr: false });
const LocalBanner = dynamic(() => import("@/components/import/local-banner").then((m) => m.LocalBanner), { ssr: false });

/**
 * The parts of the link (`search`, as it arrived) the map could not use, read once the map has drawn;
 * a day outside the data (`spanIssue`) is named at once, as the map shows another.
 */
export function LinkNotice({ search, spanIssue }: { search: string; spanIssue: UrlIssue | null }) {
  const drawn = useFirstDraw();
  const link = drawn ? search : "";
  return link !== "" || spanIssue ? <UrlNotice search={link} spanIssue={spanIssue} /> : null;
}

/** The banner for a file opened here, or for a link made while one was shown. */
export function LocalFileBanner(props: LocalBannerProps) {
  return props.local || props.state.data === "local" ? <LocalBanner {...props} /> : null;
}
