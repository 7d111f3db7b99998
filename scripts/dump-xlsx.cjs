const ExcelJS = require("exceljs");
(async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(process.argv[2]);
  const only = process.argv[3];
  wb.eachSheet((ws) => {
    if (only && ws.name !== only) return;
    console.log(
      `===== ${ws.name} dims=${ws.dimensions && ws.dimensions.range} rows=${ws.rowCount} cols=${ws.columnCount} state=${ws.state}`,
    );
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      const cells = [];
      row.eachCell({ includeEmpty: false }, (c, col) => {
        let v = c.value;
        if (v && typeof v === "object") v = JSON.stringify(v).slice(0, 80);
        else if (typeof v === "string") v = v.replace(/\n/g, "⏎").slice(0, 60);
        const fmt = c.numFmt && c.numFmt !== "General" ? ` {${c.numFmt}}` : "";
        cells.push(`${c.address}=${typeof c.value === "number" ? "#" : ""}${v}${fmt}`);
      });
      console.log(`${r}: ${cells.join(" | ")}`);
    });
  });
})();
