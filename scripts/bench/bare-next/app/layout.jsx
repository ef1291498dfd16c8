// The baseline for first-load JS: the smallest Next.js App Router page that shows a MapLibre map.
export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body style={{ margin: 0 }}>{children}</body>
    </html>
  );
}
