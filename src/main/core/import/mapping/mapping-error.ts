/** A mapping that does not fit its file (a column it names is missing…): stops the import. */
export class MappingError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MappingError';
  }
}
