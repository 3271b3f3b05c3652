/** A package the checked copy cannot be made from: not a readable .xlsx, or a part it cannot add to. */
export class PackageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PackageError';
  }
}
