/**
 * The ribbon's reach into the Office globals, kept here so the handlers and their registration
 * run without Office in tests.
 */
export { officeLanguage } from "../excel/office";

/** `Office.actions.associate`: ties a manifest FunctionName to its handler. */
export function associateWithOffice(
  name: string,
  handler: (event: Office.AddinCommands.Event) => void,
): void {
  Office.actions.associate(name, handler);
}

/** Shows the shared runtime's task pane (SharedRuntime 1.1); rejects where there is none. */
export function showTaskpaneWithOffice(): Promise<void> {
  if (typeof Office === "undefined" || !Office.addin?.showAsTaskpane) {
    return Promise.reject(new Error("No shared runtime: the task pane cannot be shown from a command"));
  }
  return Office.addin.showAsTaskpane();
}
