/**
 * The package patcher (src/xlsx/patch): a file written from a user's workbook is the input
 * package with only the writer's parts changed. The rich package carries every kind of part a
 * re-serialising writer lost (issue 15).
 */
import { spawnSync } from "child_process";
import { promises as fs } from "fs";
import os from "os";
import path from "path";
import JSZip from "jszip";
import { buildSummary } from "../../src/core/summary/build";
import { PackageError, XlsxPackage, setCells } from "../../src/xlsx/patch";
import { setCellsInSheetXml } from "../../src/xlsx/patch/cells";
import { addSummaryToPackage } from "../../src/xlsx/write-summary";
import { samplePlan } from "../summary/model";
import { SAMPLE_XLSX } from "../support/sample";
import { RICH_PARTS, RICH_WORKBOOK_ELEMENTS, richPackage } from "../support/rich-package";

const { model, findings } = samplePlan();
const description = buildSummary(model, findings, { generatedAt: new Date(2021, 2, 15, 10, 30) });

/** The parts a summary writer must change; everything else is compared byte for byte. */
const WRITER_PARTS = [
  "[Content_Types].xml",
  "xl/workbook.xml",
  "xl/_rels/workbook.xml.rels",
  "xl/styles.xml",
];

async function parts(data: Buffer): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(data);
  const out = new Map<string, Buffer>();
  for (const [name, file] of Object.entries(zip.files))
    if (!file.dir) out.set(name, await file.async("nodebuffer"));
  return out;
}

/** Every element of `xml` that `tag` matches, as written. */
function elements(xml: string, tag: RegExp): string[] {
  return [...xml.matchAll(tag)].map((m) => m[0]);
}

let rich: Buffer;
beforeAll(async () => {
  rich = await richPackage(await fs.readFile(SAMPLE_XLSX));
});

