/**
 * The workbooks named on the command line: files, and the workbooks of a folder. A file name need
 * not be valid UTF-8 (an old Windows zip leaves Latin-1 names such as `pdo-citt\xe0.xlsx`): Node
 * decodes such a name into U+FFFD, which opens nothing, so folders are listed as bytes and files
 * are opened by their bytes; the name is shown with the odd bytes escaped.
 */
import { promises as fs } from "fs";
import path from "path";

export interface InputFile {
  /** What the file system opens: the bytes of the path when its name is not valid UTF-8. */
  path: string | Buffer;
  /** How the file is named in messages: invalid bytes shown as `\xe0`. */
  name: string;
}

const WORKBOOK = /\.xls[xm]$/i;
const strictUtf8 = new TextDecoder("utf-8", { fatal: true });

function isUtf8(bytes: Uint8Array): boolean {
  try {
    strictUtf8.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** A name's bytes as text: valid UTF-8 as it is, each byte of an invalid sequence as `\xNN`. */
export function shownName(bytes: Buffer): string {
  if (isUtf8(bytes)) return bytes.toString("utf8");
  let out = "";
  for (let i = 0; i < bytes.length;) {
    const lead = bytes[i];
    const length = lead < 0x80 ? 1 : lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc2 ? 2 : 0;
    const sequence = length ? bytes.subarray(i, i + length) : null;
    if (sequence && sequence.length === length && isUtf8(sequence)) {
      out += sequence.toString("utf8");
      i += length;
    } else {
      out += `\\x${lead.toString(16).padStart(2, "0")}`;
      i += 1;
    }
  }
  return out;
}

/**
 * A file name that is valid UTF-8, for a file written after an input (`--summary folder/`): the
 * name itself, or its bytes read as Latin-1 (Windows' code page for Italian) when it is not.
 */
export function utf8Name(file: string | Buffer): string {
  if (typeof file === "string") return path.basename(file);
  const base = file.subarray(file.lastIndexOf(path.sep.charCodeAt(0)) + 1);
  return isUtf8(base) ? base.toString("utf8") : base.toString("latin1");
}

/** Each argument as files to read: a folder gives its workbooks (.xlsx, .xlsm) in name order. */
export async function resolveInputs(args: string[]): Promise<InputFile[]> {
  const out: InputFile[] = [];
  for (const arg of args) {
    const stat = await fs.stat(arg).catch(() => null);
    if (stat?.isDirectory()) {
      const files = await workbooksIn(arg);
      // An empty folder is named as it is, so the reader says it is a folder without workbooks.
      out.push(...(files.length ? files : [{ path: arg, name: arg }]));
    } else if (!stat && arg.includes("\uFFFD")) out.push((await byBytes(arg)) ?? { path: arg, name: arg });
    else out.push({ path: arg, name: arg });
  }
  return out;
}

async function workbooksIn(folder: string): Promise<InputFile[]> {
  const entries = await fs.readdir(folder, { encoding: "buffer", withFileTypes: true });
  const prefix = Buffer.from(folder.endsWith(path.sep) ? folder : folder + path.sep);
  const files: InputFile[] = [];
  for (const entry of entries) {
    const name = entry.name as unknown as Buffer;
    // `~$pdo.xlsx` is the lock file Excel leaves beside an open workbook, not a workbook.
    if (!WORKBOOK.test(name.toString("latin1")) || name.toString("latin1").startsWith("~$")) continue;
    const full = Buffer.concat([prefix, name]);
    const isFile =
      entry.isFile() || (entry.isSymbolicLink() && (await fs.stat(full).catch(() => null))?.isFile());
    if (!isFile) continue;
    files.push({ path: isUtf8(full) ? full.toString("utf8") : full, name: shownName(full) });
  }
  return files.sort((a, b) => Buffer.compare(Buffer.from(a.name), Buffer.from(b.name)));
}

/**
 * A file named on the command line with bytes that are not UTF-8 reaches Node as U+FFFD: find the
 * one entry of its folder whose name decodes to the same text.
 */
async function byBytes(arg: string): Promise<InputFile | null> {
  const folder = path.dirname(arg);
  const wanted = path.basename(arg);
  const entries = await fs.readdir(folder, { encoding: "buffer" }).catch(() => [] as Buffer[]);
  const matches = entries.filter((name) => name.toString("utf8") === wanted);
  if (matches.length !== 1) return null;
  const full = Buffer.concat([Buffer.from(folder + path.sep), matches[0]]);
  return { path: full, name: shownName(full) };
}
