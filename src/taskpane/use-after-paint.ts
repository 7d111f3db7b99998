/**
 * A value that follows its source one frame late: a change reaches the caller only after the
 * browser has painted the frame that follows it, in a transition (low priority, interruptible).
 * What renders from it (the findings list) stays out of the frame that answers a click, so the
 * control clicked answers at once. React's useDeferredValue is not enough: its render often runs
 * before that frame is painted. Changes in quick succession (typing a search) reach it once, in
 * the frame after the last.
 */
import * as React from "react";

export function useAfterPaint<T>(value: T): T {
  const [shown, setShown] = React.useState(value);
  React.useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    // The timer queued from an animation frame runs once that frame is painted.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => React.startTransition(() => setShown(value)), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [value]);
  return shown;
}
