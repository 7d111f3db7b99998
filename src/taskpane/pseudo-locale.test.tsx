/**
 * @jest-environment jsdom
 *
 * Renders the pane in the pseudo-locale through its main states and fails on any visible text or
 * accessible name that is not pseudo-localised: a hard-coded string would show up here.
 */
import * as React from "react";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { webLightTheme } from "@fluentui/react-components";
import { RULE_CATALOGUE } from "../core";
import { format, plural, pseudo, PSEUDO_CLOSE, PSEUDO_OPEN } from "../i18n";
import { MemoryWorkbook } from "../preview/memory-workbook";
import { App } from "./App";
import { fakeCore, listShown, sampleGrids } from "../../test/support/fake-core";

// The findings' components load lazily in the pane; load them up front so tests wait on behaviour.
beforeAll(() => import("./components/findings-view"));

/** Text that comes from the workbook or the core, not from the pane's string table. */
function dataTexts(findings: { sheet: string | null; cell: string | null; rule: string; message: string }[]) {
  return new Set(
    [
      ...findings.flatMap((f) => [f.sheet ?? "", f.cell ?? "", `${f.sheet} ${f.cell}`, f.rule, f.message]),
      // Rule titles are the core's catalogue, like its messages.
      ...RULE_CATALOGUE.map((r) => r.title.en),
    ].filter(Boolean),
  );
}

function isPseudo(text: string): boolean {
  return text.startsWith(PSEUDO_OPEN) && text.endsWith(PSEUDO_CLOSE);
}

/** Every text node and user-facing attribute of the page that is neither pseudo nor data nor punctuation. */
function untranslated(data: Set<string>): string[] {
  const bad: string[] = [];
  const check = (text: string | null, where: string) => {
    const value = (text ?? "").trim();
    if (value === "" || isPseudo(value) || data.has(value) || /^[\s\d\p{P}·—]*$/u.test(value)) return;
    bad.push(`${where}: ${JSON.stringify(value)}`);
  };
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) check(node.nodeValue, "text");
  for (const el of document.body.querySelectorAll("*")) {
    for (const attr of ["aria-label", "title", "placeholder", "aria-valuetext"]) {
      // A tree row's name joins data (sheet, cell, rule title, message) with our words, each
      // of which is checked as a text node; the words in it are checked by the test below.
      if (attr === "aria-label" && el.getAttribute("role") === "treeitem") continue;
      if (el.hasAttribute(attr)) check(el.getAttribute(attr), attr);
    }
  }
  return bad;
}

it("shows no untranslated string in the pseudo-locale", async () => {
  const services = fakeCore({
    buildSummary: () => {
      throw new Error("boom");
    },
  });
  const { findings } = services.checkWorkbook(sampleGrids());
  const data = dataTexts(findings);
  data.add("boom");
  data.add("x → X"); // the fix's change: the cell's value and the core's

  const workbook = new MemoryWorkbook(sampleGrids(), { readDelayMs: 20 });
  const user = userEvent.setup();
  render(<App port={workbook} services={services} language="pseudo" theme={webLightTheme} debounceMs={10} />);
  expect(untranslated(data)).toEqual([]);

  const [validate, , summary] = screen.getAllByRole("button");
  await user.click(validate);
  await screen.findByRole("progressbar");
  expect(untranslated(data)).toEqual([]);

  const groups = await screen.findAllByRole("treeitem", {}, { timeout: 10_000 });
  expect(groups[0].textContent).toContain(plural(pseudo.groupSummary, 1));
  expect(untranslated(data)).toEqual([]);

  await user.click(screen.getByRole("tab", { name: pseudo.viewBySheet }));
  await user.click(screen.getByRole("button", { name: plural(pseudo.showSuggestions, 2) }));
  await listShown();
  const row = screen.getAllByRole("treeitem").find((r) => r.getAttribute("data-cell") === "D16");
  await user.click(row!);
  expect(untranslated(data)).toEqual([]);
  await user.click(screen.getByRole("button", { name: /ƒîẋ/ }));
  await screen.findByText(
    format(pseudo.fixApplied, { edits: format(pseudo.fixEdit, { value: "X", cell: "D16" }) }),
  );
  expect(untranslated(data)).toEqual([]);
  workbook.setCell("Scheda 6", "A1", "edited");
  await screen.findByText(format(pseudo.liveUpdated, { sheet: "Scheda 6" }));
  expect(untranslated(data)).toEqual([]);

  await user.click(summary);
  await screen.findByRole("alert");
  expect(untranslated(data)).toEqual([]);
});
