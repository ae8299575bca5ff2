import type { DataSource } from 'typeorm';

/** Column types that can hold text: what a dump of the database would show in the clear. */
const TEXT_TYPES = ['char', 'varchar', 'tinytext', 'text', 'mediumtext', 'longtext', 'json', 'binary', 'varbinary', 'tinyblob', 'blob', 'mediumblob', 'longblob', 'enum', 'set'];

/** Every text and JSON value of every table of the test's database, one per line. */
export async function textDump(db: DataSource): Promise<string> {
  const columns: { tableName: string; columnName: string }[] = await db.query(
    `SELECT TABLE_NAME AS tableName, COLUMN_NAME AS columnName FROM information_schema.COLUMNS
      WHERE TABLE_SCHEMA = DATABASE() AND DATA_TYPE IN (${TEXT_TYPES.map(() => '?').join(', ')})`,
    TEXT_TYPES,
  );
  const values: string[] = [];
  for (const { tableName, columnName } of columns) {
    const rows: { value: unknown }[] = await db.query(`SELECT \`${columnName}\` AS value FROM \`${tableName}\``);
    for (const { value } of rows) if (value !== null) values.push(Buffer.isBuffer(value) ? value.toString('utf8') : typeof value === 'string' ? value : JSON.stringify(value));
  }
  return values.join('\n');
}
