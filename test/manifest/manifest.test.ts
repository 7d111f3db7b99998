/**
 * Offline checks of manifest.xml: what Office would refuse (or silently ignore) before anyone
 * sideloads it. Element orders follow the XSD sequences of OfficeAppManifestV1_1 and
 * TaskPaneAppVersionOverridesV1_0; limits are the schema's ShortString, LongString and resid.
 */
import fs from "fs";
import path from "path";
import { DOMParser, type Element } from "@xmldom/xmldom";
import { COMMAND_NAMES } from "../../src/commands/outcomes";
import { registerCommands } from "../../src/commands/register";
import type { WorkbookPort } from "../../src/core";
import { languageFor } from "../../src/i18n";
import { ENGLISH_LOCALES } from "../../src/i18n/office-language";

/** Office picks an override by exact locale: every English-speaking Office gets the English strings. */
const ENGLISH: string[] = [...ENGLISH_LOCALES];

const ROOT = path.join(__dirname, "..", "..");
const SOURCE = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
const DEV_URL = "https://localhost:3000/";

function parse(xml: string) {
  const problems: string[] = [];
  const doc = new DOMParser({
    onError: (level, message) => void problems.push(`${level}: ${message}`),
  }).parseFromString(xml, "text/xml");
  return { doc, problems };
}

const { doc, problems } = parse(SOURCE);
const root = doc.documentElement as Element;

function children(element: Element): Element[] {
  return Array.from(element.childNodes).filter((n): n is Element => n.nodeType === 1);
}

function all(name: string, within: Element = root): Element[] {
  return Array.from(within.getElementsByTagName(name));
}

/** The one direct child of that name. */
function child(within: Element, name: string): Element {
  const found = children(within).filter((c) => c.tagName === name);
  if (found.length !== 1)
    throw new Error(`expected one <${name}> in <${within.tagName}>, found ${found.length}`);
  return found[0];
}

function only(name: string, within: Element = root): Element {
  const found = all(name, within);
  if (found.length !== 1) throw new Error(`expected one <${name}>, found ${found.length}`);
  return found[0];
}

/** Children appear in the schema's sequence order, each known, required ones present. */
function expectSequence(element: Element, sequence: string[], required: string[] = []): void {
  const names = children(element).map((c) => c.tagName);
  const violations: string[] = [];
  names.forEach((name, i) => {
    const at = sequence.indexOf(name);
    if (at < 0) violations.push(`<${name}> is not a child of <${element.tagName}>`);
    const previous = i > 0 ? sequence.indexOf(names[i - 1]) : -1;
    if (at >= 0 && at < previous) violations.push(`<${name}> must come before <${names[i - 1]}>`);
  });
  for (const name of required)
    if (!names.includes(name)) violations.push(`<${element.tagName}> lacks <${name}>`);
  expect(violations).toEqual([]);
}

const resources = only("Resources");
const resourceIds = (group: string) =>
  new Map(children(only(group, resources)).map((e) => [e.getAttribute("id")!, e]));
const images = resourceIds("bt:Images");
const urls = resourceIds("bt:Urls");
const shortStrings = resourceIds("bt:ShortStrings");
const longStrings = resourceIds("bt:LongStrings");

