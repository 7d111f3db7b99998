/** The severity's icon in its status colour; decorative, the words say the severity. */
import * as React from "react";
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { ErrorCircleFilled, InfoFilled, WarningFilled } from "@fluentui/react-icons";
import type { Severity } from "../../core";

const useStyles = makeStyles({
  icon: { fontSize: "16px", flexShrink: 0 },
  error: { color: tokens.colorStatusDangerForeground1 },
  warning: { color: tokens.colorStatusWarningForeground3 },
  info: { color: tokens.colorBrandForeground1 },
});

export function SeverityIcon(props: { severity: Severity }) {
  const styles = useStyles();
  const className = mergeClasses(styles.icon, styles[props.severity]);
  switch (props.severity) {
    case "error":
      return <ErrorCircleFilled aria-hidden className={className} />;
    case "warning":
      return <WarningFilled aria-hidden className={className} />;
    case "info":
      return <InfoFilled aria-hidden className={className} />;
  }
}
