import { DocumentNode, GraphQLSchema, parse, validate, ValidationRule } from 'graphql';

/** Documents longer than this are parsed for each operation (a bound on what the cache may hold). */
const MAX_CACHED_LENGTH = 4096;
const MAX_ENTRIES = 500;

/**
 * Valid documents by their text, parsed and validated once: the thousand subscribers of one
 * dashboard, sending the same subscription, share one AST instead of holding a copy each while they
 * wait. Only valid documents are kept; the oldest goes when it is full.
 */
export class ParsedDocuments {
  private readonly byText = new Map<string, DocumentNode>();

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly rules: readonly ValidationRule[],
  ) {}

  /** The cached document for this text, if it was parsed and found valid before. */
  known(query: string): DocumentNode | undefined {
    return this.byText.get(query);
  }

  /** Parses (throws graphql-js's syntax error) and validates; a valid document is kept. */
  parseAndValidate(query: string): { document: DocumentNode; errors: ReturnType<typeof validate> } {
    const document = parse(query);
    const errors = validate(this.schema, document, this.rules);
    if (!errors.length && query.length <= MAX_CACHED_LENGTH) {
      if (this.byText.size >= MAX_ENTRIES) this.byText.delete(this.byText.keys().next().value as string);
      this.byText.set(query, document);
    }
    return { document, errors };
  }
}
