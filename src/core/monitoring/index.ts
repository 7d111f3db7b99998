/** Rendicontazione: where the plan stands at a reference date (docs/spec/MONITORING.md). */
export {
  monitor,
  monitorScheda,
  clampToPlanYear,
  hasResults,
  type Monitoring,
  type SchedaMonitoring,
  type Rollup,
} from "./monitor";
export {
  indicatorState,
  dueDate,
  INDICATOR_STATES,
  type IndicatorState,
  type IndicatorMonitoring,
  type FutureClaim,
} from "./indicator-state";
export {
  schedaStatus,
  share,
  countStates,
  addCounts,
  STATUS_WORDS,
  type SchedaStatus,
  type StateCounts,
} from "./scheda-status";
export { verificaCellFor, resultColumns, isTargetColumn } from "./verifica-cell";
export { compareWithTarget, isMeasurable, type Comparison, type ExpectedValue } from "./compare";
export { verificaWord, type VerificaWord } from "./verifica-words";
export type { PhaseExpectation } from "./phases";
export { verificaColumnProposal, type VerificaColumnProposal } from "./verifica-column";
export { typedValue, type TypedValue } from "./typed-value";
