/**
 * The task pane: a tab list whose first tab, «Verifica», checks the workbook and works through its
 * findings. Another tab plugs in by adding one entry to PANE_TABS. It receives the workbook port
 * and the core operations, and never calls Office.js itself.
 */
import * as React from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import type { Language, WorkbookPort } from "../core";
import { useStrings, type Strings } from "../i18n";
import type { RibbonOutcomes } from "./ribbon-outcomes";
import type { CoreServices } from "../core";
import type { SettingsStore } from "./settings-store";
import { Tabs } from "./components/Tabs";
import { VerifyPanel } from "./components/VerifyPanel";

// Not shown first: its code arrives with the first click on its tab, outside the initial chunk.
const MonitoringTab = React.lazy(() =>
  import(/* webpackChunkName: "monitoring" */ "./monitoring/MonitoringTab").then((m) => ({
    default: m.MonitoringTab,
  })),
);

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    height: "100%",
    minHeight: "420px",
    boxSizing: "border-box",
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
  },
  header: { display: "flex", alignItems: "center", justifyContent: "space-between", flexWrap: "wrap" },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  panel: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    flexGrow: 1,
    minHeight: 0,
  },
});

export interface PaneProps {
  port: WorkbookPort;
  services: CoreServices;
  /** Language of the core's messages. */
  language: Language;
  debounceMs?: number;
  outcomes?: RibbonOutcomes;
  /** The plan year and the rules switched off, shared with the ribbon's commands. */
  settings: SettingsStore;
}

/** The pane's tabs, in order: an id, its label, and what it shows. */
export interface PaneTab {
  id: string;
  label(t: Strings): string;
  render(props: PaneProps): React.ReactNode;
  /** Kept mounted while hidden, so its results survive a look at another tab. */
  keepMounted?: boolean;
}

export const PANE_TABS: PaneTab[] = [
  {
    id: "verify",
    label: (t) => t.tabVerify,
    render: (props) => <VerifyPanel {...props} />,
    keepMounted: true,
  },
  {
    id: "monitoring",
    label: (t) => t.tabMonitoring,
    render: (props) => <MonitoringPanel {...props} />,
  },
];

/** Rendicontazione reads the workbook when shown, with the plan year chosen in the settings. */
function MonitoringPanel(props: PaneProps) {
  const t = useStrings();
  const { settings } = props;
  const { year } = React.useSyncExternalStore(settings.subscribe, settings.get);
  return (
    <React.Suspense fallback={<p>{t.monitoringLoading}</p>}>
      <MonitoringTab port={props.port} services={props.services} year={year} settings={settings} />
    </React.Suspense>
  );
}

export function Pane(props: PaneProps) {
  const t = useStrings();
  const styles = useStyles();
  const [tab, setTab] = React.useState(PANE_TABS[0].id);
  const baseId = React.useId();
  return (
    <main className={styles.root}>
      <div className={styles.header}>
        <h1 className={styles.title}>{t.appTitle}</h1>
        <Tabs
          label={t.tabsLabel}
          selected={tab}
          onSelect={setTab}
          items={PANE_TABS.map((p) => ({
            value: p.id,
            label: p.label(t),
            id: `${baseId}-${p.id}-tab`,
            controls: `${baseId}-${p.id}`,
          }))}
        />
      </div>
      {PANE_TABS.filter((p) => p.keepMounted || p.id === tab).map((p) => (
        <div
          key={p.id}
          id={`${baseId}-${p.id}`}
          role="tabpanel"
          aria-labelledby={`${baseId}-${p.id}-tab`}
          hidden={p.id !== tab}
          className={p.id === tab ? styles.panel : undefined}
        >
          {p.render(props)}
        </div>
      ))}
    </main>
  );
}
