/**
 * A handler that keeps its identity across renders and calls the latest version given: what a
 * memoised child needs (React 18 has no useEffectEvent). Only for event handlers: the latest
 * version is taken after the commit, so calling it during render would see the previous one.
 */
import * as React from "react";

export function useStableHandler<A extends unknown[], R>(handler: (...args: A) => R): (...args: A) => R {
  const latest = React.useRef(handler);
  React.useLayoutEffect(() => {
    latest.current = handler;
  });
  return React.useCallback((...args: A) => latest.current(...args), []);
}
