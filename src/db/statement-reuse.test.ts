import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { type Db, openDatabase } from '#src/db/database.ts';

// The statement cache is SQLite's (database.ts); PostgreSQL's driver prepares nothing client-side.
describe('SQLite statements reused across queries', () => {
  let db: Db | null = null;
  afterEach(async () => {
    await db?.close();
    db = null;
  });

  function open(): Db {
    db = openDatabase({ dialect: 'sqlite', filename: ':memory:' });
    return db;
  }

  it('answers a repeated query with each call’s own parameters', async () => {
    const { kysely } = open();
    await sql`create table notes (id integer primary key, body text not null)`.execute(kysely);
    await sql`insert into notes (body) values ('en'), ('to'), ('tre')`.execute(kysely);
    const bodies = [];
    for (const id of [1, 2, 3, 2]) {
      const row = await sql<{ body: string }>`select body from notes where id = ${id}`.execute(kysely);
      bodies.push(row.rows[0]?.body);
    }
    expect(bodies).toEqual(['en', 'to', 'tre', 'to']);
  });

  it('sees a column a migration added after the statement was first used', async () => {
    const { kysely } = open();
    await sql`create table notes (id integer primary key)`.execute(kysely);
    await sql`insert into notes (id) values (1)`.execute(kysely);
    const before = await sql`select * from notes`.execute(kysely);
    await sql`alter table notes add column body text not null default 'ny'`.execute(kysely);
    const after = await sql`select * from notes`.execute(kysely);
    expect(before.rows).toEqual([{ id: 1 }]);
    expect(after.rows).toEqual([{ id: 1, body: 'ny' }]);
  });
});
