"use client";
import { useEffect, useRef } from "react";
import * as maplibregl from "maplibre-gl";
import "maplibre-gl/dist/maplibre-gl.css";

/** A map with a one-layer style; its container turns data-state="idle" on the first idle, as the app's does. */
export default function BareMap() {
  const ref = useRef(null);
  useEffect(() => {
    maplibregl.setWorkerUrl("/maplibre-gl-worker.mjs");
    const map = new maplibregl.Map({
      container: ref.current,
      style: { version: 8, sources: {}, layers: [{ id: "background", type: "background", paint: { "background-color": "#c9dceb" } }] },
      center: [72, 30],
      zoom: 4,
    });
    map.once("idle", () => (ref.current.parentElement.dataset.state = "idle"));
    return () => map.remove();
  }, []);
  return (
    <div data-state="loading" style={{ position: "absolute", inset: 0 }}>
      <div ref={ref} style={{ height: "100%" }} />
    </div>
  );
}
