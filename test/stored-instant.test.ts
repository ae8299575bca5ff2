import { readRows } from '../src/db/read-rows';
import { rowSelect } from '../src/db/row-select';
import { instantFromText, StoredInstant } from '../src/db/stored-instant';
import { DateTimeScalar } from '../src/graphql/scalars';
import { SellerRow } from '../src/modules/sellers/seller.entity';
import { freshDatabase, TestDatabase } from './support/db';

describe('instants read as text (src/db/stored-instant.ts)', () => {
  it('keeps the ISO text a DATETIME(3) was read as, which is exactly what formatting the Date gives', () => {
    const instant = instantFromText('2026-12-02 15:32:06.120');
    expect(instant).toBeInstanceOf(StoredInstant);
    expect((instant as StoredInstant).iso).toBe('2026-12-02T15:32:06.120Z');
    expect(instant.toISOString()).toBe('2026-12-02T15:32:06.120Z');
    expect(instant.getTime()).toBe(Date.UTC(2026, 11, 2, 15, 32, 6, 120));
    expect(DateTimeScalar.serialize(instant)).toBe('2026-12-02T15:32:06.120Z');
    expect(JSON.stringify({ at: instant })).toBe('{"at":"2026-12-02T15:32:06.120Z"}');
  });

  it('counts the days of every calendar date right, leap years and centuries included', () => {
    const pad = (n: number, width = 2) => String(n).padStart(width, '0');
    for (let ms = Date.UTC(1000, 0, 1); ms < Date.UTC(9999, 11, 31); ms += 86_400_000 * 29 + 3_723_017) {
      const date = new Date(ms);
      const text = `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())} ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}.${pad(date.getUTCMilliseconds(), 3)}`;
      const instant = instantFromText(text) as StoredInstant;
      if (instant.getTime() !== ms || instant.iso !== date.toISOString()) throw new Error(`${text}: ${instant.getTime()} ≠ ${ms}`);
    }
    expect(instantFromText('2000-02-29 23:59:59.999').toISOString()).toBe('2000-02-29T23:59:59.999Z');
    expect(instantFromText('1900-03-01 00:00:00.000').getTime()).toBe(Date.UTC(1900, 2, 1));
  });

  it('makes a plain Date of a text without milliseconds, written with them', () => {
    const instant = instantFromText('2026-01-31 00:00:00');
    expect(instant).not.toBeInstanceOf(StoredInstant);
    expect(DateTimeScalar.serialize(instant)).toBe('2026-01-31T00:00:00.000Z');
  });

  describe('on the read paths', () => {
    let database: TestDatabase;
    beforeAll(async () => {
      database = await freshDatabase(__filename);
      await database.db.query('CREATE TABLE instant_probe (id VARCHAR(32) PRIMARY KEY, at DATETIME(3) NOT NULL)');
    });
    afterAll(() => database.drop());

    it('reads the instant TypeORM wrote, to the millisecond, in UTC', async () => {
      const written = new Date(Date.UTC(2027, 0, 1, 8, 59, 59, 999));
      await database.db.query('INSERT INTO instant_probe (id, at) VALUES (?, ?)', ['a', written]);
      const [raw] = await readRows(database.db, 'SELECT id, at FROM instant_probe');
      expect(raw.at).toBe('2027-01-01 08:59:59.999');
      const [typeorm] = await database.db.query('SELECT at FROM instant_probe');
      expect(typeorm.at).toEqual(written);
      const instant = instantFromText(raw.at as string);
      expect(instant.getTime()).toBe(written.getTime());
      expect(DateTimeScalar.serialize(instant)).toBe('2027-01-01T08:59:59.999Z');
    });

    it('is what RowSelect.decode makes of a datetime column read as text, and leaves a Date alone', () => {
      const select = rowSelect(database.db, SellerRow, { only: ['createdAt'] });
      const fromText = select.decode({ createdAt: '2026-05-05 05:05:05.005' });
      expect(fromText.createdAt).toEqual(new Date('2026-05-05T05:05:05.005Z'));
      expect((fromText.createdAt as StoredInstant).iso).toBe('2026-05-05T05:05:05.005Z');
      const date = new Date('2020-02-02T02:02:02.002Z');
      expect(select.decode({ createdAt: date }).createdAt).toBe(date);
    });
  });
});
