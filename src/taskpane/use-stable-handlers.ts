/**
 * Handlers that keep their identity across renders and call the latest version given: what a
 * memoised child needs (React 18 has no useEffectEvent). Only for event handlers: the latest
 * version is taken after the commit, so calling one during render would see the previous one.
 */
import * as React from "react";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Handlers = Record<string, (...args: any[]) => unknown>;

export function useStableHandlers<T extends Handlers>(handlers: T): T {
  const latest = React.useRef(handlers);
  React.useLayoutEffect(() => {
    latest.current = handlers;
  });
  const [stable] = React.useState(
    () =>
      Object.fromEntries(
        Object.keys(handlers).map((name) => [name, (...args: unknown[]) => latest.current[name](...args)]),
      ) as T,
  );
  return stable;
}
