/**
 * Lays sections out one below the other and keeps what a renderer needs: blocks, tables, heat
 * maps, charts, and column widths sized from the content (capped, so long text wraps).
 */
import type {
  BlockSpec,
  CellSpec,
  ChartSpec,
  DataBarSpec,
  HeatMapSpec,
  SheetDescription,
  TableSpec,
} from "./description";

const MIN_WIDTH = 5;
const MAX_WIDTH = 48;
/** Long text wraps at this width rather than widening its column further. */
const WRAP_WIDTH = 42;

/** Characters a cell wants, or 0 when it may spill over its neighbours (titles, labels). */
export function desiredWidth(cell: CellSpec): number {
  if (cell.v === null || cell.v === "") return 0;
  if (cell.style === "title" || cell.style === "subtitle" || cell.style === "muted") return 0;
  if (typeof cell.v === "number") {
    if (cell.format?.includes("%")) return 7;
    if (cell.format?.includes('"')) return cell.format.length + 2;
    return String(Math.round(cell.v)).length + 3;
  }
  if (typeof cell.v === "boolean") return 7;
  if (cell.format && /d/.test(cell.format)) return 12;
  const text = cell.v;
  const longestWord = Math.max(...text.split(/\s+/).map((w) => w.length));
  if (cell.style === "header") {
    // Headers wrap on words: the longest word, or a third of the text so it takes at most ~3 lines.
    return Math.max(longestWord, Math.ceil(text.length / 3)) + 2;
  }
  const longestLine = Math.max(...text.split("\n").map((l) => l.length));
  return cell.wrap ? Math.min(longestLine, WRAP_WIDTH) + 2 : longestLine + 2;
}

export class SheetBuilder {
  /** The next free row. */
  row = 0;
  private readonly blocks: BlockSpec[] = [];
  private readonly tables: TableSpec[] = [];
  private readonly heatMaps: HeatMapSpec[] = [];
  private readonly charts: ChartSpec[] = [];
  private readonly dataBars: DataBarSpec[] = [];
  private readonly widths: number[] = [];
  private readonly limits: number[] = [];
  private readonly fixed: number[] = [];

  /** Put a rectangle of cells at the cursor (rows padded to the same length) and move below it. */
  addBlock(cells: CellSpec[][], col = 0): BlockSpec {
    const cols = Math.max(1, ...cells.map((r) => r.length));
    const padded = cells.map((r) => [...r, ...Array.from({ length: cols - r.length }, () => ({ v: null }))]);
    const block: BlockSpec = { row: this.row, col, cells: padded };
    this.blocks.push(block);
    padded.forEach((r) => r.forEach((cell, i) => this.measure(col + i, cell)));
    this.row += padded.length;
    return block;
  }

  /** A table: a header row of unique names, then at least one data row. */
  addTable(name: string, headers: string[], rows: CellSpec[][], col = 0): TableSpec {
    if (rows.length === 0) throw new Error(`table ${name} needs at least one row`);
    const header = headers.map((h): CellSpec => ({ v: h, style: "header", wrap: true }));
    const block = this.addBlock([header, ...rows], col);
    const table: TableSpec = { name, row: block.row, col, rows: rows.length + 1, cols: headers.length };
    this.tables.push(table);
    return table;
  }

  addHeatMap(spec: HeatMapSpec): void {
    this.heatMaps.push(spec);
  }

  addChart(spec: ChartSpec): void {
    this.charts.push(spec);
  }

  addDataBar(spec: DataBarSpec): void {
    this.dataBars.push(spec);
  }

  /** A column of this width whatever its content (the printed columns are laid out for the page). */
  fixWidth(col: number, width: number): void {
    this.fixed[col] = width;
  }

  /** Keep a column narrow whatever its content (its text wraps). */
  limitWidth(col: number, max: number): void {
    this.limits[col] = Math.min(this.limits[col] ?? MAX_WIDTH, max);
  }

  skip(rows = 1): void {
    this.row += rows;
  }

  private measure(col: number, cell: CellSpec): void {
    const w = desiredWidth(cell);
    this.widths[col] = Math.max(this.widths[col] ?? 0, w);
  }

  build(name: string, freezeRows: number): SheetDescription {
    const columns = Math.max(this.widths.length, this.fixed.length);
    const columnWidths = Array.from(
      { length: columns },
      (_, col) =>
        this.fixed[col] ??
        Math.max(MIN_WIDTH, Math.min(this.limits[col] ?? MAX_WIDTH, this.widths[col] ?? 0)),
    );
    return {
      name,
      columnWidths,
      blocks: this.blocks,
      tables: this.tables,
      heatMaps: this.heatMaps,
      dataBars: this.dataBars,
      charts: this.charts,
      freezeRows,
    };
  }
}
