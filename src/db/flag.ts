/** Booleans are stored as 0/1 integers so that one schema serves SQLite and PostgreSQL. */
export type Flag = 0 | 1;
