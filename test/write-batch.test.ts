import { QueryFailedError } from 'typeorm';
import { queueWrite, transactionHoldingWrites } from '../src/db/write-batch';
import { freshDatabase, QueryCounter, TestDatabase } from './support/db';

/** Transactions that hold their writes back (src/db/write-batch.ts), against the real database. */
describe('transactions holding writes', () => {
  let database: TestDatabase;
  const counter = new QueryCounter();
  const names = async () => (await database.db.query('SELECT name FROM batch_probe ORDER BY name')).map((r: { name: string }) => r.name);

  beforeAll(async () => {
    database = await freshDatabase(__filename, counter);
    await database.db.query('CREATE TABLE batch_probe (name VARCHAR(40) PRIMARY KEY, note TEXT NULL)');
  });
  afterAll(() => database.drop());
  beforeEach(async () => {
    await database.db.query('DELETE FROM batch_probe');
    counter.reset();
  });

  it('sends held writes with the next statement that is read, in order, and the rest with the COMMIT', async () => {
    counter.counting = true;
    const seen = await transactionHoldingWrites(database.db, async (manager) => {
      await queueWrite(manager, 'INSERT INTO batch_probe (name) VALUES (?)', ['a']);
      await queueWrite(manager, 'INSERT INTO batch_probe (name, note) VALUES (?, ?)', ['b', 'line one;\nline two']);
      const rows = await manager.query('SELECT name, note FROM batch_probe ORDER BY name');
      await queueWrite(manager, 'INSERT INTO batch_probe (name) VALUES (?)', ['c']);
      return rows;
    });
    counter.counting = false;
    expect(seen).toEqual([
      { name: 'a', note: null },
      { name: 'b', note: 'line one;\nline two' },
    ]);
    expect(await names()).toEqual(['a', 'b', 'c']);
    // START + two INSERTs + SELECT; INSERT + COMMIT.
    expect(counter.roundTrips).toBe(2);
    expect(counter.statements).toHaveLength(4);
  });

  it('hands a held statement its answer once it has been sent', async () => {
    let affected: number | undefined;
    await database.db.query("INSERT INTO batch_probe (name) VALUES ('x'), ('y')");
    await transactionHoldingWrites(database.db, async (manager) => {
      await queueWrite(manager, "UPDATE batch_probe SET note = 'seen'", [], (raw) => (affected = (raw as { affectedRows: number }).affectedRows));
      expect(affected).toBeUndefined();
    });
    expect(affected).toBe(2);
  });

  it('fails the transaction where a held write fails, and rolls back what was held with it', async () => {
    await database.db.query("INSERT INTO batch_probe (name) VALUES ('taken')");
    const attempt = transactionHoldingWrites(database.db, async (manager) => {
      await queueWrite(manager, 'INSERT INTO batch_probe (name) VALUES (?)', ['fresh']);
      await queueWrite(manager, 'INSERT INTO batch_probe (name) VALUES (?)', ['taken']);
    });
    await expect(attempt).rejects.toBeInstanceOf(QueryFailedError);
    await expect(attempt).rejects.toMatchObject({ code: 'ER_DUP_ENTRY' });
    expect(await names()).toEqual(['taken']);
  });

  it('rolls back writes already sent when the work throws after them', async () => {
    const attempt = transactionHoldingWrites(database.db, async (manager) => {
      await queueWrite(manager, 'INSERT INTO batch_probe (name) VALUES (?)', ['sent']);
      await manager.query('SELECT 1');
      throw new Error('changed its mind');
    });
    await expect(attempt).rejects.toThrow('changed its mind');
    expect(await names()).toEqual([]);
  });

  it('sends nothing at all when the work throws before anything reached the server', async () => {
    counter.counting = true;
    const attempt = transactionHoldingWrites(database.db, async (manager) => {
      await queueWrite(manager, 'INSERT INTO batch_probe (name) VALUES (?)', ['never']);
      throw new Error('refused before writing');
    });
    await expect(attempt).rejects.toThrow('refused before writing');
    counter.counting = false;
    expect(counter.roundTrips).toBe(0);
    expect(await names()).toEqual([]);
  });

  it('keeps every other query one statement each: the shared pool refuses two at once', async () => {
    await expect(database.db.query("SELECT 1; INSERT INTO batch_probe (name) VALUES ('smuggled')")).rejects.toMatchObject({ code: 'ER_PARSE_ERROR' });
    expect(await names()).toEqual([]);
  });
});
