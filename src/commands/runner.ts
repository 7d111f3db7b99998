/**
 * The commands' code, loaded on the first click (ribbon.ts, register.ts). One set of handlers
 * for the page, run with what the pane configured (its port, plan year and switched-off rules,
 * see register.ts) or, before the pane has run, with what the pane starts with: a port on the
 * workbook, Office's language, no plan year, the rules switched off in storage.
 */
import { buildSummary, checkWorkbook, readWorkbook } from "../core";
import { createExcelWorkbook, officeLanguage } from "../excel/office";
import { loadDisabledRules } from "../taskpane/rule-settings";
import type { CommandRunner } from "./associate";
import { createCommandHandlers, type CommandHandler } from "./handlers";
import { showTaskpaneWithOffice } from "./office-host";
import { commandOutcomes, type CommandName } from "./outcomes";
import { configuredCommands, type CommandSettings } from "./command-config";

let defaults: CommandSettings | null = null;
let handlers: Record<CommandName, CommandHandler> | null = null;

function current(): CommandSettings {
  const configured = configuredCommands();
  if (configured) return configured;
  defaults ??= {
    port: createExcelWorkbook(),
    services: { checkWorkbook, readWorkbook, buildSummary, now: () => new Date() },
    language: officeLanguage,
    readOptions: () => ({}),
    validateOptions: () => ({ disabledRules: loadDisabledRules() }),
    showTaskpane: showTaskpaneWithOffice,
    outcomes: commandOutcomes,
  };
  return defaults;
}

/** Handlers that look the settings up at each use, so a pane configured later is honoured. */
export function commandRunner(): CommandRunner {
  handlers ??= createCommandHandlers({
    get port() {
      return current().port;
    },
    get services() {
      return current().services;
    },
    language: () => current().language(),
    readOptions: () => current().readOptions(),
    validateOptions: () => current().validateOptions(),
    showTaskpane: () => current().showTaskpane(),
    publish: (outcome) => current().outcomes.publish(outcome),
  });
  const ready = handlers;
  return { run: (name, event) => ready[name](event) };
}
