/** The compact action row: check the workbook or the active sheet, write the summary, settings. */
import * as React from "react";
import { Button, makeStyles, ToggleButton, tokens } from "@fluentui/react-components";
import {
  DocumentTableCheckmarkRegular,
  SettingsRegular,
  TableAddRegular,
  TableSearchRegular,
} from "@fluentui/react-icons";
import { useStrings } from "../../i18n";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingVerticalXS,
    columnGap: tokens.spacingHorizontalXS,
  },
  push: { marginInlineStart: "auto" },
});

export interface PaneToolbarProps {
  busy: boolean;
  settingsOpen: boolean;
  settingsId: string;
  onValidateWorkbook(): void;
  onValidateActiveSheet(): void;
  onGenerateSummary(): void;
  onToggleSettings(): void;
  /** More actions other tabs or features add at the end of the row. */
  children?: React.ReactNode;
}

/** Memoised: the pane renders again on every change of the findings' view. */
export const PaneToolbar = React.memo(function PaneToolbar(props: PaneToolbarProps) {
  const t = useStrings();
  const styles = useStyles();
  return (
    // A plain group, not Fluent's Toolbar: its arrow-key helpers are aria-hidden yet focusable
    // (microsoft/tabster#288), which axe reports; four buttons are four Tab stops.
    <div role="group" aria-label={t.actionsLabel} className={styles.root}>
      <Button
        appearance="primary"
        size="small"
        icon={<DocumentTableCheckmarkRegular />}
        disabledFocusable={props.busy}
        onClick={props.onValidateWorkbook}
      >
        {t.validateWorkbook}
      </Button>
      <Button
        size="small"
        icon={<TableSearchRegular />}
        disabledFocusable={props.busy}
        onClick={props.onValidateActiveSheet}
      >
        {t.validateActiveSheet}
      </Button>
      <Button
        size="small"
        icon={<TableAddRegular />}
        disabledFocusable={props.busy}
        onClick={props.onGenerateSummary}
      >
        {t.generateSummary}
      </Button>
      {props.children}
      <ToggleButton
        className={styles.push}
        size="small"
        appearance="subtle"
        icon={<SettingsRegular />}
        checked={props.settingsOpen}
        aria-expanded={props.settingsOpen}
        aria-controls={props.settingsId}
        aria-label={t.settingsToggle}
        title={t.settingsToggle}
        onClick={props.onToggleSettings}
      />
    </div>
  );
});
