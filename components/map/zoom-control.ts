import type { IControl, Map as MapLibreMap } from "maplibre-gl";

/**
 * Zoom in and out, as MapLibre's NavigationControl draws them (its classes, so its stylesheet gives the
 * icons), without the compass: the map does not rotate, and the compass's drag handling would be
 * first-load code never used.
 */
export class ZoomControl implements IControl {
  private container?: HTMLDivElement;
  private buttons?: { zoomIn: HTMLButtonElement; zoomOut: HTMLButtonElement };
  private map?: MapLibreMap;
  private readonly onZoom = () => this.update();

  onAdd(map: MapLibreMap): HTMLElement {
    this.map = map;
    const container = document.createElement("div");
    container.className = "maplibregl-ctrl maplibregl-ctrl-group";
    const buttons = { zoomIn: this.button("in", "Zoom in", () => map.zoomIn()), zoomOut: this.button("out", "Zoom out", () => map.zoomOut()) };
    container.append(buttons.zoomIn, buttons.zoomOut);
    this.buttons = buttons;
    container.addEventListener("contextmenu", (e) => e.preventDefault());
    this.container = container;
    map.on("zoom", this.onZoom);
    this.update();
    return container;
  }

  onRemove(): void {
    this.map?.off("zoom", this.onZoom);
    this.container?.remove();
    this.map = undefined;
    this.buttons = undefined;
  }

  private button(which: "in" | "out", label: string, zoom: () => void): HTMLButtonElement {
    const button = document.createElement("button");
    button.type = "button";
    button.className = `maplibregl-ctrl-zoom-${which}`;
    button.title = label;
    button.setAttribute("aria-label", label);
    const icon = document.createElement("span");
    icon.className = "maplibregl-ctrl-icon";
    icon.setAttribute("aria-hidden", "true");
    button.append(icon);
    button.addEventListener("click", zoom);
    return button;
  }

  /** A button whose zoom limit is reached is disabled, as NavigationControl does (on every zoom frame). */
  private update() {
    const map = this.map;
    if (!map || !this.buttons) return;
    const zoom = map.getZoom();
    setDisabled(this.buttons.zoomIn, zoom >= map.getMaxZoom());
    setDisabled(this.buttons.zoomOut, zoom <= map.getMinZoom());
  }
}

function setDisabled(button: HTMLButtonElement, disabled: boolean) {
  button.disabled = disabled;
  button.setAttribute("aria-disabled", String(disabled));
}
