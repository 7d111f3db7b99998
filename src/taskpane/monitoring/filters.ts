/** Which schede and indicators the Rendicontazione view shows for its filters. */
import {
  personKey,
  settoreKey,
  type IndicatorMonitoring,
  type Monitoring,
  type SchedaMonitoring,
} from "../../core";

export type ShowFilter = "to-report" | "not-reached" | "all";

export interface MonitoringFilters {
  show: ShowFilter;
  /** A settoreKey, or "" for every settore. */
  settore: string;
  /** A personKey, or "" for every dirigente. */
  dirigente: string;
}

export const schedaKey = { settore: settoreKey, dirigente: personKey };

const SHOWN: Record<ShowFilter, (i: IndicatorMonitoring) => boolean> = {
  "to-report": (i) => i.state === "due" || i.state === "unreadable",
  "not-reached": (i) => i.state === "not-reached",
  all: () => true,
};

export function visibleSchede(
  m: Monitoring,
  f: MonitoringFilters,
): { scheda: SchedaMonitoring; items: IndicatorMonitoring[] }[] {
  return m.schede.flatMap((s) => {
    if (f.settore && settoreKey(s.scheda.settore.value) !== f.settore) return [];
    if (f.dirigente && personKey(s.scheda.dirigente.value) !== f.dirigente) return [];
    const items = s.indicators.filter(SHOWN[f.show]);
    return f.show === "all" || items.length > 0 ? [{ scheda: s, items }] : [];
  });
}
