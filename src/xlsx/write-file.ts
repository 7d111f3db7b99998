/**
 * Writing an output file safely: the bytes go to a temporary file created exclusively (O_EXCL: a
 * planted symlink or file makes it fail, never redirects it) beside the target, with the input's
 * permissions, then renamed over the target, so a failure never leaves half a file. A target that
 * exists and is not a regular file (/dev/null, a FIFO, a device, a folder) is refused.
 */
import { randomBytes } from "crypto";
import { promises as fs } from "fs";
import path from "path";

export class OutputRefusedError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
    this.name = "OutputRefusedError";
  }
}

/** Temporary files being written, removed if the process is interrupted (see removePendingTemps). */
const pending = new Set<string>();

/** Remove the temporary files of writes still under way (for a SIGINT/SIGTERM handler). */
export function removePendingTemps(): void {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { rmSync } = require("fs") as typeof import("fs");
  for (const temp of pending) rmSync(temp, { force: true });
  pending.clear();
}

/** Refuse a target that exists and is not a regular file. */
export async function checkOutputTarget(target: string): Promise<void> {
  if (target.trim() === "") throw new OutputRefusedError(target, "no output file name given");
  const st = await fs.stat(target).catch(() => null);
  if (st && !st.isFile())
    throw new OutputRefusedError(
      target,
      st.isDirectory()
        ? "is a folder, not a file"
        : "exists and is not a regular file (a device, pipe or socket)",
    );
}

export async function writeFileAtomic(target: string, data: Uint8Array, mode = 0o644): Promise<void> {
  await checkOutputTarget(target);
  const dir = path.dirname(path.resolve(target));
  const temp = path.join(
    dir,
    `.${path.basename(target)}.${process.pid}.${randomBytes(6).toString("hex")}.tmp`,
  );
  pending.add(temp);
  let handle: fs.FileHandle | undefined;
  let created = false;
  try {
    handle = await fs.open(temp, "wx", mode & 0o777);
    created = true;
    // The umask may have narrowed the mode: the output gets the input's permissions, no more, no less.
    await handle.chmod(mode & 0o777);
    await handle.writeFile(data);
    await handle.sync();
    await handle.close();
    handle = undefined;
    await checkOutputTarget(target);
    await fs.rename(temp, target);
  } catch (e) {
    await handle?.close().catch(() => undefined);
    // Only what this call created is removed (never a file planted under the temporary name).
    if (created) await fs.rm(temp, { force: true });
    throw e;
  } finally {
    pending.delete(temp);
  }
}
