/**
 * A workbook package carrying the parts a re-serialising writer loses (issue 15), made by
 * editing package XML: charts (in a sheet and as a chart sheet), a pivot table and its cache,
 * shapes, an OLE attachment, an external link and a formula using it, macros (.xlsm), notes and
 * threaded comments, defined names of every kind, custom XML and document properties, Excel 2010
 * validations and sparklines, page breaks, quotePrefix, internal hyperlinks with tooltips,
 * workbook and sheet protection, a user's table (headers, filter buttons, a calculated column),
 * a containsText conditional format and a validation over two ranges.
 */
import JSZip from "jszip";

const NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG = "http://schemas.openxmlformats.org/package/2006/relationships";
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

const chart = (title: string) =>
  `${XML}<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${R}"><c:chart><c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>${title}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:ser><c:idx val="0"/><c:order val="0"/><c:val><c:numRef><c:f>'Scheda 1'!$B$3:$B$5</c:f></c:numRef></c:val></c:ser><c:axId val="1"/><c:axId val="2"/></c:barChart><c:catAx><c:axId val="1"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:axPos val="b"/><c:crossAx val="2"/></c:catAx><c:valAx><c:axId val="2"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:axPos val="l"/><c:crossAx val="1"/></c:valAx></c:plotArea></c:chart></c:chartSpace>`;

const drawing = (withShape: boolean) =>
  `${XML}<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${R}" xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"><xdr:twoCellAnchor><xdr:from><xdr:col>7</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>13</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>15</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to><xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Grafico 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>${
    withShape
      ? `<xdr:twoCellAnchor><xdr:from><xdr:col>7</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>17</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>10</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>20</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to><xdr:sp macro="" textlink=""><xdr:nvSpPr><xdr:cNvPr id="3" name="CasellaDiTesto 2"/><xdr:cNvSpPr txBox="1"/></xdr:nvSpPr><xdr:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr><xdr:txBody><a:bodyPr/><a:p><a:r><a:t>Nota del servizio</a:t></a:r></a:p></xdr:txBody></xdr:sp><xdr:clientData/></xdr:twoCellAnchor>`
      : ""
  }</xdr:wsDr>`;

const rels = (items: [string, string, string, boolean?][]) =>
  `${XML}<Relationships xmlns="${PKG}">${items
    .map(
      ([id, type, target, external]) =>
        `<Relationship Id="${id}" Type="${type}" Target="${target}"${external ? ' TargetMode="External"' : ""}/>`,
    )
    .join("")}</Relationships>`;

const T = (t: string) => `http://schemas.openxmlformats.org/officeDocument/2006/relationships/${t}`;

/** The parts `richPackage` adds or changes that every copy must keep byte for byte. */
export const RICH_PARTS = [
  "xl/charts/chart1.xml",
  "xl/charts/chart2.xml",
  "xl/drawings/drawing1.xml",
  "xl/drawings/drawing2.xml",
  "xl/chartsheets/sheet1.xml",
  "xl/pivotTables/pivotTable1.xml",
  "xl/pivotCache/pivotCacheDefinition1.xml",
  "xl/pivotCache/pivotCacheRecords1.xml",
  "xl/embeddings/oleObject1.bin",
  "xl/externalLinks/externalLink1.xml",
  "xl/vbaProject.bin",
  "xl/comments1.xml",
  "xl/threadedComments/threadedComment1.xml",
  "xl/persons/person.xml",
  "xl/drawings/vmlDrawing1.vml",
  "customXml/item1.xml",
  "docProps/custom.xml",
  "xl/worksheets/sheet1.xml",
  "xl/worksheets/sheet2.xml",
  "xl/worksheets/_rels/sheet2.xml.rels",
  "xl/tables/table1.xml",
];

/** Workbook-level XML the copy must keep as it was (compared element by element). */
export const RICH_WORKBOOK_ELEMENTS = [
  '<workbookProtection lockStructure="1" workbookAlgorithmName="SHA-512" workbookHashValue="aGFzaA==" workbookSaltValue="c2FsdA==" workbookSpinCount="100000"/>',
  '<definedName name="IVA">0.22</definedName>',
  '<definedName name="Trimestri">{1,2,3,4}</definedName>',
  '<definedName name="Doppio">[1]Bilancio!$B$1*2</definedName>',
  '<definedName name="Locale" localSheetId="1">\'Scheda 2\'!$A$1</definedName>',
  '<definedName name="Nascosto" hidden="1">\'Scheda 1\'!$C$3</definedName>',
  '<definedName name="_xlnm.Print_Area" localSheetId="0">\'Scheda 1\'!$A$1:$F$23</definedName>',
  '<externalReferences><externalReference r:id="rIdX1"/></externalReferences>',
  '<pivotCaches><pivotCache cacheId="5" r:id="rIdX2"/></pivotCaches>',
];

