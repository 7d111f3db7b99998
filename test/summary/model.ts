/** Hand-built models for the summary tests: every field is `{ value, cell }`, parsed by the zod schema. */
import type { Finding } from "../../src/core/model/finding";
import {
  FIELD_NAMES,
  Scheda,
  WorkbookModel,
  type FieldName,
  type Indicator,
  type Phase,
  type Target,
  type Verifica,
} from "../../src/core/model/scheda";

const QUARTERS = ["primo trimestre", "secondo trimestre", "terzo trimestre", "quarto trimestre"];

export function quarterPeriods(year: number | null = null) {
  return QUARTERS.map((label, i) => ({
    label,
    cell: `${"CDEF"[i]}12`,
    kind: "quarter" as const,
    year,
    quarter: i + 1,
    date: null,
  }));
}

/** A phase marked in the given quarters (1..4). */
export function phase(row: number, quarters: number[], description = `fase ${row}`): Phase {
  return {
    row,
    description: { value: description, cell: `A${row}` },
    settore: { value: "", cell: `B${row}` },
    marks: [0, 1, 2, 3].map((i) => {
      const marked = quarters.includes(i + 1);
      return {
        raw: marked ? "X" : "",
        cell: `${"CDEF"[i]}${row}`,
        reading: marked ? ("x" as const) : ("empty" as const),
        marked,
        date: null,
        years: [],
      };
    }),
    group: null,
    note: null,
    looseLines: [],
  };
}

export function verifica(
  year: number,
  raw: string,
  value: number | null = null,
  date: string | null = null,
): Verifica {
  return { header: `VERIFICA ${year}`, year, cell: `${"DEF"[(year - 2021 + 30) % 3]}20`, raw, value, date };
}

export function indicator(
  row: number,
  target: Partial<Target> & Pick<Target, "kind" | "raw">,
  verifiche: Verifica[] = [],
  tipologia = "risultato",
): Indicator {
  return {
    row,
    tipologia: { value: tipologia, cell: `A${row}` },
    descrizione: { value: `indicatore ${row}`, cell: `B${row}` },
    target: { cell: `C${row}`, ...target },
    verifiche,
    group: null,
    note: null,
  };
}

export interface SchedaInput {
  sheet: string;
  number?: number | null;
  kind?: "scheda" | "broken" | "other";
  fields?: Partial<Record<FieldName, string>>;
  periods?: ReturnType<typeof quarterPeriods> | Scheda["periods"];
  phases?: Phase[];
  indicators?: Indicator[];
}

export function scheda(input: SchedaInput): Scheda {
  const fields = Object.fromEntries(
    FIELD_NAMES.map((name, i) => [name, { value: input.fields?.[name] ?? "", cell: `B${4 + i}` }]),
  );
  return Scheda.parse({
    ...fields,
    sheet: input.sheet,
    kind: input.kind ?? "scheda",
    number: input.number === undefined ? null : input.number,
    numberCell: "A1",
    heading: { value: `SCHEDA OBIETTIVO GESTIONALE n. ${input.number ?? ""}`, cell: "A1" },
    periods: input.periods ?? quarterPeriods(),
    phases: input.phases ?? [],
    verificaHeaders: [],
    indicators: input.indicators ?? [],
    footnotes: [],
    incentivabile: null,
    sections: {},
    notes: [],
  });
}

export function workbook(schede: Scheda[], year = 2021): WorkbookModel {
  return WorkbookModel.parse({ year, yearInferred: true, schede, elenchi: null });
}

export function finding(sheet: string | null, severity: Finding["severity"], rule = "PDO-X00"): Finding {
  return { rule, severity, sheet, cell: sheet ? "B4" : null, message: "m", fix: null };
}

/** A small plan: three settori (one spelt two ways), a cross-sector and a multi-year objective, a broken sheet. */
export function samplePlan(): { model: WorkbookModel; findings: Finding[] } {
  const schede = [
    scheda({
      sheet: "Scheda 1",
      number: 1,
      fields: {
        settore: "Servizi Finanziari",
        titolo: "Censimento aree stradali",
        lineaProgrammatica: "Sesto respira",
        durata: "PLURIENNALE",
        impatto: "SETTORIALE",
      },
      phases: [phase(13, [1, 2]), phase(14, [2]), phase(15, [4])],
      indicators: [
        indicator(20, { kind: "number", raw: "almeno 20", value: 20, bound: "min" }, [
          verifica(2021, "25", 25),
        ]),
        indicator(21, { kind: "percent", raw: "100%", value: 100 }, [verifica(2021, "80%", 80)]),
      ],
    }),
    scheda({
      sheet: "Scheda 2",
      number: 2,
      fields: {
        settore: "SERVIZI  FINANZIÀRI",
        titolo: "Corrispettivi",
        lineaProgrammatica: "Sesto aiuta",
        durata: "ANNUALE",
        impatto: "TRASVERSALE",
      },
      phases: [phase(13, [1]), phase(14, [1, 3])],
      indicators: [
        indicator(20, { kind: "deadline", raw: "entro il 30/6/2021", date: "2021-06-30" }, [
          verifica(2021, "15/06/2021", null, "2021-06-15"),
        ]),
        indicator(21, { kind: "text", raw: "vedi fasi" }),
      ],
    }),
    scheda({
      sheet: "Scheda 3",
      number: 3,
      fields: {
        settore: "Polizia Municipale",
        titolo: '=HYPERLINK("http://x")',
        lineaProgrammatica: "Sesto respira",
      },
      periods: [2021, 2022, 2023].map((y, i) => ({
        label: String(y),
        cell: `${"CDE"[i]}12`,
        kind: "year" as const,
        year: y,
        quarter: null,
        date: null,
      })),
      phases: [phase(13, [1])],
      indicators: [
        indicator(20, { kind: "number", raw: "massimo 2", value: 2, bound: "max", lowerIsBetter: true }, [
          verifica(2021, "4", 4),
        ]),
      ],
    }),
    scheda({ sheet: "Scheda 9", number: null, kind: "broken" }),
    scheda({ sheet: "Note", kind: "other" }),
  ];
  const findings = [
    finding("Scheda 1", "warning"),
    finding("Scheda 2", "error"),
    finding("Scheda 2", "error"),
    finding("Scheda 2", "info"),
    finding("Scheda 9", "error"),
    finding(null, "warning"),
  ];
  return { model: workbook(schede), findings };
}
