/**
 * One VERIFICA value against its target, as MONITORING.md fixes it: numbers as Excel stores them
 * (a percentage cell 0.8 is 80 %), dates typed or written as text, affirmative and negative words,
 * `in corso`. The summary's achievement and the monitoring state both read values through here,
 * so the pane, the summary and `pdo check --at` agree to the cell.
 */
import type { Target, Verifica } from "../model/scheda";
import { verificaWord } from "./verifica-words";

const EPSILON = 1e-9;

/** What kind of value the target wants in the VERIFICA cell (said in PDO-M03). */
export type ExpectedValue = "number" | "percent" | "date" | "days";

export type Comparison =
  | {
      outcome: "reached" | "not-reached";
      /** Result over target (target over result when lower is better); null for dates and words. */
      ratio: number | null;
      lowerIsBetter: boolean;
      /** A deadline met by a word (`SI`, `fatto`) without a date: PDO-M04. */
      doneWithoutDate?: boolean;
      /** The compared number or date, for messages. */
      measured: number | string | null;
      /** The number or date it was compared with. */
      against: number | string | null;
    }
  | { outcome: "unreadable"; expected: ExpectedValue }
  /** `in corso`, `avviato`: pending until the due date, not reached from then on. */
  | { outcome: "in-progress" }
  | { outcome: "empty" };

/** Whether a target can be compared with a VERIFICA value at all (MONITORING.md: `not-measurable`). */
export function isMeasurable(target: Target, planYear: number): boolean {
  switch (target.kind) {
    case "text":
      return false;
    case "number":
    case "percent":
      return !target.rate && typeof target.value === "number";
    case "deadline":
      return !!target.date;
    case "relative-deadline":
      return typeof target.days === "number";
    case "split-total":
      return splitPart(target, planYear) !== null;
  }
}

/** Year Y's part of a total split by year. */
export function splitPart(target: Target, year: number): number | null {
  return target.parts?.find((p) => p.year === year)?.value ?? null;
}

function effectiveBound(target: Target): "min" | "max" | "exact" {
  return target.bound === "max" || target.lowerIsBetter ? "max" : (target.bound ?? "min");
}

/** A measured number against a target number; `exact` counts doing more as reached. */
export function compareNumbers(measured: number, targetValue: number, target: Target): Comparison {
  if (effectiveBound(target) === "max") {
    return {
      outcome: measured <= targetValue + EPSILON ? "reached" : "not-reached",
      ratio: measured === 0 ? null : targetValue / measured,
      lowerIsBetter: true,
      measured,
      against: targetValue,
    };
  }
  return {
    outcome: measured >= targetValue - EPSILON ? "reached" : "not-reached",
    ratio: targetValue === 0 ? null : measured / targetValue,
    lowerIsBetter: false,
    measured,
    against: targetValue,
  };
}

const expectedOf: Record<Target["kind"], ExpectedValue> = {
  number: "number",
  percent: "percent",
  "split-total": "number",
  deadline: "date",
  "relative-deadline": "days",
  text: "number",
};

/**
 * Compare the value of `verifica` (the indicator's VERIFICA cell for the year `year`) with the
 * target. The caller has checked the target is measurable.
 */
export function compareWithTarget(target: Target, verifica: Verifica | null, year: number): Comparison {
  if (!verifica || verifica.raw.trim() === "") return { outcome: "empty" };
  const word = verificaWord(verifica.raw);
  if (word === "in-progress") return { outcome: "in-progress" };
  const unreadable: Comparison = { outcome: "unreadable", expected: expectedOf[target.kind] };
  switch (target.kind) {
    case "deadline": {
      if (!target.date) return unreadable;
      const base = { ratio: null, lowerIsBetter: true, against: target.date };
      if (word === "negative") return { ...base, outcome: "not-reached", measured: null };
      // ISO dates compare as strings.
      if (verifica.date)
        return {
          ...base,
          outcome: verifica.date <= target.date ? "reached" : "not-reached",
          measured: verifica.date,
        };
      if (word === "affirmative")
        return { ...base, outcome: "reached", doneWithoutDate: true, measured: null };
      return unreadable;
    }
    case "relative-deadline": {
      if (verifica.date || verifica.value === null || typeof target.days !== "number") return unreadable;
      return {
        outcome: verifica.value <= target.days + EPSILON ? "reached" : "not-reached",
        ratio: null,
        lowerIsBetter: true,
        measured: verifica.value,
        against: target.days,
      };
    }
    case "number":
    case "percent":
    case "split-total": {
      const value = target.kind === "split-total" ? splitPart(target, year) : target.value;
      // A percentage typed as 85, 85% or 85 % and a percent cell 0.85 all read as 85 (readVerifica).
      if (verifica.date || verifica.value === null || typeof value !== "number") return unreadable;
      return compareNumbers(verifica.value, value, target);
    }
    case "text":
      return unreadable;
  }
}
