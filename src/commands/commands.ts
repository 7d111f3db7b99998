/**
 * Entry of commands.html, the FunctionFile for a setup without the shared runtime. With the
 * shared runtime (the manifest's choice) the task pane page registers the commands instead and
 * this page is not loaded.
 */
import { createExcelWorkbook } from "../excel/office";
import { registerCommands } from "./register";

Office.onReady(() => {
  registerCommands(createExcelWorkbook());
});
