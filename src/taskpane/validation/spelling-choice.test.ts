import type { Finding } from "../../core";
import { batchEdits, spellingChoices } from "./spelling-choice";

const spellings = [
  {
    value: "AFFARI GENERALI",
    cells: [
      { sheet: "S1", cell: "B4" },
      { sheet: "S2", cell: "B4" },
    ],
  },
  { value: "AA.GG.", cells: [{ sheet: "S3", cell: "B4" }] },
];
const w03 = (sheet: string): Finding => ({
  rule: "PDO-W03",
  severity: "info",
  sheet,
  cell: "B4",
  message: "…",
  fix: { cell: "B4", value: "AFFARI GENERALI" },
  spellings,
});
const mark: Finding = {
  rule: "PDO-T04",
  severity: "warning",
  sheet: "S1",
  cell: "D16",
  message: "…",
  fix: { cell: "D16", value: "X" },
};

describe("a batch with PDO-W03 spellings", () => {
  it("asks once per name or settore, with how often each spelling is written", () => {
    expect(spellingChoices([mark, w03("S3"), { ...w03("S3"), cell: "B5" }])).toEqual([
      {
        key: expect.any(String),
        options: [
          { value: "AFFARI GENERALI", count: 2 },
          { value: "AA.GG.", count: 1 },
        ],
      },
    ]);
    expect(spellingChoices([mark])).toEqual([]);
  });

  it("writes each finding's fix unless another spelling is kept, then every cell that differs", () => {
    const [{ key }] = spellingChoices([w03("S3")]);
    expect(batchEdits([mark, w03("S3")])).toEqual([
      { sheet: "S1", cell: "D16", value: "X" },
      { sheet: "S3", cell: "B4", value: "AFFARI GENERALI" },
    ]);
    expect(batchEdits([mark, w03("S3"), w03("S3")], new Map([[key, "AA.GG."]]))).toEqual([
      { sheet: "S1", cell: "D16", value: "X" },
      { sheet: "S1", cell: "B4", value: "AA.GG." },
      { sheet: "S2", cell: "B4", value: "AA.GG." },
    ]);
  });
});