describe("manifest.xml", () => {
  it("is well-formed XML with an OfficeApp task pane root", () => {
    expect(problems).toEqual([]);
    expect(root.tagName).toBe("OfficeApp");
    expect(root.getAttribute("xsi:type")).toBe("TaskPaneApp");
  });

  it("orders OfficeApp's children as the schema requires", () => {
    expectSequence(
      root,
      [
        "Id",
        "AlternateId",
        "Version",
        "ProviderName",
        "DefaultLocale",
        "DisplayName",
        "Description",
        "IconUrl",
        "HighResolutionIconUrl",
        "SupportUrl",
        "AppDomains",
        "Hosts",
        "Requirements",
        "DefaultSettings",
        "Permissions",
        "Dictionary",
        "VersionOverrides",
      ],
      [
        "Id",
        "Version",
        "ProviderName",
        "DefaultLocale",
        "DisplayName",
        "Description",
        "DefaultSettings",
        "Permissions",
      ],
    );
  });

  it("orders the version overrides as the schema requires", () => {
    const overrides = only("VersionOverrides");
    expectSequence(
      overrides,
      ["Description", "Requirements", "Hosts", "Resources", "VersionOverrides"],
      ["Hosts", "Resources"],
    );
    for (const host of all("Host", only("Hosts", overrides))) {
      expectSequence(host, ["Runtimes", "AllFormFactors", "DesktopFormFactor", "MobileFormFactor"]);
    }
    expectSequence(
      only("DesktopFormFactor"),
      ["GetStarted", "FunctionFile", "ExtensionPoint"],
      ["FunctionFile"],
    );
    expectSequence(only("GetStarted"), ["Title", "Description", "LearnMoreUrl"], ["Title", "Description"]);
    for (const group of all("Group")) expectSequence(group, ["Label", "Icon", "Control"], ["Label", "Icon"]);
    for (const control of all("Control")) {
      expectSequence(
        control,
        ["Label", "Supertip", "Icon", "Action"],
        ["Label", "Supertip", "Icon", "Action"],
      );
    }
    expectSequence(resources, ["bt:Images", "bt:Urls", "bt:ShortStrings", "bt:LongStrings"]);
  });

  it("is an Excel add-in that may read and write the workbook, in Italian with English overrides", () => {
    expect(all("Host", child(root, "Hosts")).map((h) => h.getAttribute("Name"))).toEqual(["Workbook"]);
    expect(only("Permissions").textContent).toBe("ReadWriteDocument");
    expect(only("DefaultLocale").textContent).toBe("it-IT");
    for (const name of ["DisplayName", "Description"]) {
      expect(all("Override", child(root, name)).map((o) => o.getAttribute("Locale"))).toEqual(ENGLISH);
    }
    for (const string of [...shortStrings.values(), ...longStrings.values()]) {
      expect(all("bt:Override", string).map((o) => o.getAttribute("Locale"))).toEqual(ENGLISH);
    }
  });

  it("resolves every resid to a resource of the right kind", () => {
    const kinds: Record<string, Map<string, Element>> = {
      Title: shortStrings,
      Label: shortStrings,
      Description: longStrings,
      LearnMoreUrl: urls,
      FunctionFile: urls,
      SourceLocation: urls,
      Runtime: urls,
      "bt:Image": images,
    };
    const refs = Array.from(only("VersionOverrides").getElementsByTagName("*")).filter((e) =>
      e.hasAttribute("resid"),
    );
    expect(refs.length).toBeGreaterThan(20);
    for (const ref of refs) {
      const table = kinds[ref.tagName];
      expect(`${ref.tagName} → ${ref.getAttribute("resid")}: ${table?.has(ref.getAttribute("resid")!)}`).toBe(
        `${ref.tagName} → ${ref.getAttribute("resid")}: true`,
      );
    }
  });

  it("keeps ids and strings within the schema's limits", () => {
    for (const table of [images, urls, shortStrings, longStrings]) {
      for (const id of table.keys()) expect(id.length).toBeLessThanOrEqual(32);
    }
    const ids = [...images.keys(), ...urls.keys(), ...shortStrings.keys(), ...longStrings.keys()];
    expect(new Set(ids).size).toBe(ids.length);
    const texts = (e: Element) => [
      e.getAttribute("DefaultValue")!,
      ...all("bt:Override", e).map((o) => o.getAttribute("Value")!),
    ];
    for (const s of shortStrings.values())
      for (const t of texts(s)) expect(t.length).toBeLessThanOrEqual(125);
    for (const s of longStrings.values()) for (const t of texts(s)) expect(t.length).toBeLessThanOrEqual(250);
    for (const e of [only("DisplayName"), only("ProviderName")]) {
      for (const t of [
        e.getAttribute("DefaultValue") ?? e.textContent!,
        ...all("Override", e).map((o) => o.getAttribute("Value")!),
      ]) {
        expect(t.length).toBeLessThanOrEqual(125);
      }
    }
    for (const t of [child(root, "Description").getAttribute("DefaultValue")!])
      expect(t.length).toBeLessThanOrEqual(250);
    for (const e of [...all("Group"), ...all("Control")])
      expect(e.getAttribute("id")!.length).toBeLessThanOrEqual(125);
  });

  it("uses https URLs under the dev host, so the production build rewrites them all", () => {
    const found = SOURCE.match(/https?:\/\/[^"<\s]+/g)!.filter(
      (u) => !u.startsWith("http://schemas.microsoft.com/") && !u.startsWith("http://www.w3.org/"),
    );
    expect(found.length).toBeGreaterThan(15);
    for (const url of found) expect(url.startsWith(DEV_URL)).toBe(true);
  });

  it("runs the ribbon and the pane in one long-lived shared runtime on the task pane page", () => {
    const runtime = only("Runtime");
    expect(runtime.getAttribute("lifetime")).toBe("long");
    expect(runtime.getAttribute("resid")).toBe("Taskpane.Url");
    expect(only("FunctionFile").getAttribute("resid")).toBe("Taskpane.Url");
    for (const source of all("SourceLocation", only("VersionOverrides"))) {
      expect(source.getAttribute("resid")).toBe("Taskpane.Url");
    }
    expect(urls.get("Taskpane.Url")!.getAttribute("DefaultValue")).toBe(
      only("SourceLocation", only("DefaultSettings")).getAttribute("DefaultValue"),
    );
    const sets = all("Set", only("Requirements")).map((s) => s.getAttribute("Name"));
    expect(sets).toContain("SharedRuntime");
  });

  it("puts Verifica, Riepilogo, Nuova scheda and Apri pannello in a PDO group on the Home tab", () => {
    expect(only("OfficeTab").getAttribute("id")).toBe("TabHome");
    expect(
      shortStrings.get(child(only("Group"), "Label").getAttribute("resid")!)!.getAttribute("DefaultValue"),
    ).toBe("PDO");
    const controls = all("Control").map((c) => ({
      label: shortStrings.get(child(c, "Label").getAttribute("resid")!)!.getAttribute("DefaultValue"),
      action: only("Action", c).getAttribute("xsi:type"),
      functionName: all("FunctionName", c)[0]?.textContent ?? null,
    }));
    expect(controls).toEqual([
      { label: "Verifica", action: "ExecuteFunction", functionName: "validateWorkbook" },
      { label: "Riepilogo", action: "ExecuteFunction", functionName: "generateSummary" },
      { label: "Nuova scheda", action: "ExecuteFunction", functionName: "newScheda" },
      { label: "Apri pannello", action: "ShowTaskpane", functionName: null },
    ]);
  });

  it("has every FunctionName associated by registerCommands, and no command without a button", () => {
    const functionNames = all("FunctionName").map((f) => f.textContent);
    const associated: string[] = [];
    registerCommands({} as WorkbookPort, {
      associate: (name) => associated.push(name),
      showTaskpane: async () => undefined,
    });
    expect([...functionNames].sort()).toEqual([...associated].sort());
    expect([...associated].sort()).toEqual([...COMMAND_NAMES].sort());
  });

  it("gives no action a TaskpaneId under the long-lived shared runtime (one pane only)", () => {
    // learn.microsoft.com/office/dev/add-ins/develop/configure-your-add-in-to-use-a-shared-runtime
    // ("Good practice: avoid multiple task panes").
    const host = only("Runtime").parentNode!.parentNode as Element;
    expect(all("Action", host).filter((a) => all("TaskpaneId", a).length > 0)).toEqual([]);
  });

  it("has a SupportUrl, and Learn more and Support lead to a help page readable outside Office", () => {
    const support = only("SupportUrl").getAttribute("DefaultValue")!;
    const learnMore = urls.get(child(only("GetStarted"), "LearnMoreUrl").getAttribute("resid")!)!;
    for (const url of [support, learnMore.getAttribute("DefaultValue")!]) {
      expect(url).toBe(`${DEV_URL}help.html`);
    }
    const help = fs.readFileSync(path.join(ROOT, "src", "help", "help.html"), "utf8");
    // Plain text a browser shows without Office.js: no script needed.
    expect(help).not.toMatch(/<script/i);
    expect(help).toMatch(/Verifica/);
    expect(help).toMatch(/Riepilogo PDO/);
  });

  it("makes the ribbon and the pane agree on the language, whatever Office's language", () => {
    const label = shortStrings.get("Verifica.Label")!;
    const ribbonLabel = (locale: string) =>
      all("bt:Override", label)
        .find((o) => o.getAttribute("Locale") === locale)
        ?.getAttribute("Value") ?? label.getAttribute("DefaultValue");
    for (const locale of ["it-IT", "en-US", "en-GB", "en-IN", "de-DE", "fr-FR", "es-ES", "de-CH", "en-ZA"]) {
      const pane = languageFor(locale);
      expect({ locale, ribbon: ribbonLabel(locale) }).toEqual({
        locale,
        ribbon: pane === "en" ? "Check" : "Verifica",
      });
    }
  });

  it("points at icon files that exist with the declared pixel sizes", () => {
    const pngSize = (url: string) => {
      expect(url.startsWith(`${DEV_URL}assets/`)).toBe(true);
      const data = fs.readFileSync(path.join(ROOT, "assets", url.slice(`${DEV_URL}assets/`.length)));
      expect(data.subarray(1, 4).toString("ascii")).toBe("PNG");
      return [data.readUInt32BE(16), data.readUInt32BE(20)];
    };
    for (const image of all("bt:Image", only("Hosts", only("VersionOverrides")))) {
      const size = Number(image.getAttribute("size"));
      const url = images.get(image.getAttribute("resid")!)!.getAttribute("DefaultValue")!;
      expect(pngSize(url)).toEqual([size, size]);
    }
    // Task pane add-ins: 32 × 32 icon, 64 × 64 high-resolution icon.
    expect(pngSize(only("IconUrl").getAttribute("DefaultValue")!)).toEqual([32, 32]);
    expect(pngSize(only("HighResolutionIconUrl").getAttribute("DefaultValue")!)).toEqual([64, 64]);
  });
});
