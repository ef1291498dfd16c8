import type { Metadata } from "next";
import { connection } from "next/server";

export const metadata: Metadata = { title: "Page not found — Strike Map" };

/** Any address without a page. Rendered per request, like every page, so its scripts carry the request's CSP nonce. */
export default async function NotFound() {
  await connection();
  return (
    <main className="mx-auto max-w-xl p-8">
      <h1 className="text-xl font-semibold">Page not found</h1>
      <p className="mt-2">
        There is no page at this address.{" "}
        {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- next/link here would put its router code on every page's first load */}
        <a href="/" className="text-sky-700 underline">
          Open the map
        </a>
        .
      </p>
    </main>
  );
}
