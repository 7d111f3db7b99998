/**
 * `pdo check --at D`: the `monitoring` object of MONITORING.md for the JSON report (field names
 * and values are a contract: scripts outside read them) and its lines in the text report.
 */
import { isoToItalian, share, STATUS_WORDS, type Language, type Monitoring } from "../core";

export function monitoringJson(m: Monitoring) {
  return {
    at: m.at,
    schede: m.schede.map((s) => ({
      sheet: s.scheda.sheet,
      number: s.scheda.number,
      // The Italian words whatever --lang says.
      status: STATUS_WORDS[s.status].it,
      reached: s.counts.reached,
      measurable: s.counts.measurable,
      phasesExpectedFinished: s.phasesExpectedFinished,
      phasesUnderWay: s.phasesUnderWay,
      indicators: s.indicators.map((i) => ({
        cell: i.indicator.target.cell,
        state: i.state,
        due: i.due,
        verifica: i.verifica ? { raw: i.verifica.raw, cell: i.verifica.cell } : null,
      })),
    })),
    totals: {
      reached: m.totals.reached,
      measurable: m.totals.measurable,
      due: m.totals.due,
      pending: m.totals.pending,
      notMeasurable: m.totals.notMeasurable,
    },
  };
}

const WORDS = {
  it: {
    heading: (at: string) => `Rendicontazione al ${isoToItalian(at)}`,
    reached: (r: number, m: number) => `${r}/${m} raggiunti`,
    totals: (t: Monitoring["totals"], pct: string) =>
      `Totale: ${t.reached} raggiunti su ${t.measurable} misurabili${pct}, ${t.due} da rendicontare, ${t.pending} in attesa, ${t.notMeasurable} non misurabili`,
    number: "n.",
  },
  en: {
    heading: (at: string) => `Results at ${isoToItalian(at)}`,
    reached: (r: number, m: number) => `${r}/${m} reached`,
    totals: (t: Monitoring["totals"], pct: string) =>
      `Total: ${t.reached} reached of ${t.measurable} measurable${pct}, ${t.due} to report, ${t.pending} pending, ${t.notMeasurable} not measurable`,
    number: "no.",
  },
};

/** The text report's block for one file: one line a scheda, then the totals. */
export function monitoringText(m: Monitoring, language: Language): string[] {
  const w = WORDS[language];
  const lines = [`  ${w.heading(m.at)}`];
  const width = Math.max(0, ...m.schede.map((s) => s.scheda.sheet.length));
  for (const s of m.schede) {
    const status = STATUS_WORDS[s.status][language];
    lines.push(
      `    ${s.scheda.sheet.padEnd(width)}  ${status.padEnd(22)} ${w.reached(s.counts.reached, s.counts.measurable)}`,
    );
  }
  const ratio = share(m.totals);
  lines.push(`    ${w.totals(m.totals, ratio === null ? "" : ` (${Math.round(ratio * 100)}%)`)}`);
  return lines;
}
