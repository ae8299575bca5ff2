import '../lib/child-stats';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import DataLoader from 'dataloader';
import { createPool, RowDataPacket } from 'mysql2/promise';
import { announceReady } from '../lib/child-stats';

/**
 * Baseline (b): a hand-written Apollo Server 5 list of payments with a nested object (the seller,
 * batched by DataLoader), read from the same tables with plain mysql2 SQL: what the stack costs
 * for a page of 50 when nothing stands between the resolver and the query.
 */
const typeDefs = `
  type Seller { id: ID! name: String! }
  type Payment { id: ID! state: String! amount: Int! currency: String! createdAt: String! seller: Seller! }
  type Query { payments(first: Int!): [Payment!]! }
`;

interface PaymentRow extends RowDataPacket {
  id: string;
  seller_id: string;
  state: string;
  amount: number;
  currency: string;
  created_at: Date;
}

async function main(): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is required');
  const pool = createPool({ uri: url, connectionLimit: 10, timezone: 'Z' });
  const sellersById = (ids: readonly string[]) =>
    pool.query<RowDataPacket[]>('SELECT id, name FROM sellers WHERE id IN (?)', [ids]).then(([rows]) => ids.map((id) => rows.find((row) => row.id === id) ?? null));
  const resolvers = {
    Query: {
      payments: async (_: unknown, { first }: { first: number }) =>
        (await pool.query<PaymentRow[]>('SELECT id, seller_id, state, amount, currency, created_at FROM payments ORDER BY id DESC LIMIT ?', [first]))[0],
    },
    Payment: {
      createdAt: (row: PaymentRow) => row.created_at.toISOString(),
      seller: (row: PaymentRow, _: unknown, context: { sellers: DataLoader<string, RowDataPacket | null> }) => context.sellers.load(row.seller_id),
    },
  };
  const server = new ApolloServer({ typeDefs, resolvers });
  const { url: listening } = await startStandaloneServer(server, {
    listen: { host: '127.0.0.1', port: 0 },
    context: async () => ({ sellers: new DataLoader(sellersById) }),
  });
  announceReady(listening.replace(/\/$/, ''));
}

void main();
