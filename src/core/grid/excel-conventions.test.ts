import {
  dateToSerial,
  isMarkerName,
  isNumberedSheetName,
  isoDateToSerial,
  isoToSerial,
  isoToUtcDate,
  nextMarkerName,
  numberedSheetName,
  sanitizeSheetName,
  serialToIso,
  sheetOfReference,
  sheetReference,
  uniqueTableName,
} from "./excel-conventions";

describe("serial dates", () => {
  it("converts both ways in the 1900 system", () => {
    expect(isoDateToSerial("1900-03-01")).toBe(61);
    expect(isoDateToSerial("2021-06-30")).toBe(44377);
    expect(isoDateToSerial("30/06/2021")).toBeNull();
    expect(isoToSerial("2021-06-30")).toBe(44377);
    expect(serialToIso(44377)).toBe("2021-06-30");
    expect(serialToIso(0)).toBeNull();
    expect(dateToSerial(new Date(Date.UTC(2021, 5, 30, 12)))).toBe(44377.5);
    expect(isoToUtcDate("2021-12-31")).toEqual(new Date(Date.UTC(2021, 11, 31)));
    expect(isoToUtcDate("2021-12-31 ")).toBeNull();
  });
});

describe("sheet names and references", () => {
  it("makes names Excel accepts", () => {
    expect(sanitizeSheetName("Riepilogo [2021/22]: PDO?")).toBe("Riepilogo 2021 22 PDO");
    expect(sanitizeSheetName("Riepilogo: PDO/2021?")).toBe("Riepilogo PDO 2021");
    expect(sanitizeSheetName("'x'")).toBe("x");
    expect(sanitizeSheetName("  ")).toBe("Riepilogo PDO");
    expect(sanitizeSheetName("'''", "Riepilogo")).toBe("Riepilogo");
    expect(sanitizeSheetName("a".repeat(40))).toHaveLength(31);
  });

  it("numbers a name until one is usable, shortened to 31 characters", () => {
    const taken = new Set(["Riepilogo PDO", "Riepilogo PDO (2)"]);
    expect(numberedSheetName("Riepilogo PDO", (n) => !taken.has(n))).toBe("Riepilogo PDO (3)");
    expect(numberedSheetName("a".repeat(31), (n) => n !== "a".repeat(31))).toBe(`${"a".repeat(27)} (2)`);
    expect(isNumberedSheetName("riepilogo pdo (12)", "Riepilogo PDO")).toBe(true);
    expect(isNumberedSheetName("Riepilogo PDO marzo", "Riepilogo PDO")).toBe(false);
  });

  it("quotes references and reads the sheet back, or null once it is #REF!", () => {
    expect(sheetReference("L'ufficio", "C22")).toBe("'L''ufficio'!C22");
    expect(sheetOfReference("='Riepilogo PDO'!$A$1")).toBe("Riepilogo PDO");
    expect(sheetOfReference("=Riepilogo!$A$1")).toBe("Riepilogo");
    expect(sheetOfReference("='L''ufficio'!$A$1")).toBe("L'ufficio");
    expect(sheetOfReference("'L''anno'!$A$1")).toBe("L'anno");
    expect(sheetOfReference("Foglio1!$A$1")).toBe("Foglio1");
    expect(sheetOfReference("=#REF!$A$1")).toBeNull();
    expect(sheetOfReference("#REF!$A$1")).toBeNull();
    expect(sheetOfReference("=#REF!")).toBeNull();
    expect(sheetOfReference("#REF!")).toBeNull();
    expect(sheetOfReference(42)).toBeNull();
  });

  it("makes table names unique without regard to case", () => {
    const taken = new Set(["PDO_SCHEDE"]);
    expect(uniqueTableName("PDO_Schede", taken)).toBe("PDO_Schede_2");
    expect(uniqueTableName("1 tabella", taken)).toBe("_1_tabella");
    // Letters of any script stay, without \p{L} (ES2017 webviews).
    expect(uniqueTableName("Attività città", taken)).toBe("Attività_città");
    expect(uniqueTableName("Πίνακας-1", taken)).toBe("Πίνακας_1");
  });
});

describe("generated-sheet markers", () => {
  it("recognises its names and numbers new ones", () => {
    expect(isMarkerName("PDO_GENERATED_3")).toBe(true);
    expect(isMarkerName("PDO_GENERATED_X")).toBe(false);
    expect(isMarkerName("pdo_riepilogo", "PDO_RIEPILOGO")).toBe(true);
    expect(nextMarkerName(["PDO_GENERATED_1", "PDO_GENERATED_3", "Altro"])).toBe("PDO_GENERATED_2");
    expect(nextMarkerName([], "PDO_RIEPILOGO")).toBe("PDO_RIEPILOGO");
  });
});
