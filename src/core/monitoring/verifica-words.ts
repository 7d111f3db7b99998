/**
 * What a VERIFICA cell says in words, as staff write it: done (`SI`, `fatto`, `approvato`), not
 * done (`no`, `non realizzato`), or still going on (`in corso`, `avviato`, `in fase di …`).
 * Negatives are tested first, since `non realizzato` holds `realizzato` and `non avviato` holds
 * `avviato`.
 */
import { fold } from "../text/normalize";

export type VerificaWord = "affirmative" | "negative" | "in-progress";

const DONE_STEMS =
  "realizzat|rispettat|raggiunt|fatt|complet|approvat|eseguit|effettuat|conclus|svolt|adottat|attivat|avviat|pubblicat|ultimat|terminat";

const NEGATIVE = new RegExp(
  String.raw`^(?:no|negativo|mai)(?![a-z])|(?:^|[^a-z])non\s+(?:(?:e|sono)\s+stat[oaie]\s+)?(?:${DONE_STEMS})|(?:^|[^a-z])(?:mancat[oaie]|non rispett|ritardo)`,
);
const IN_PROGRESS =
  /(?:^|[^a-z])(?:in corso|avviat[oaie]|in fase di|in itinere|in svolgimento|in via di|in lavorazione|in attesa|parzialmente|da completare|da concludere)(?![a-z])/;
const AFFIRMATIVE = new RegExp(
  String.raw`^(?:si|ok|positivo)(?![a-z])|(?:^|[^a-z])(?:${DONE_STEMS.replace("|avviat", "")})\w*`,
);

/** The word reading of a VERIFICA text, or null when it says none of these. */
export function verificaWord(raw: string): VerificaWord | null {
  const t = fold(raw);
  if (t === "") return null;
  if (NEGATIVE.test(t)) return "negative";
  if (IN_PROGRESS.test(t)) return "in-progress";
  if (AFFIRMATIVE.test(t)) return "affirmative";
  return null;
}
