/**
 * Sizes of the built pages' JavaScript, raw and gzipped. "Initial" means the scripts a page's
 * HTML loads before anything runs (what the user waits for when the pane opens); chunks loaded
 * later on demand are not counted. `npm run bench` can call `bundleSizes`.
 */
import * as fs from "fs";
import * as path from "path";
import * as zlib from "zlib";

export interface FileSize {
  file: string;
  bytes: number;
  gzipBytes: number;
}

export interface BundleSizes {
  files: FileSize[];
  /** Page name (`taskpane`) → the scripts its HTML loads and their gzipped total. */
  initial: Record<string, { scripts: string[]; gzipBytes: number }>;
}

function sizeOf(distDir: string, file: string): FileSize {
  const data = fs.readFileSync(path.join(distDir, file));
  return { file, bytes: data.length, gzipBytes: zlib.gzipSync(data, { level: 9 }).length };
}

/** Local scripts an HTML page loads (Office's CDN script is not ours and not counted). */
export function pageScripts(html: string): string[] {
  return [...html.matchAll(/<script\b[^>]*\bsrc=["']?([^"'\s>]+)/gi)]
    .map((m) => m[1])
    .filter((src) => !/^(https?:)?\/\//i.test(src))
    .map((src) => src.replace(/^\.?\//, "").split("?")[0]);
}

export function bundleSizes(distDir: string): BundleSizes {
  const files = fs
    .readdirSync(distDir)
    .filter((f) => f.endsWith(".js"))
    .sort()
    .map((f) => sizeOf(distDir, f));
  const initial: BundleSizes["initial"] = {};
  for (const page of fs.readdirSync(distDir).filter((f) => f.endsWith(".html"))) {
    const scripts = pageScripts(fs.readFileSync(path.join(distDir, page), "utf8"));
    const gzipBytes = scripts.reduce((sum, s) => sum + (files.find((f) => f.file === s)?.gzipBytes ?? 0), 0);
    initial[page.replace(/\.html$/, "")] = { scripts, gzipBytes };
  }
  return { files, initial };
}

/** The budget issue 11 sets for the task pane's initial JavaScript. */
export const TASKPANE_BUDGET_GZIP_BYTES = 180 * 1024;
