"use client";
import { createContext, useContext, useMemo, useState, type ReactNode } from "react";

/** What a click on the map does: select an event, place the range rings' centre, or add a path point. */
export type Tool = "select" | "rings" | "measure";

const ToolContext = createContext<{ tool: Tool; setTool: (t: Tool) => void } | null>(null);

/** The tool in use, shared by the tools panel and the map; not in the URL (a link never opens mid-measure). */
export function ToolModeProvider({ children }: { children: ReactNode }) {
  const [tool, setTool] = useState<Tool>("select");
  const value = useMemo(() => ({ tool, setTool }), [tool]);
  return <ToolContext.Provider value={value}>{children}</ToolContext.Provider>;
}

export function useToolMode() {
  const value = useContext(ToolContext);
  if (!value) throw new Error("useToolMode needs a ToolModeProvider above it");
  return value;
}
