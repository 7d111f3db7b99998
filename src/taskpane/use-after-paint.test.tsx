/** @jest-environment jsdom */
/** A value one frame late: held through the frame that answers a change, then caught up. */
import * as React from "react";
import { act, render } from "@testing-library/react";
import { useAfterPaint } from "./use-after-paint";

/** The frame after the current one has been painted, and what React did then. */
const nextPaint = () =>
  act(() => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 10))));

function Probe(props: { value: string; seen: string[] }) {
  const shown = useAfterPaint(props.value);
  props.seen.push(shown);
  return <output>{shown}</output>;
}

describe("useAfterPaint", () => {
  it("keeps the previous value through the next frame, then follows", async () => {
    const seen: string[] = [];
    const { rerender, container } = render(<Probe value="a" seen={seen} />);
    rerender(<Probe value="b" seen={seen} />);
    expect(container.textContent).toBe("a");
    await nextPaint();
    expect(container.textContent).toBe("b");
  });

  it("reaches changes in quick succession once, with the last", async () => {
    const seen: string[] = [];
    const { rerender, container } = render(<Probe value="a" seen={seen} />);
    rerender(<Probe value="ab" seen={seen} />);
    rerender(<Probe value="abc" seen={seen} />);
    await nextPaint();
    expect(container.textContent).toBe("abc");
    expect(seen).not.toContain("ab");
  });
});