/**
 * Add the rich parts to an .xlsx whose first two worksheets are xl/worksheets/sheet1.xml and
 * sheet2.xml (as ExcelJS and Excel write them), and make it a macro-enabled workbook.
 */
export async function richPackage(xlsx: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(xlsx);
  const text = async (p: string) => zip.file(p)!.async("string");
  const put = (p: string, s: string | Buffer) => zip.file(p, s, { createFolders: false });

  put("xl/charts/chart1.xml", chart("Avanzamento"));
  put("xl/charts/chart2.xml", chart("Grafico foglio"));
  put("xl/drawings/drawing1.xml", drawing(true));
  put("xl/drawings/_rels/drawing1.xml.rels", rels([["rId1", T("chart"), "../charts/chart1.xml"]]));
  put("xl/drawings/drawing2.xml", drawing(false));
  put("xl/drawings/_rels/drawing2.xml.rels", rels([["rId1", T("chart"), "../charts/chart2.xml"]]));
  put(
    "xl/chartsheets/sheet1.xml",
    `${XML}<chartsheet xmlns="${NS_MAIN}" xmlns:r="${R}"><sheetPr/><sheetViews><sheetView workbookViewId="0"/></sheetViews><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><drawing r:id="rId1"/></chartsheet>`,
  );
  put("xl/chartsheets/_rels/sheet1.xml.rels", rels([["rId1", T("drawing"), "../drawings/drawing2.xml"]]));
  put(
    "xl/pivotCache/pivotCacheDefinition1.xml",
    `${XML}<pivotCacheDefinition xmlns="${NS_MAIN}" xmlns:r="${R}" r:id="rId1" refreshOnLoad="1" recordCount="2"><cacheSource type="worksheet"><worksheetSource ref="A3:B5" sheet="Scheda 1"/></cacheSource><cacheFields count="2"><cacheField name="ANAGRAFICA" numFmtId="0"><sharedItems/></cacheField><cacheField name="SETTORE" numFmtId="0"><sharedItems/></cacheField></cacheFields></pivotCacheDefinition>`,
  );
  put("xl/pivotCache/pivotCacheRecords1.xml", `${XML}<pivotCacheRecords xmlns="${NS_MAIN}" count="0"/>`);
  put(
    "xl/pivotCache/_rels/pivotCacheDefinition1.xml.rels",
    rels([["rId1", T("pivotCacheRecords"), "pivotCacheRecords1.xml"]]),
  );
  put(
    "xl/pivotTables/pivotTable1.xml",
    `${XML}<pivotTableDefinition xmlns="${NS_MAIN}" name="Pivot1" cacheId="5" dataCaption="Valori" applyNumberFormats="0" applyBorderFormats="0" applyFontFormats="0" applyPatternFormats="0" applyAlignmentFormats="0" applyWidthHeightFormats="1" updatedVersion="6" createdVersion="6"><location ref="H30:I31" firstHeaderRow="1" firstDataRow="1" firstDataCol="0"/><pivotFields count="2"><pivotField showAll="0"/><pivotField showAll="0"/></pivotFields></pivotTableDefinition>`,
  );
  put(
    "xl/pivotTables/_rels/pivotTable1.xml.rels",
    rels([["rId1", T("pivotCacheDefinition"), "../pivotCache/pivotCacheDefinition1.xml"]]),
  );
  put("xl/embeddings/oleObject1.bin", Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 1, 2, 3, 4, 5, 6, 7, 8]));
  put(
    "xl/externalLinks/externalLink1.xml",
    `${XML}<externalLink xmlns="${NS_MAIN}" xmlns:r="${R}"><externalBook r:id="rId1"><sheetNames><sheetName val="Bilancio"/></sheetNames><sheetDataSet><sheetData sheetId="0"><row r="1"><cell r="B1"><v>100</v></cell></row></sheetData></sheetDataSet></externalBook></externalLink>`,
  );
  put(
    "xl/externalLinks/_rels/externalLink1.xml.rels",
    rels([["rId1", T("externalLinkPath"), "Bilancio%202021.xlsx", true]]),
  );
  put("xl/vbaProject.bin", Buffer.from("not really VBA, but bytes to keep\u0000\u0001", "latin1"));
  put(
    "xl/comments1.xml",
    `${XML}<comments xmlns="${NS_MAIN}"><authors><author>Loredana Bianchi</author><author>tc={6A1B}</author></authors><commentList><comment ref="B3" authorId="0"><text><t>Nota in testo semplice</t></text></comment><comment ref="C3" authorId="1"><text><t>[Threaded comment] Verificare</t></text></comment></commentList></comments>`,
  );
  put(
    "xl/threadedComments/threadedComment1.xml",
    `${XML}<ThreadedComments xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments"><threadedComment ref="C3" dT="2021-01-15T10:00:00.00" personId="{00000000-0000-0000-0000-000000000001}" id="{6A1B}"><text>Verificare</text></threadedComment></ThreadedComments>`,
  );
  put(
    "xl/persons/person.xml",
    `${XML}<personList xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments"><person displayName="Franco Zucchermaglio" id="{00000000-0000-0000-0000-000000000001}" userId="fz" providerId="None"/></personList>`,
  );
  put(
    "xl/drawings/vmlDrawing1.vml",
    `<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"><v:shape type="#_x0000_t202" style="visibility:visible"><x:ClientData ObjectType="Note"><x:Visible/><x:Row>2</x:Row><x:Column>1</x:Column></x:ClientData></v:shape></xml>`,
  );
  put("customXml/item1.xml", `<?xml version="1.0"?><label xmlns="urn:classification">Uso interno</label>`);
  put(
    "docProps/custom.xml",
    `${XML}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="Classificazione"><vt:lpwstr>Uso interno</vt:lpwstr></property></Properties>`,
  );

  // Sheet 1: a drawing with chart and text box, an OLE object, notes, protection, page breaks,
  // internal hyperlinks with a tooltip, an external-link formula, x14 validations and sparklines.
  put(
    "xl/worksheets/_rels/sheet1.xml.rels",
    rels([
      ["rIdD", T("drawing"), "../drawings/drawing1.xml"],
      ["rIdO", T("oleObject"), "../embeddings/oleObject1.bin"],
      ["rIdC", T("comments"), "../comments1.xml"],
      ["rIdV", T("vmlDrawing"), "../drawings/vmlDrawing1.vml"],
      [
        "rIdT",
        "http://schemas.microsoft.com/office/2017/10/relationships/threadedComment",
        "../threadedComments/threadedComment1.xml",
      ],
      ["rIdP", T("pivotTable"), "../pivotTables/pivotTable1.xml"],
    ]),
  );
  let s1 = await text("xl/worksheets/sheet1.xml");
  s1 = s1.replace(
    /<c r="A23"([^>]*?)(?: t="s")?>.*?<\/c>/,
    // `$$` is a dollar in a replacement string (`$1` would be the group).
    '<c r="A23"$1><f>[1]Bilancio!$$B$$1*2</f><v>200</v></c>',
  );
  s1 = s1.replace(
    "</sheetData>",
    '</sheetData><sheetProtection password="CC3D" sheet="1" objects="1" scenarios="1"/>',
  );
  s1 = s1.replace(
    /(<pageMargins[^>]*\/>)/,
    '<hyperlinks><hyperlink ref="A1" location="\'Scheda 2\'!A1" tooltip="Vai alla scheda 2" display="Scheda 2"/></hyperlinks>$1',
  );
  s1 = s1.replace(
    /<\/worksheet>$/,
    `<rowBreaks count="1" manualBreakCount="1"><brk id="12" max="16383" man="1"/></rowBreaks><drawing r:id="rIdD"/><legacyDrawing r:id="rIdV"/><oleObjects><oleObject progId="Package" shapeId="1025" r:id="rIdO"/></oleObjects><extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:dataValidations count="1" xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"><x14:dataValidation type="list" allowBlank="1"><x14:formula1><xm:f>'Scheda 2'!$A$1:$A$5</xm:f></x14:formula1><xm:sqref>D5:D9</xm:sqref></x14:dataValidation></x14:dataValidations></ext><ext uri="{05C60535-1F16-4fd2-B633-F4F36F0B64E0}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:sparklineGroups xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"><x14:sparklineGroup><x14:sparklines><x14:sparkline><xm:f>'Scheda 1'!B3:F3</xm:f><xm:sqref>G3</xm:sqref></x14:sparkline></x14:sparklines></x14:sparklineGroup></x14:sparklineGroups></ext></extLst></worksheet>`,
  );
  put("xl/worksheets/sheet1.xml", s1);
  // Sheet 2: a legacy sheet password, and a LibreOffice-style protection; a user's table with
  // headers, filter buttons and a calculated column (H3:J5); a containsText conditional format;
  // one validation over two ranges.
  const tableCells: Record<number, string> = {
    3: '<c r="H3" t="inlineStr"><is><t>Voce</t></is></c><c r="I3" t="inlineStr"><is><t>Importo</t></is></c><c r="J3" t="inlineStr"><is><t>IVA</t></is></c>',
    4: '<c r="H4" t="inlineStr"><is><t>Carta</t></is></c><c r="I4"><v>100</v></c><c r="J4"><f>I4*0.22</f><v>22</v></c>',
    5: '<c r="H5" t="inlineStr"><is><t>Toner</t></is></c><c r="I5"><v>50</v></c><c r="J5"><f>I5*0.22</f><v>11</v></c>',
  };
  let s2 = await text("xl/worksheets/sheet2.xml");
  for (const [row, cells] of Object.entries(tableCells))
    s2 = s2.replace(
      new RegExp(`(<row r="${row}"[^>]*?)(?: spans="[^"]*")?([^>]*>[\\s\\S]*?)</row>`),
      `$1 spans="1:10"$2${cells}</row>`,
    );
  s2 = s2
    .replace(
      "</sheetData>",
      '</sheetData><sheetProtection sheet="true" password="CC3D" objects="true" scenarios="true" formatColumns="false"/>',
    )
    .replace(
      /(<pageMargins)/,
      '<conditionalFormatting sqref="A1:F19"><cfRule type="containsText" priority="1" operator="containsText" text="ritardo"><formula>NOT(ISERROR(SEARCH("ritardo",A1)))</formula></cfRule></conditionalFormatting><dataValidations count="1"><dataValidation type="list" allowBlank="1" showErrorMessage="1" sqref="C13:F15 C20:F22"><formula1>"X"</formula1></dataValidation></dataValidations>$1',
    )
    .replace(/<\/worksheet>$/, '<tableParts count="1"><tablePart r:id="rIdTb"/></tableParts></worksheet>');
  put("xl/worksheets/sheet2.xml", s2);
  put("xl/worksheets/_rels/sheet2.xml.rels", rels([["rIdTb", T("table"), "../tables/table1.xml"]]));
  put(
    "xl/tables/table1.xml",
    `${XML}<table xmlns="${NS_MAIN}" id="1" name="Spese" displayName="Spese" ref="H3:J5" totalsRowShown="0"><autoFilter ref="H3:J5"/><tableColumns count="3"><tableColumn id="1" name="Voce"/><tableColumn id="2" name="Importo"/><tableColumn id="3" name="IVA"><calculatedColumnFormula>Spese[[#This Row],[Importo]]*0.22</calculatedColumnFormula></tableColumn></tableColumns><tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>`,
  );

  // The workbook: a chart sheet, protection, names, the external link and the pivot cache.
  let wb = await text("xl/workbook.xml");
  wb = wb.replace(
    "</sheets>",
    '<sheet name="Grafico" sheetId="90" r:id="rIdX3"/></sheets><externalReferences><externalReference r:id="rIdX1"/></externalReferences><definedNames><definedName name="IVA">0.22</definedName><definedName name="Trimestri">{1,2,3,4}</definedName><definedName name="Doppio">[1]Bilancio!$B$1*2</definedName><definedName name="Locale" localSheetId="1">\'Scheda 2\'!$A$1</definedName><definedName name="Nascosto" hidden="1">\'Scheda 1\'!$C$3</definedName><definedName name="_xlnm.Print_Area" localSheetId="0">\'Scheda 1\'!$A$1:$F$23</definedName></definedNames>',
  );
  wb = wb.replace(
    /(<workbookPr\b[^>]*\/>)/,
    '$1<workbookProtection lockStructure="1" workbookAlgorithmName="SHA-512" workbookHashValue="aGFzaA==" workbookSaltValue="c2FsdA==" workbookSpinCount="100000"/>',
  );
  wb = wb.includes("<calcPr")
    ? wb.replace(/(<calcPr[^>]*\/>)/, '$1<pivotCaches><pivotCache cacheId="5" r:id="rIdX2"/></pivotCaches>')
    : wb.replace(
        "</workbook>",
        '<pivotCaches><pivotCache cacheId="5" r:id="rIdX2"/></pivotCaches></workbook>',
      );
  put("xl/workbook.xml", wb);
  put(
    "xl/_rels/workbook.xml.rels",
    (await text("xl/_rels/workbook.xml.rels")).replace(
      "</Relationships>",
      `<Relationship Id="rIdX1" Type="${T("externalLink")}" Target="externalLinks/externalLink1.xml"/><Relationship Id="rIdX2" Type="${T("pivotCacheDefinition")}" Target="pivotCache/pivotCacheDefinition1.xml"/><Relationship Id="rIdX3" Type="${T("chartsheet")}" Target="chartsheets/sheet1.xml"/><Relationship Id="rIdX4" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/><Relationship Id="rIdX5" Type="http://schemas.microsoft.com/office/2017/10/relationships/person" Target="persons/person.xml"/></Relationships>`,
    ),
  );
  put(
    "_rels/.rels",
    (await text("_rels/.rels")).replace(
      "</Relationships>",
      `<Relationship Id="rIdY1" Type="${T("custom-properties")}" Target="docProps/custom.xml"/><Relationship Id="rIdY2" Type="${T("customXml")}" Target="customXml/item1.xml"/></Relationships>`,
    ),
  );
  // quotePrefix: the last cell format keeps a leading apostrophe.
  put(
    "xl/styles.xml",
    (await text("xl/styles.xml"))
      .replace(
        /<\/cellXfs>/,
        '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" quotePrefix="1" applyAlignment="1"/></cellXfs>',
      )
      .replace(/<cellXfs count="(\d+)"/, (_, n) => `<cellXfs count="${Number(n) + 1}"`),
  );
  const types = await text("[Content_Types].xml");
  const ct = types
    .replace(
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
      "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
    )
    .replace(
      "</Types>",
      [
        // A second Default for one extension makes the package invalid (LibreOffice refuses it).
        ...[
          ["bin", "application/vnd.ms-office.vbaProject"],
          ["vml", "application/vnd.openxmlformats-officedocument.vmlDrawing"],
        ]
          .filter(([ext]) => !types.includes(`Extension="${ext}"`))
          .map(([ext, t]) => `<Default Extension="${ext}" ContentType="${t}"/>`),
        ...[
          ["/xl/charts/chart1.xml", "application/vnd.openxmlformats-officedocument.drawingml.chart+xml"],
          ["/xl/charts/chart2.xml", "application/vnd.openxmlformats-officedocument.drawingml.chart+xml"],
          ["/xl/drawings/drawing1.xml", "application/vnd.openxmlformats-officedocument.drawing+xml"],
          ["/xl/drawings/drawing2.xml", "application/vnd.openxmlformats-officedocument.drawing+xml"],
          [
            "/xl/chartsheets/sheet1.xml",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.chartsheet+xml",
          ],
          [
            "/xl/pivotTables/pivotTable1.xml",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.pivotTable+xml",
          ],
          [
            "/xl/pivotCache/pivotCacheDefinition1.xml",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheDefinition+xml",
          ],
          [
            "/xl/pivotCache/pivotCacheRecords1.xml",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheRecords+xml",
          ],
          ["/xl/embeddings/oleObject1.bin", "application/vnd.openxmlformats-officedocument.oleObject"],
          [
            "/xl/externalLinks/externalLink1.xml",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml",
          ],
          ["/xl/comments1.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"],
          ["/xl/threadedComments/threadedComment1.xml", "application/vnd.ms-excel.threadedcomments+xml"],
          ["/xl/persons/person.xml", "application/vnd.ms-excel.person+xml"],
          ["/docProps/custom.xml", "application/vnd.openxmlformats-officedocument.custom-properties+xml"],
          ["/xl/tables/table1.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml"],
        ].map(([p, t]) => `<Override PartName="${p}" ContentType="${t}"/>`),
        "</Types>",
      ].join(""),
    );
  put("[Content_Types].xml", ct);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}
