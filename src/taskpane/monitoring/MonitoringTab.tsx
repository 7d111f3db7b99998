/** The Rendicontazione tab: its state (useMonitoring) and its view, mounted only while shown. */
import * as React from "react";
import type { WorkbookPort } from "../../core";
import type { CoreServices } from "../../core";
import type { SettingsStore } from "../settings-store";
import { MonitoringView } from "./MonitoringView";
import { useMonitoring } from "./useMonitoring";

export function MonitoringTab(props: {
  port: WorkbookPort;
  services: CoreServices;
  year: number | undefined;
  settings: SettingsStore;
}) {
  const api = useMonitoring(props.port, props.services, props.year, props.settings);
  return (
    <div data-view-panel="monitoring">
      <MonitoringView api={api} />
    </div>
  );
}
