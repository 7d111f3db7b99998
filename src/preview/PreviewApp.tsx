/**
 * The preview host: an in-memory workbook (the sample fixture, or a file the person opens) shown
 * as a grid with sheet tabs, and beside it the real task pane working on that workbook.
 */
import * as React from "react";
import { Button, FluentProvider, Input, makeStyles, tokens, type Theme } from "@fluentui/react-components";
import type { UiLanguage } from "../i18n";
import { format } from "../i18n/format";
import { App } from "../taskpane/App";
import type { CoreServices } from "../core";
import { GridView } from "./GridView";
import { DocumentSettings } from "./DocumentSettings";
import { cellValue } from "./grid-edit";
import { gridsFromXlsx } from "./load-xlsx";
import type { MemoryWorkbook } from "./memory-workbook";
import { previewText } from "./strings";

const useStyles = makeStyles({
  page: {
    display: "flex",
    height: "100vh",
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
  },
  workbook: {
    // In Excel the pane is a document of its own: what changes in it does not lay out or paint
    // the workbook again, and here neither. What does not fit scrolls (containment clips).
    contain: "strict",
    overflowY: "auto",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    flexGrow: 1,
    minWidth: 0,
    padding: tokens.spacingHorizontalM,
  },
  toolbar: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalM },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  selection: { fontFamily: tokens.fontFamilyMonospace },
  tabs: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXXS },
  pane: {
    // Excel's task pane is about 350 px wide, and a document of its own: what changes in it is
    // laid out and painted without the workbook beside it.
    width: "350px",
    contain: "strict",
    flexShrink: 0,
    overflowY: "auto",
    borderLeft: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
  },
  error: { color: tokens.colorStatusDangerForeground1 },
});

export interface PreviewAppProps {
  workbook: MemoryWorkbook;
  services: CoreServices;
  language: UiLanguage;
  theme: Theme;
  /** The workbook to load at start, or null for an empty one. */
  sampleUrl: string | null;
}

export function PreviewApp(props: PreviewAppProps) {
  const styles = useStyles();
  const { workbook } = props;
  const snapshot = React.useSyncExternalStore(workbook.subscribe, workbook.getSnapshot);
  const [status, setStatus] = React.useState<"loading" | "ready" | { error: string }>(
    props.sampleUrl ? "loading" : "ready",
  );
  const active = snapshot.sheets.find((s) => s.name === snapshot.activeSheet);
  // The cell editor starts from the selected cell's value, and again whenever the selection or
  // the sheet's content changes (React's "adjusting state when a prop changes", not an effect).
  const cellText = active ? String(cellValue(active, snapshot.selectedCell)) : "";
  const [draft, setDraft] = React.useState(cellText);
  const [draftOf, setDraftOf] = React.useState({ active, cell: snapshot.selectedCell });
  if (draftOf.active !== active || draftOf.cell !== snapshot.selectedCell) {
    setDraftOf({ active, cell: snapshot.selectedCell });
    setDraft(cellText);
  }
  // Each workbook opened gets a fresh pane: no result of the previous one stays on screen.
  const [loads, setLoads] = React.useState(0);

  const load = React.useCallback(
    async (bytes: ArrayBuffer) => {
      try {
        workbook.load(await gridsFromXlsx(bytes));
        setLoads((n) => n + 1);
        setStatus("ready");
      } catch (error) {
        setStatus(failed(error));
      }
    },
    [workbook],
  );
  const open = (bytes: () => Promise<ArrayBuffer>) => {
    setStatus("loading");
    bytes().then(load, (error) => setStatus(failed(error)));
  };

  // The sample is fetched once at start (the status starts as "loading" when there is one).
  React.useEffect(() => {
    const url = props.sampleUrl;
    if (!url) return;
    fetch(url)
      .then((r) => r.arrayBuffer())
      .then(load, (error) => setStatus(failed(error)));
  }, [props.sampleUrl, load]);

  return (
    <FluentProvider theme={props.theme}>
      <div className={styles.page}>
        <section className={styles.workbook} aria-label={previewText.workbookLabel}>
          <h1 className={styles.title}>{previewText.pageTitle}</h1>
          <div className={styles.toolbar}>
            <label>
              {previewText.openFile}{" "}
              <input
                type="file"
                accept=".xlsx"
                onChange={(e) => {
                  const file = e.target.files?.[0];
                  if (file) open(() => file.arrayBuffer());
                }}
              />
            </label>
            <span>
              {previewText.selectionLabel}:{" "}
              <output className={styles.selection} data-testid="selection">
                {snapshot.activeSheet}!{snapshot.selectedCell}
              </output>
            </span>
            <form
              className={styles.toolbar}
              onSubmit={(e) => {
                e.preventDefault();
                if (active) workbook.setCell(active.name, snapshot.selectedCell, draft);
              }}
            >
              <Input
                aria-label={`${previewText.cellValueLabel} ${snapshot.selectedCell}`}
                value={draft}
                onChange={(_, d) => setDraft(d.value)}
                data-testid="cell-editor"
              />
              <Button type="submit">{previewText.writeCell}</Button>
            </form>
          </div>
          <div data-testid="workbook-status" data-status={typeof status === "string" ? status : "error"}>
            {status === "loading" && previewText.loading}
            {typeof status === "object" && (
              <span className={styles.error}>
                {format(previewText.loadFailed, { message: status.error })}
              </span>
            )}
          </div>
          {active && (
            <GridView
              grid={active}
              selectedCell={snapshot.selectedCell}
              onSelect={(cell) => void workbook.select(active.name, cell)}
            />
          )}
          <nav className={styles.tabs} aria-label={previewText.sheetsLabel}>
            {snapshot.sheets.map((sheet) => (
              <Button
                key={sheet.name}
                size="small"
                appearance={sheet.name === snapshot.activeSheet ? "primary" : "secondary"}
                aria-current={sheet.name === snapshot.activeSheet ? "page" : undefined}
                data-testid="sheet-tab"
                onClick={() => workbook.activate(sheet.name)}
              >
                {snapshot.generated.has(sheet.name) ? `${sheet.name} (${previewText.generated})` : sheet.name}
              </Button>
            ))}
          </nav>
          <DocumentSettings ignored={snapshot.ignored} />
        </section>
        <div className={styles.pane} id="pane">
          <App
            key={loads}
            port={workbook}
            services={props.services}
            language={props.language}
            theme={props.theme}
          />
        </div>
      </div>
    </FluentProvider>
  );
}

function failed(error: unknown): { error: string } {
  return { error: error instanceof Error ? error.message : String(error) };
}
