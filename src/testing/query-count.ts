import { type CompiledQuery, DefaultQueryExecutor, type QueryExecutor } from 'kysely';

type ExecuteQuery = QueryExecutor['executeQuery'];

/** Where every Kysely executor (root, plugin-wrapped or in a transaction) runs its statements. */
const executorBase = Object.getPrototypeOf(DefaultQueryExecutor.prototype) as { executeQuery: ExecuteQuery };

export interface CountedQueries<T> {
  result: T;
  /** The number of SQL statements sent to the database during the block. */
  count: number;
  /** Their SQL, in order, to show what ran when a count is off. */
  queries: string[];
}

/**
 * Counts the SQL statements every Kysely instance in this process sends while `block` runs
 * (transaction begin/commit are not statements and are not counted). Test files run in their
 * own workers and their tests one at a time, so the count is the block's own.
 */
export async function countQueries<T>(block: () => Promise<T>): Promise<CountedQueries<T>> {
  const original = executorBase.executeQuery;
  const queries: string[] = [];
  const counting: ExecuteQuery = function (this: QueryExecutor, compiledQuery: CompiledQuery, options) {
    queries.push(compiledQuery.sql);
    return original.call(this, compiledQuery, options);
  } as ExecuteQuery;
  executorBase.executeQuery = counting;
  try {
    const result = await block();
    return { result, count: queries.length, queries };
  } finally {
    executorBase.executeQuery = original;
  }
}
