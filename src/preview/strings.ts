/**
 * Words of the preview host itself (the page around the pane). Not part of the add-in, so not in
 * the pane's tables; Italian like the workbooks it shows.
 */
export const previewText = {
  pageTitle: "Anteprima del riquadro PDO",
  workbookLabel: "Cartella in memoria",
  openFile: "Apri un file .xlsx",
  loading: "Caricamento della cartella di esempio…",
  loadFailed: "Impossibile aprire la cartella: {message}",
  sheetsLabel: "Fogli",
  selectionLabel: "Selezione",
  cellValueLabel: "Valore della cella",
  writeCell: "Scrivi",
  generated: "generato",
  documentSettings: "Impostazioni del documento ({n} problemi ignorati)",
  gridLabel: "Celle del foglio {sheet}",
  protectedSheet: "Il foglio «{sheet}» è protetto: nessuna modifica scritta.",
  missingSheet: "Il foglio «{sheet}» non esiste.",
};