describe("the --summary copy of a workbook with every kind of part", () => {
  let input: Map<string, Buffer>;
  let output: Map<string, Buffer>;
  let out: Buffer;
  beforeAll(async () => {
    input = await parts(rich);
    out = (await addSummaryToPackage(rich, description)).data;
    output = await parts(out);
  });

  it("starts from a workbook that carries every kind of part the robustness review lists", () => {
    const text = (p: string) => input.get(p)!.toString();
    const carried: [string, string, RegExp][] = [
      ["chart in a sheet", "xl/drawings/_rels/drawing1.xml.rels", /charts\/chart1\.xml/],
      ["chart sheet", "xl/workbook.xml", /<sheet name="Grafico"/],
      ["pivot table", "xl/worksheets/_rels/sheet1.xml.rels", /pivotTables\/pivotTable1\.xml/],
      ["pivot cache", "xl/workbook.xml", /<pivotCache cacheId="5"/],
      ["text box", "xl/drawings/drawing1.xml", /txBox="1"/],
      ["OLE attachment", "xl/worksheets/sheet1.xml", /<oleObject progId="Package"/],
      ["external link and a formula using it", "xl/worksheets/sheet1.xml", /<f>\[1\]Bilancio!\$B\$1\*2<\/f>/],
      ["macros", "[Content_Types].xml", /macroEnabled\.main\+xml/],
      ["threaded comment", "xl/threadedComments/threadedComment1.xml", /<threadedComment /],
      ["constant name", "xl/workbook.xml", /<definedName name="IVA">0\.22</],
      ["array name", "xl/workbook.xml", /<definedName name="Trimestri">\{1,2,3,4\}</],
      ["formula name", "xl/workbook.xml", /<definedName name="Doppio">\[1\]/],
      ["sheet-local name", "xl/workbook.xml", /<definedName name="Locale" localSheetId="1">/],
      ["hidden name", "xl/workbook.xml", /<definedName name="Nascosto" hidden="1">/],
      ["print area", "xl/workbook.xml", /_xlnm\.Print_Area" localSheetId="0">'Scheda 1'!\$A\$1:\$F\$23/],
      ["custom XML", "customXml/item1.xml", /Uso interno/],
      ["document properties", "docProps/custom.xml", /Classificazione/],
      ["Excel 2010 validation", "xl/worksheets/sheet1.xml", /<x14:dataValidation /],
      ["sparklines", "xl/worksheets/sheet1.xml", /<x14:sparklineGroup/],
      ["manual page break", "xl/worksheets/sheet1.xml", /<brk id="12"[^>]*man="1"/],
      ["quotePrefix", "xl/styles.xml", /quotePrefix="1"/],
      ["internal hyperlink with tooltip", "xl/worksheets/sheet1.xml", /location="'Scheda 2'!A1" tooltip=/],
      ["workbook structure protection", "xl/workbook.xml", /<workbookProtection lockStructure="1"/],
      ["legacy sheet password", "xl/worksheets/sheet1.xml", /<sheetProtection password="CC3D"/],
      ["LibreOffice-style sheet protection", "xl/worksheets/sheet2.xml", /<sheetProtection sheet="true"/],
      ["note as plain text, by its author", "xl/comments1.xml", /<author>Loredana Bianchi<\/author>/],
      ["visible note", "xl/drawings/vmlDrawing1.vml", /<x:Visible\/>/],
      ["table with headers and filter buttons", "xl/tables/table1.xml", /<autoFilter ref="H3:J5"\/>/],
      ["calculated column", "xl/tables/table1.xml", /<calculatedColumnFormula>/],
      [
        "containsText conditional format",
        "xl/worksheets/sheet2.xml",
        /type="containsText"[^>]*operator="containsText"/,
      ],
      ["validation over two ranges", "xl/worksheets/sheet2.xml", /sqref="C13:F15 C20:F22"/],
    ];
    for (const [kind, part, pattern] of carried)
      expect({ kind, carried: pattern.test(text(part)) }).toEqual({ kind, carried: true });
    // The table has no headerRowCount="0" and no hidden buttons: headers and filters as Excel shows them.
    expect(text("xl/tables/table1.xml")).not.toMatch(/headerRowCount|hiddenButton/);
  });

  it("gives the summary's tables ids and names no table of the workbook has", () => {
    const tables = [...output.keys()].filter((p) => /^xl\/tables\/table\d+\.xml$/.test(p));
    const ids = tables.map((p) => /<table\b[^>]*\bid="(\d+)"/.exec(output.get(p)!.toString())![1]);
    const names = tables.map((p) =>
      /<table\b[^>]*\bname="([^"]+)"/.exec(output.get(p)!.toString())![1].toLowerCase(),
    );
    expect(new Set(ids).size).toBe(tables.length);
    expect(new Set(names).size).toBe(tables.length);
    expect(tables.length).toBe(description.tables.length + 1);
  });

  it("holds every input part byte for byte, except the parts the writer must touch", () => {
    for (const part of RICH_PARTS) expect(input.has(part)).toBe(true);
    for (const [part, bytes] of input) {
      expect(output.has(part)).toBe(true);
      if (!WRITER_PARTS.includes(part))
        expect({ part, same: output.get(part)!.equals(bytes) }).toEqual({ part, same: true });
    }
  });

  it("adds only the summary's worksheet, its relationships and its tables", () => {
    const added = [...output.keys()].filter((p) => !input.has(p)).sort();
    expect(added.filter((p) => !/^xl\/tables\/table\d+\.xml$/.test(p))).toEqual([
      "xl/worksheets/_rels/sheet21.xml.rels",
      "xl/worksheets/sheet21.xml",
    ]);
    expect(added.filter((p) => p.startsWith("xl/tables/")).length).toBe(description.tables.length);
  });

  it("keeps the workbook's protection, names, external links and pivot caches as they were", () => {
    const wb = output.get("xl/workbook.xml")!.toString();
    for (const el of RICH_WORKBOOK_ELEMENTS) expect(wb).toContain(el);
    expect(wb).toContain('<sheet name="Grafico" sheetId="90" r:id="rIdX3"/>');
    expect(wb).toMatch(/<definedName name="PDO_RIEPILOGO">'Riepilogo PDO'!\$A\$1<\/definedName>/);
    // The summary's print area and titles follow it, as names local to its sheet (the 22nd: index 21).
    expect(wb).toMatch(/<definedName name="_xlnm.Print_Titles" localSheetId="21">'Riepilogo PDO'!/);
    expect(wb).toMatch(/<definedName name="_xlnm.Print_Area" localSheetId="21">'Riepilogo PDO'!/);
  });

  it("keeps every content type, relationship and cell format, and the macro-enabled type", () => {
    const tag = /<(Default|Override|Relationship)\b[^>]*\/>/g;
    for (const part of ["[Content_Types].xml", "xl/_rels/workbook.xml.rels"]) {
      const after = output.get(part)!.toString();
      for (const el of elements(input.get(part)!.toString(), tag)) expect(after).toContain(el);
    }
    expect(output.get("[Content_Types].xml")!.toString()).toContain(
      '"application/vnd.ms-excel.sheet.macroEnabled.main+xml"',
    );
    const xfs = (xml: string) =>
      elements(/<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(xml)![1], /<xf\b[^>]*?(\/>|>[\s\S]*?<\/xf>)/g);
    const before = xfs(input.get("xl/styles.xml")!.toString());
    const after = xfs(output.get("xl/styles.xml")!.toString());
    expect(after.slice(0, before.length).map((x) => x.replace(/\s+/g, " "))).toEqual(
      before.map((x) => x.replace(/\s+/g, " ")),
    );
    expect(after.length).toBeGreaterThan(before.length);
    expect(before.some((x) => x.includes('quotePrefix="1"'))).toBe(true);
  });

  it("writes the summary's strings into its own cells and styles from the appended formats", async () => {
    const sheet = output.get("xl/worksheets/sheet21.xml")!.toString();
    expect(sheet).toContain("<t>Riepilogo PDO 2021</t>");
    expect(sheet).not.toMatch(/t="s"/);
    const firstNew = elements(
      /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(input.get("xl/styles.xml")!.toString())![1],
      /<xf\b/g,
    ).length;
    const styles = [...sheet.matchAll(/<c [^>]*\ss="(\d+)"/g)].map((m) => Number(m[1]));
    expect(styles.length).toBeGreaterThan(0);
    expect(Math.min(...styles)).toBeGreaterThanOrEqual(firstNew);
  });

  it("regenerates in place: same part, no second copy of the tables", async () => {
    const again = await parts((await addSummaryToPackage(out, description)).data);
    expect([...again.keys()].sort()).toEqual([...output.keys()].sort());
    const wb = again.get("xl/workbook.xml")!.toString();
    expect(wb.match(/name="Riepilogo PDO"/g)).toHaveLength(1);
    expect(wb.match(/_xlnm.Print_Titles/g)).toHaveLength(1);
    for (const part of RICH_PARTS) expect(again.get(part)!.equals(input.get(part)!)).toBe(true);
  });
});

