/**
 * Which rule reports each kind of reader note. The record names every code of ReaderNote, so a
 * new kind of note does not compile until a rule is chosen for it here (and its test in
 * test/core/reader-notes.test.ts then fails until that rule reports it).
 */
import type { NoteOf, ReaderNoteCode, Scheda } from "../model/scheda";

export const NOTE_RULE: Record<ReaderNoteCode, "PDO-S01" | "PDO-S05" | "PDO-S06" | "tolerated"> = {
  "missing-section": "PDO-S01",
  truncated: "PDO-S01",
  "internal-error": "PDO-S01",
  "shifted-row": "PDO-S05",
  "misplaced-heading": "PDO-S06",
  // RULES.md, PDO-S01: a missing heading whose content is there is tolerated, not reported.
  "missing-heading": "tolerated",
  // FORMAT.md lists headers split over two rows as a variant of the form: read as one header.
  "split-header": "tolerated",
};

/** A scheda's notes of one code, typed. */
export function notesOf<C extends ReaderNoteCode>(s: Scheda, code: C): NoteOf<C>[] {
  return s.notes.filter((n): n is NoteOf<C> => n.code === code);
}
