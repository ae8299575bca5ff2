import { RowCache } from '../src/cache/row-cache';

/** A load that finishes when told to, counting how often it ran. */
function controlledLoad<V>() {
  let finish!: (value: V | null) => void;
  const load = jest.fn(() => new Promise<V | null>((resolve) => (finish = resolve)));
  return { load, finish: (value: V | null) => finish(value) };
}

describe('RowCache, the in-memory copies of keys, sellers, accounts and webhook endpoints', () => {
  it('reads a key once however many requests miss it at the same moment, then serves it from memory', async () => {
    const cache = new RowCache<{ id: string }>({ max: 10 });
    const { load, finish } = controlledLoad<{ id: string }>();
    const waiting = Array.from({ length: 32 }, () => cache.get('k', load));
    finish({ id: 'row' });
    expect(await Promise.all(waiting)).toEqual(Array(32).fill({ id: 'row' }));
    expect(await cache.get('k', load)).toEqual({ id: 'row' });
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('keeps nothing for a row that does not exist: a row made a moment later is found', async () => {
    const cache = new RowCache<{ id: string }>({ max: 10 });
    expect(await cache.get('k', async () => null)).toBeUndefined();
    expect(await cache.get('k', async () => ({ id: 'made since' }))).toEqual({ id: 'made since' });
  });

  it('does not keep what a read that began before an invalidation found', async () => {
    const cache = new RowCache<{ revoked: boolean }>({ max: 10 });
    const { load, finish } = controlledLoad<{ revoked: boolean }>();
    const before = cache.get('k', load);
    cache.delete('k'); // the row changed while it was being read
    finish({ revoked: false });
    expect(await before).toEqual({ revoked: false });
    expect(await cache.get('k', async () => ({ revoked: true }))).toEqual({ revoked: true });
  });

  it('forgets entries past their time limit', async () => {
    const cache = new RowCache<{ n: number }>({ max: 10, ttlMs: 20 });
    await cache.get('k', async () => ({ n: 1 }));
    await new Promise((resolve) => setTimeout(resolve, 40));
    expect(await cache.get('k', async () => ({ n: 2 }))).toEqual({ n: 2 });
  });
});
