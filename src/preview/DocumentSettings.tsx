/**
 * What the add-in keeps in the document's own settings (in Excel: Office.context.document.settings,
 * saved in the file), shown as the stored JSON, so a person trying the preview, and the browser
 * test, can see that «Ignora» stores its choice in the workbook.
 */
import * as React from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import type { IgnoredFinding } from "../core";
import { IGNORED_SETTING } from "../excel/workbook";
import { format } from "../i18n/format";
import { previewText } from "./strings";

const useStyles = makeStyles({
  json: {
    maxHeight: "8rem",
    overflow: "auto",
    margin: 0,
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
  },
});

export function DocumentSettings(props: { ignored: readonly IgnoredFinding[] }) {
  const styles = useStyles();
  const settings = props.ignored.length ? { [IGNORED_SETTING]: props.ignored } : {};
  return (
    <details>
      <summary>{format(previewText.documentSettings, { n: props.ignored.length })}</summary>
      <pre className={styles.json} data-testid="document-settings">
        {JSON.stringify(settings, null, 1)}
      </pre>
    </details>
  );
}
