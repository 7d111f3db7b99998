/** The title and when the summary was generated. */
import { text } from "../cells";
import type { SectionContext } from "./context";

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

/** Local date and time as dd/mm/yyyy hh:mm, the way the office reads it. */
export function formatGenerated(d: Date): string {
  return `${pad(d.getDate())}/${pad(d.getMonth() + 1)}/${d.getFullYear()} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

export function addHeader(ctx: SectionContext, generatedAt: Date): void {
  const { builder, labels: l, model } = ctx;
  builder.addBlock([
    [text(l.title.replace("{year}", String(model.year)), false, "title")],
    [text(l.generated.replace("{date}", formatGenerated(generatedAt)), false, "muted")],
  ]);
}
