/**
 * Office.js rejects with `OfficeExtension.Error` carrying a `code` string. This turns any such
 * failure into a WorkbookError with a plain sentence; a WorkbookError passes through untouched.
 */
import { WorkbookError, type Language } from "../core";
import { codeFor, messageFor, type MessageKey } from "./messages";

/** Office error codes (https://learn.microsoft.com/office/dev/add-ins/reference/javascript-api-for-office-error-codes). */
const BY_OFFICE_CODE: Record<string, MessageKey> = {
  AccessDenied: "accessDenied",
  ItemNotFound: "itemNotFound",
  InvalidReference: "itemNotFound",
  InvalidArgument: "invalidArgument",
  InvalidOperation: "invalidArgument",
  RequestPayloadSizeLimitExceeded: "tooLarge",
  ResponsePayloadSizeLimitExceeded: "tooLarge",
  RangeExceedsLimit: "tooLarge",
  MemoryLimitReached: "tooLarge",
  ActivityLimitReached: "busy",
  ServiceNotAvailable: "busy",
  RequestAborted: "busy",
  InactiveWorkbook: "busy",
  Conflict: "busy",
  ApiNotFound: "unsupported",
  ApiNotAvailable: "unsupported",
  NotImplemented: "unsupported",
  UnsupportedFeature: "unsupported",
  UnsupportedOperation: "unsupported",
  InvalidOperationInCellEditMode: "editing",
};

export function officeErrorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : undefined;
}

export function isPayloadTooLarge(error: unknown): boolean {
  const code = officeErrorCode(error);
  return code === "RequestPayloadSizeLimitExceeded" || code === "ResponsePayloadSizeLimitExceeded";
}

export function errorFor(
  key: MessageKey,
  language: Language,
  vars?: Record<string, string | number>,
): WorkbookError {
  return new WorkbookError(codeFor(key), messageFor(key, language, vars));
}

export function toWorkbookError(error: unknown, language: Language): WorkbookError {
  if (error instanceof WorkbookError) return error;
  const code = officeErrorCode(error);
  const key = code ? BY_OFFICE_CODE[code] : undefined;
  if (key) return errorFor(key, language);
  const detail = code ?? (error instanceof Error ? error.message : String(error));
  return errorFor("unexpected", language, { detail });
}
