/**
 * What shows the findings (filters, the virtualised tree, the ignored list), one chunk loaded
 * after the pane's first paint: the pane opens with the action row alone, and this arrives
 * before the first check ends.
 */
export { FindingsFilters } from "./FindingsFilters";
export { FindingsList } from "./FindingsList";
export { IgnoredList } from "./IgnoredList";
