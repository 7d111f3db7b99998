/**
 * The first script of the page that hosts the ribbon's commands (taskpane.html, the shared
 * runtime; commands.html otherwise). Office hands a click on Verifica or Riepilogo only to a
 * function already associated: associated inside `Office.onReady` after the pane's large bundle,
 * the first click of a cold start (pane never opened) only starts the runtime and is lost
 * (OfficeDev/office-js #5176, #3378, #2744). So this small entry associates every FunctionName
 * at the top level, as Microsoft's samples do, and loads the commands' code on the first click.
 */
import { associateCommands } from "./associate";

associateCommands(
  (name, handler) => Office.actions.associate(name, handler),
  () => import(/* webpackChunkName: "command-runner" */ "./runner"),
);
