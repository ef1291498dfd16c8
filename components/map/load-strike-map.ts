/**
 * The map's code, loaded from one place: the page starts fetching it early (dashboard-loader) and the
 * dashboard renders it (connected-map). One import site is one chunk, fetched once.
 */
export const loadStrikeMap = () => import("./strike-map");
