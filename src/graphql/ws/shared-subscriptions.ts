import { createSourceEventStream, DocumentNode, execute, ExecutionArgs, ExecutionResult, print } from 'graphql';
import type { Context } from '../context';
import { Loaders } from '../loaders';
import type { Services } from '../../services';

/** What every subscriber of one event shares: loaders, and one result per kind of subscriber. */
interface EventExecutions {
  loaders: Loaders;
  results: Map<string, Promise<ExecutionResult>>;
}

/**
 * Subscribers with the same document, variables and operation name, seen by the same scope (the
 * key's role and seller: everything that decides what a viewer may see), get the same answer to an
 * event. Holds for any subscription whose resolvers read only the event, its variables and what the
 * viewer may see — true of every subscription field of this schema.
 */
function sharingKey(args: ExecutionArgs, context: Context): string {
  const { role, sellerId } = context.viewer;
  return JSON.stringify([role, sellerId, args.operationName ?? null, args.variableValues ?? {}, printed(args.document)]);
}

/** Documents are shared between subscribers (ParsedDocuments), so each is printed once. */
const printedDocuments = new WeakMap<DocumentNode, string>();
function printed(document: DocumentNode): string {
  let text = printedDocuments.get(document);
  if (text === undefined) printedDocuments.set(document, (text = print(document)));
  return text;
}

/**
 * Runs subscriptions (graphql-ws's `subscribe` hook) so that one event costs one execution per kind
 * of subscriber, not one per subscriber: the source stream stays each subscriber's own (its checks,
 * filters, replay and order), and each event is executed once per sharing key, against loaders made
 * for that event alone (fresh rows, never a long-lived subscription's stale ones) and shared by all
 * its executions, so that its reads do not grow with its subscribers.
 *
 * An event is recognised by identity: the feed hands the same object to every subscriber, and the
 * executions of an event go away with it (a WeakMap). Events read for one subscriber (a replay after
 * `after`) are new objects, so they are simply executed for that subscriber.
 */
export class SharedSubscriptions {
  private readonly byEvent = new WeakMap<object, EventExecutions>();

  constructor(private readonly services: Pick<Services, 'db' | 'sellers'>) {}

  async subscribe(args: ExecutionArgs): Promise<AsyncIterableIterator<ExecutionResult> | ExecutionResult> {
    const source = await createSourceEventStream(args);
    if (!isAsyncIterable(source)) return source; // the subscribe resolver refused: its errors
    const context = args.contextValue as Context;
    const key = sharingKey(args, context);
    return mapEvents(source[Symbol.asyncIterator](), (event) => this.resultFor(event, key, args, context));
  }

  private resultFor(event: unknown, key: string, args: ExecutionArgs, context: Context): Promise<ExecutionResult> {
    if (typeof event !== 'object' || event === null) return this.run(event, args, context, new Loaders(this.services));
    let shared = this.byEvent.get(event);
    if (!shared) this.byEvent.set(event, (shared = { loaders: new Loaders(this.services), results: new Map() }));
    let result = shared.results.get(key);
    if (!result) shared.results.set(key, (result = this.run(event, args, context, shared.loaders)));
    return result;
  }

  private async run(event: unknown, args: ExecutionArgs, { viewer, services, logger, operation }: Context, loaders: Loaders): Promise<ExecutionResult> {
    const context: Context = { viewer, services, logger, operation, loaders };
    return execute({ ...args, rootValue: event, contextValue: context });
  }
}

function isAsyncIterable(value: unknown): value is AsyncIterable<unknown> {
  return typeof (value as AsyncIterable<unknown>)[Symbol.asyncIterator] === 'function';
}

/** Each event of `source` turned into its result, in order; ending or failing ends the source too (it unsubscribes). */
function mapEvents<T, R>(source: AsyncIterator<T>, map: (event: T) => Promise<R>): AsyncIterableIterator<R> {
  const end = async () => {
    await source.return?.();
    return { value: undefined, done: true } as const;
  };
  return {
    async next() {
      const next = await source.next();
      if (next.done) return next;
      try {
        return { value: await map(next.value), done: false };
      } catch (err) {
        await end();
        throw err;
      }
    },
    return: end,
    async throw(err: unknown) {
      await end();
      throw err;
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}
