/**
 * A whole workbook → the model. Two passes: the first reads every sheet to settle the plan year
 * and to learn the workbook's own people and settori (which tell a shifted value row from a
 * straight one); the second reads with both.
 */
import type { SheetGrid } from "../grid/grid";
import type { Scheda, WorkbookModel } from "../model/scheda";
import { fold, labelKey } from "../text/normalize";
import { personKey, settoreKey } from "../text/names";
import { isDateFormat, serialToIso } from "../grid/cell";
import { yearsIn } from "./italian-dates";
import { extractScheda } from "./read-sheet";
import { analyseSheet, type SheetLayout } from "./sheet-layout";
import type { WorkbookHints } from "./value-kinds";

export interface ReadOptions {
  /** The plan year; inferred from the workbook when absent. */
  year?: number;
  /** Used when the workbook names no year at all (default: the current year). */
  fallbackYear?: number;
}

export function readWorkbook(sheets: SheetGrid[], options: ReadOptions = {}): WorkbookModel {
  const elenchi = readElenchi(sheets);
  // Each sheet's layout is found once. A light first read (header blocks only) gives the names that
  // tell a shifted row from a straight one; the full read then uses them and the plan year.
  const analyses = sheets.map((g) => analyseSheet(g));
  const read = (i: number, opts: Parameters<typeof extractScheda>[1]) => extractScheda(analyses[i], opts);
  const inferred = options.year ?? inferPlanYear(analyses.flatMap((a) => (a.ok ? [a.layout] : [])));
  const year = inferred ?? options.fallbackYear ?? new Date().getFullYear();
  const first = sheets.map((_, i) => read(i, { planYear: year, blocksOnly: true }));
  const hints = collectHints(first, elenchi);
  const schede = sheets.map((g, i) => {
    const scheda = read(i, { planYear: year, hints });
    return g.visibility ? { ...scheda, visibility: g.visibility } : scheda;
  });
  const fromClock = inferred === null ? { yearFromClock: true } : {};
  return { year, yearInferred: options.year === undefined, ...fromClock, schede, elenchi };
}

/**
 * The most common first VERIFICA year and deadline year across the schede; null when none.
 * Deadline years are the years written in the VALORE TARGET column (or its date cells), so the
 * year is known before any value is read.
 */
function inferPlanYear(layouts: SheetLayout[]): number | null {
  const votes = new Map<number, number>();
  const vote = (y: number | null | undefined, weight = 1) => {
    if (y && y >= 1990 && y <= 2100) votes.set(y, (votes.get(y) ?? 0) + weight);
  };
  for (const layout of layouts) {
    const header = layout.indicatorHeader;
    if (!header) continue;
    vote(header.verifica.find((v) => v.year !== null)?.year, 2);
    if (header.targetCol === null) continue;
    const { view } = layout;
    for (let r = header.dataStart; r < Math.min(view.rows, header.dataStart + 60); r++) {
      const v = view.value(r, header.targetCol);
      if (typeof v === "number" && isDateFormat(view.format(r, header.targetCol)))
        vote(Number(serialToIso(v)?.slice(0, 4)));
      else if (typeof v === "string" && v) for (const y of new Set(yearsIn(v))) vote(y);
    }
  }
  if (votes.size === 0) {
    for (const layout of layouts) {
      for (const p of layout.phaseHeaders.slice(0, 1)) {
        const periodRow = p.split ? p.row + 1 : p.row;
        for (const c of p.periodCols) for (const y of yearsIn(layout.view.text(periodRow, c))) vote(y);
      }
    }
  }
  let best: number | null = null;
  let bestVotes = 0;
  for (const [y, n] of votes) {
    if (n > bestVotes || (n === bestVotes && best !== null && y < best)) {
      best = y;
      bestVotes = n;
    }
  }
  return best;
}

function collectHints(schede: Scheda[], elenchi: WorkbookModel["elenchi"]): WorkbookHints {
  const hints: WorkbookHints = { dirigenti: new Map(), responsabili: new Map(), settori: new Map() };
  const add = (map: Map<string, Set<string>>, key: string, sheet: string) => {
    if (!key) return;
    let sheets = map.get(key);
    if (!sheets) map.set(key, (sheets = new Set()));
    sheets.add(sheet);
  };
  for (const s of schede) {
    if (s.kind !== "scheda" || s.notes.some((n) => n.code === "shifted-row" && n.section === "anagrafica"))
      continue;
    add(hints.dirigenti, personKey(s.dirigente.value), s.sheet);
    add(hints.responsabili, personKey(s.responsabile.value), s.sheet);
    add(hints.settori, settoreKey(s.settore.value), s.sheet);
  }
  // The Elenchi sheet speaks for the whole workbook: no sheet name of a scheda.
  for (const [key, values] of Object.entries(elenchi ?? {})) {
    const map = /dirigent/.test(key)
      ? hints.dirigenti
      : /responsabil/.test(key)
        ? hints.responsabili
        : /settor/.test(key)
          ? hints.settori
          : null;
    if (!map) continue;
    for (const v of values) add(map, map === hints.settori ? settoreKey(v) : personKey(v), "\u0000Elenchi");
  }
  return hints;
}

/** An optional `Elenchi` sheet: one list per column, headed by its name (settori, linee programmatiche, dirigenti). */
function readElenchi(sheets: SheetGrid[]): WorkbookModel["elenchi"] {
  const sheet = sheets.find((g) => /^(elenchi|elenco|liste)\b/.test(fold(g.name ?? "")));
  if (!sheet || !Array.isArray(sheet.values) || sheet.values.length === 0) return null;
  const out: Record<string, string[]> = {};
  const header = sheet.values[0] ?? [];
  header.forEach((h, c) => {
    const key = labelKey(String(h ?? ""));
    if (!key) return;
    const values: string[] = [];
    for (let r = 1; r < sheet.values.length; r++) {
      const v = sheet.values[r]?.[c];
      if (v !== undefined && v !== null && String(v).trim()) values.push(String(v).trim());
    }
    out[key] = values;
  });
  return out;
}