describe("placing the summary first and active", () => {
  it("shifts sheet-local names and the active tab, and unselects the other tabs", async () => {
    const zip = await JSZip.loadAsync(rich);
    const s3 = await zip.file("xl/worksheets/sheet3.xml")!.async("string");
    zip.file(
      "xl/worksheets/sheet3.xml",
      s3.replace(
        /<dimension [^>]*\/>/,
        '$&<sheetViews><sheetView tabSelected="1" workbookViewId="0"/></sheetViews>',
      ),
    );
    const wbXml = await zip.file("xl/workbook.xml")!.async("string");
    zip.file(
      "xl/workbook.xml",
      wbXml.replace(
        /<workbookView\b[^>]*\/>/,
        '<workbookView xWindow="0" yWindow="0" windowWidth="100" windowHeight="100" activeTab="2"/>',
      ),
    );
    const input = await zip.generateAsync({ type: "nodebuffer" });
    const out = await parts(
      (await addSummaryToPackage(input, description, { first: true, activate: true })).data,
    );
    const wb = out.get("xl/workbook.xml")!.toString();
    expect(wb).toMatch(/<sheets><sheet name="Riepilogo PDO" sheetId="91" r:id="rId\d+"\/><sheet /);
    expect(wb).toContain('activeTab="0"');
    expect(wb).toContain('<definedName name="Locale" localSheetId="2">');
    expect(wb).toContain('<definedName name="_xlnm.Print_Area" localSheetId="1">');
    expect(wb).toMatch(/_xlnm.Print_Titles" localSheetId="0"/);
    expect(out.get("xl/worksheets/sheet3.xml")!.toString()).toContain('<sheetView workbookViewId="0"/>');
    expect(out.get("xl/worksheets/sheet21.xml")!.toString()).toMatch(/<sheetView tabSelected="1"/);
  });

  it("without activating, the active sheet stays the same sheet", async () => {
    const out = await parts((await addSummaryToPackage(rich, description, { first: true })).data);
    expect(out.get("xl/workbook.xml")!.toString()).toContain('activeTab="1"');
    expect(out.get("xl/worksheets/sheet21.xml")!.toString()).not.toContain("tabSelected");
  });
});

describe("packages the patcher refuses, with one line", () => {
  it.each([
    ["a zip without content types", async (z: JSZip) => z.remove("[Content_Types].xml"), /Content_Types/],
    ["no workbook", async (z: JSZip) => z.remove("xl/workbook.xml"), /no workbook part/],
    [
      "damaged workbook XML",
      async (z: JSZip) => z.file("xl/workbook.xml", "<workbook xmlns='x'><sheets>"),
      /.+/,
    ],
  ])("%s", async (_, edit, reason) => {
    const zip = await JSZip.loadAsync(await fs.readFile(SAMPLE_XLSX));
    await edit(zip);
    const data = await zip.generateAsync({ type: "nodebuffer" });
    const e = await addSummaryToPackage(data, description).catch((x) => x);
    expect(e).toBeInstanceOf(PackageError);
    expect(e.message).toMatch(reason);
    expect(e.message).not.toContain("\n");
  });
});

describe("setCells", () => {
  const sheet = (rows: string) =>
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}</sheetData><dataValidations count="1"><dataValidation sqref="C1:F1048576"/></dataValidations></worksheet>`;

  it("rewrites only the cells set, keeping their style; text never becomes a formula", () => {
    const xml = sheet(
      '<row r="2" spans="1:3"><c r="A2" s="4" t="s"><v>1</v></c><c r="B2" s="7"><f>SUM(1,2)</f><v>3</v></c></row>',
    );
    const { xml: out, replacedFormula } = setCellsInSheetXml(xml, [
      { cell: "A2", value: "=CMD()" },
      { cell: "B2", value: 2021 },
    ]);
    expect(out).toBe(
      sheet(
        '<row r="2" spans="1:3"><c r="A2" s="4" t="inlineStr"><is><t xml:space="preserve">=CMD()</t></is></c><c r="B2" s="7"><v>2021</v></c></row>',
      ),
    );
    expect(replacedFormula).toBe(true);
  });

  it("adds missing cells and rows in order, and escapes control characters", () => {
    const xml = sheet(
      '<row r="2"><c r="A2"><v>1</v></c><c r="D2"><v>4</v></c></row><row r="9" s="3" customFormat="1"/>',
    );
    const { xml: out } = setCellsInSheetXml(xml, [
      { cell: "B2", value: "a\u001b[2J<b>" },
      { cell: "E5", value: 5 },
      { cell: "A9", value: true },
    ]);
    expect(out).toBe(
      sheet(
        '<row r="2"><c r="A2"><v>1</v></c><c r="B2" t="inlineStr"><is><t xml:space="preserve">a_x001B_[2J&lt;b&gt;</t></is></c><c r="D2"><v>4</v></c></row><row r="5"><c r="E5"><v>5</v></c></row><row r="9" s="3" customFormat="1"><c r="A9" s="3" t="b"><v>1</v></c></row>',
      ),
    );
  });

  it("works with prefixed XML", () => {
    const xml =
      '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData><x:row r="1"><x:c r="A1" s="2"><x:v>1</x:v></x:c></x:row></x:sheetData></x:worksheet>';
    expect(setCellsInSheetXml(xml, [{ cell: "A1", value: "ok" }]).xml).toBe(
      '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData><x:row r="1"><x:c r="A1" s="2" t="inlineStr"><x:is><x:t xml:space="preserve">ok</x:t></x:is></x:c></x:row></x:sheetData></x:worksheet>',
    );
  });

  it("refuses what it cannot change safely", () => {
    const shared = sheet('<row r="1"><c r="A1"><f t="shared" ref="A1:A3" si="0">B1</f><v>1</v></c></row>');
    expect(() => setCellsInSheetXml(shared, [{ cell: "A1", value: 1 }])).toThrow(PackageError);
    const noRefs = sheet('<row r="1"><c><v>1</v></c><c><v>2</v></c></row>');
    expect(() => setCellsInSheetXml(noRefs, [{ cell: "A1", value: 1 }])).not.toThrow();
    expect(() => setCellsInSheetXml(noRefs, [{ cell: "D1", value: 1 }])).not.toThrow();
    const someRefs = sheet('<row r="1"><c r="A1"><v>1</v></c><c r="C1"><v>3</v></c><c><v>4</v></c></row>');
    expect(() => setCellsInSheetXml(someRefs, [{ cell: "B1", value: 2 }])).toThrow(/without references/);
  });

  it("patches a package: only that worksheet changes, the calculation chain goes with a formula", async () => {
    const zip = await JSZip.loadAsync(rich);
    zip.file(
      "xl/calcChain.xml",
      '<calcChain xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><c r="A23" i="1"/></calcChain>',
    );
    const ct = await zip.file("[Content_Types].xml")!.async("string");
    zip.file(
      "[Content_Types].xml",
      ct.replace(
        "</Types>",
        '<Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/></Types>',
      ),
    );
    const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
    zip.file(
      "xl/_rels/workbook.xml.rels",
      rels.replace(
        "</Relationships>",
        '<Relationship Id="rIdCC" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain" Target="calcChain.xml"/></Relationships>',
      ),
    );
    const input = await zip.generateAsync({ type: "nodebuffer" });
    const pkg = await XlsxPackage.load(input);
    await setCells(pkg, "Scheda 1", [{ cell: "A23", value: "fatto" }]);
    const before = await parts(input);
    const after = await parts(await pkg.toBuffer());
    const changed = [...before.keys()].filter((p) => !after.get(p)?.equals(before.get(p)!)).sort();
    expect(changed).toEqual([
      "[Content_Types].xml",
      "xl/_rels/workbook.xml.rels",
      "xl/calcChain.xml",
      "xl/worksheets/sheet1.xml",
    ]);
    expect(after.has("xl/calcChain.xml")).toBe(false);
    expect(after.get("xl/worksheets/sheet1.xml")!.toString()).toContain(
      '<c r="A23" s="2" t="inlineStr"><is><t xml:space="preserve">fatto</t></is></c>',
    );
    await expect(setCells(pkg, "Grafico", [{ cell: "A1", value: 1 }])).rejects.toThrow(/not a worksheet/);
  });

  it("puts a generated sheet without styles into a workbook that has none", async () => {
    const zip = await JSZip.loadAsync(await fs.readFile(SAMPLE_XLSX));
    zip.remove("xl/styles.xml");
    const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
    zip.file(
      "xl/_rels/workbook.xml.rels",
      rels.replace(/<Relationship [^>]*relationships\/styles"[^>]*\/>/, ""),
    );
    const input = await zip.generateAsync({ type: "nodebuffer" });
    const out = await parts((await addSummaryToPackage(input, description)).data);
    expect(out.has("xl/styles.xml")).toBe(true);
    expect(out.get("xl/_rels/workbook.xml.rels")!.toString()).toMatch(
      /relationships\/styles" Target="styles.xml"/,
    );
  });
});

const hasSoffice = spawnSync("soffice", ["--version"], { stdio: "ignore" }).status === 0;

(hasSoffice ? describe : describe.skip)("LibreOffice opens the copy", () => {
  it("with the summary sheet present and the user's sheets intact", async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), "pdo-patch-lo-"));
    try {
      const file = path.join(dir, "copia.xlsm");
      await fs.writeFile(
        file,
        (await addSummaryToPackage(rich, description, { first: true, activate: true })).data,
      );
      const r = spawnSync(
        "soffice",
        [
          `-env:UserInstallation=file://${path.join(dir, "profile")}`,
          "--headless",
          "--convert-to",
          "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
          "--outdir",
          dir,
          file,
        ],
        { encoding: "utf8", timeout: 170_000 },
      );
      expect({ status: r.status, out: r.stdout + r.stderr }).toMatchObject({
        status: 0,
        out: expect.stringContaining("Riepilogo PDO"),
      });
      const summary = await fs.readFile(path.join(dir, "copia-Riepilogo PDO.csv"), "utf8");
      expect(summary).toContain("Riepilogo PDO 2021");
      expect(summary).toContain("Censimento aree stradali");
      expect(await fs.readFile(path.join(dir, "copia-Scheda 1.csv"), "utf8")).toContain(
        "SCHEDA OBIETTIVO GESTIONALE",
      );
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  }, 180_000);
});
