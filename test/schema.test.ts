import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema } from 'graphql';
import { printContractSchema } from '../src/schema';

describe('the emitted schema', () => {
  it('is what the code builds: schema/schema.graphql is not stale (run npm run build)', async () => {
    const committed = readFileSync(join(__dirname, '..', 'schema', 'schema.graphql'), 'utf8');
    expect(committed).toBe(await printContractSchema());
  });

  it('names the domain type Subscription and keeps every type and field described', async () => {
    const schema = buildSchema(await printContractSchema());
    const subscription = schema.getType('Subscription');
    expect(subscription?.toString()).toBe('Subscription');
    expect(Object.keys((subscription as unknown as { getFields(): object }).getFields())).toContain('providerSubscriptionId');
    const undocumented: string[] = [];
    for (const [name, type] of Object.entries(schema.getTypeMap())) {
      if (name.startsWith('__') || ['String', 'Int', 'Float', 'Boolean', 'ID', 'Query', 'Mutation', 'SubscriptionRoot'].includes(name)) continue;
      if (!type.description) undocumented.push(name);
      if ('getFields' in type) for (const [field, def] of Object.entries((type as { getFields(): Record<string, { description?: string | null }> }).getFields())) if (!def.description) undocumented.push(`${name}.${field}`);
    }
    expect(undocumented).toEqual([]);
  });
});
