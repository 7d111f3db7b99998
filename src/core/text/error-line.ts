/** What a failure says, on one line: its message's first line (a stack or a cause never leaks). */
export function errorLine(error: unknown): string {
  return String((error as Error)?.message ?? error).split("\n")[0];
}
