/**
 * A package the checked copy cannot be made from: damaged (a part the copy edits is not readable
 * XML, a part it needs is missing), or sound but in a shape the writer does not handle.
 */
export class PackageError extends Error {
  constructor(
    message: string,
    readonly kind: 'corrupt' | 'unsupported' = 'unsupported',
  ) {
    super(message);
    this.name = 'PackageError';
  }
}
