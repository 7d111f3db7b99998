/**
 * *Importa schede da altri file*: offered only where the host can insert sheets from another
 * file (Excel: ExcelApi 1.13). The user picks .xlsx files; their schede are copied after the
 * workbook's sheets (a taken name gets ` (2)`, no sheet is replaced), each file's outcome is
 * announced, and a check of the whole workbook follows.
 */
import * as React from "react";
import { Button, MessageBar, MessageBarBody, makeStyles, tokens, Tooltip } from "@fluentui/react-components";
import { ArrowImportRegular } from "@fluentui/react-icons";
import type { WorkbookPort } from "../../core";
import { format, useStrings, type Strings } from "../../i18n";
import { importFiles, readGridsOnDemand, type ImportOutcome, type ReadGrids } from "./import-files";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  input: { display: "none" },
});

export interface ImportSheetsProps {
  port: WorkbookPort;
  disabled?: boolean;
  /** Runs after at least one sheet came in: the pane checks the whole workbook. */
  onImported(): void;
  readGrids?: ReadGrids;
}

export function ImportSheets(props: ImportSheetsProps) {
  const t = useStrings();
  const styles = useStyles();
  const input = React.useRef<HTMLInputElement>(null);
  const [reading, setReading] = React.useState<string | null>(null);
  const [outcomes, setOutcomes] = React.useState<ImportOutcome[]>([]);
  const { port, onImported, readGrids = readGridsOnDemand } = props;
  if (!port.importSheets || !port.canImportSheets?.()) return null;

  const onFiles = async (list: FileList | null) => {
    const files = Array.from(list ?? []);
    if (input.current) input.current.value = "";
    if (files.length === 0) return;
    setOutcomes([]);
    setReading(files.map((f) => f.name).join(", "));
    try {
      const results = await importFiles(files, port, readGrids);
      setOutcomes(results);
      if (results.some((r) => r.kind === "imported")) onImported();
    } finally {
      setReading(null);
    }
  };

  return (
    <div className={styles.root}>
      <Tooltip content={t.importSheetsHint} relationship="description">
        <Button
          icon={<ArrowImportRegular />}
          disabledFocusable={props.disabled || reading !== null}
          onClick={() => input.current?.click()}
        >
          {t.importSheets}
        </Button>
      </Tooltip>
      <input
        ref={input}
        className={styles.input}
        type="file"
        multiple
        accept=".xlsx,.xlsm,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        aria-label={t.importSheets}
        tabIndex={-1}
        onChange={(e) => void onFiles(e.currentTarget.files)}
      />
      <div role="status" aria-live="polite">
        {reading !== null && (
          <MessageBar intent="info" layout="multiline">
            <MessageBarBody>{format(t.importReading, { file: reading })}</MessageBarBody>
          </MessageBar>
        )}
        {outcomes.map((outcome) => (
          <MessageBar key={outcome.file} intent={intentOf(outcome)} layout="multiline">
            <MessageBarBody>{outcomeText(outcome, t)}</MessageBarBody>
          </MessageBar>
        ))}
      </div>
    </div>
  );
}

function intentOf(outcome: ImportOutcome): "success" | "warning" | "error" {
  if (outcome.kind === "imported") return "success";
  return outcome.kind === "none" ? "warning" : "error";
}

function outcomeText(outcome: ImportOutcome, t: Strings): string {
  switch (outcome.kind) {
    case "imported": {
      const sheets = outcome.sheets
        .map((s) => (s.source === s.target ? s.target : format(t.importRenamed, { ...s })))
        .join(", ");
      return format(t.importDone, { count: outcome.sheets.length, file: outcome.file, sheets });
    }
    case "none":
      return format(t.importNone, { file: outcome.file });
    case "unreadable":
      return format(t.importUnreadable, { file: outcome.file, reason: outcome.reason });
    case "refused":
      return outcome.message;
  }
}
