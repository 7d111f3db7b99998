export { it, en, type Strings, type StringKey, type Plural } from "./strings";
export { pseudo, pseudoize, PSEUDO_OPEN, PSEUDO_CLOSE } from "./pseudo";
export { format, plural } from "./format";
export { languageFor, stringsFor, coreLanguage, type UiLanguage } from "./language";
export { StringsProvider, useStrings } from "./context";
