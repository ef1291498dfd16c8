/** Below Tailwind's md breakpoint the details open as a sheet over the map's lower part, not as a column beside it. */
export const detailsAsSheet = () => !window.matchMedia("(min-width: 768px)").matches;
