/** Whether the host can write sheets and data validation: apart, so the pane can ask before loading the tools. */
import type { WorkbookPort } from "../../core";

export type SchedaToolsPort = WorkbookPort &
  Required<Pick<WorkbookPort, "addSheet" | "addValidations" | "removeValidations">>;

export function hasWritingTools(port: WorkbookPort): port is SchedaToolsPort {
  return !!(port.addSheet && port.addValidations && port.removeValidations);
}
