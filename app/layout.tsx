import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { getGeodata } from "@/lib/data/load-geodata";
import "./globals.css";

/** Title and description come from the dataset manifest the server loaded, so another dataset names itself. */
export async function generateMetadata(): Promise<Metadata> {
  const { dataset } = await getGeodata();
  return { title: `${dataset.title} — Strike Map`, description: dataset.description };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="bg-white font-sans text-slate-900 antialiased">{children}</body>
    </html>
  );
}
