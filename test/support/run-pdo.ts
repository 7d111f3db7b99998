/** Runs the built `pdo` binary (bin/pdo.cjs, bundled by jest's global setup) as a child process. */
import { execFile } from "child_process";
import * as path from "path";

export const PDO_BIN = path.join(__dirname, "..", "..", "bin", "pdo.cjs");

export interface PdoRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Resolves with the exit code (-1 when killed or timed out) and both outputs; never rejects. */
export function runPdo(args: string[], timeoutMs: number): Promise<PdoRun> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [PDO_BIN, ...args],
      { maxBuffer: 64 * 1024 * 1024, timeout: timeoutMs },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : -1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}
