import '../lib/child-stats';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { announceReady } from '../lib/child-stats';

/** Baseline (a): what Apollo Server 5 costs with nothing behind it, `{ hello }`. */
async function main(): Promise<void> {
  const server = new ApolloServer({ typeDefs: 'type Query { hello: String! }', resolvers: { Query: { hello: () => 'world' } } });
  const { url } = await startStandaloneServer(server, { listen: { host: '127.0.0.1', port: 0 } });
  announceReady(url.replace(/\/$/, ''));
}

void main();
