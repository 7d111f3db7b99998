/**
 * "Scrivere le schede": Nuova scheda (optionally copying the active scheda's settore, servizio
 * and dirigente), Aggiungi elenchi a tendina, and its undo. Shown only when the host can write
 * sheets and data validation (Excel); the preview host has no such methods.
 */
import * as React from "react";
import {
  Button,
  Checkbox,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { format, useStrings, type Strings } from "../../i18n";
import { type SchedaToolsPort, type ToolsResult, useSchedaTools } from "./useSchedaTools";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

/** At most this many refused values are listed; the rest are counted. */
const LISTED = 20;

function resultText(result: ToolsResult, t: Strings): string {
  switch (result.kind) {
    case "sheet-added":
      return format(t.schedaAdded, { sheet: result.sheet });
    case "drop-downs-added":
      return (
        format(t.dropDownsAdded, { cells: result.cells, sheets: result.sheets }) +
        (result.keptOwn ? " " + format(t.dropDownsKeptOwn, { cells: result.keptOwn }) : "")
      );
    case "drop-downs-removed":
      return format(t.dropDownsRemoved, { cells: result.cells });
    case "failed":
      return result.message;
  }
}

export interface SchedaToolsProps {
  port: SchedaToolsPort;
  year?: number;
  /** Another operation of the pane is running. */
  disabled?: boolean;
}

export function SchedaTools(props: SchedaToolsProps) {
  const t = useStrings();
  const styles = useStyles();
  const tools = useSchedaTools(props.port, { year: props.year });
  const [copy, setCopy] = React.useState(false);
  const headingId = React.useId();
  const disabled = tools.busy || !!props.disabled;
  const { result } = tools;
  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>
        {t.writingHeading}
      </h2>
      <div className={styles.buttons}>
        <Button disabledFocusable={disabled} onClick={() => void tools.addScheda(copy)}>
          {t.newScheda}
        </Button>
        <Button disabledFocusable={disabled} onClick={() => void tools.addDropDowns()}>
          {t.addDropDowns}
        </Button>
        {tools.canUndo && (
          <Button disabledFocusable={disabled} onClick={() => void tools.removeDropDowns()}>
            {t.removeDropDowns}
          </Button>
        )}
      </div>
      <Checkbox checked={copy} onChange={(_, data) => setCopy(!!data.checked)} label={t.copyAnagrafica} />
      {result && (
        <MessageBar
          layout="multiline"
          intent={result.kind === "failed" ? "error" : "success"}
          role={result.kind === "failed" ? "alert" : "status"}
        >
          <MessageBarBody>
            {result.kind === "failed" && <MessageBarTitle>{t.errorTitle}</MessageBarTitle>}
            {resultText(result, t)}
            {result.kind === "drop-downs-added" && result.refused.length > 0 && (
              <>
                {" " + format(t.dropDownsRefused, { cells: result.refused.length })}
                <ul className={styles.list}>
                  {result.refused.slice(0, LISTED).map((r) => (
                    <li key={`${r.sheet}!${r.cell}`}>
                      {format(t.refusedValue, { sheet: r.sheet, cell: r.cell, value: r.value })}
                    </li>
                  ))}
                  {result.refused.length > LISTED && (
                    <li>{format(t.refusedMore, { n: result.refused.length - LISTED })}</li>
                  )}
                </ul>
              </>
            )}
          </MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
