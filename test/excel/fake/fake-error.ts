/** What Office.js rejects with: an error whose `code` names the failure (OfficeExtension.Error). */
export class FakeOfficeError extends Error {
  constructor(
    readonly code: string,
    message: string = code,
  ) {
    super(message);
    this.name = "RichApi.Error";
  }
}

export function notLoaded(property: string): FakeOfficeError {
  return new FakeOfficeError(
    "PropertyNotLoaded",
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}
