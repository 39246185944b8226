import pg from 'pg';

/**
 * Instants inside a JSON result. A statement that builds its answer as JSON (one round trip for a whole view) puts
 * each timestamptz in it as text (`column::text`, the same text PostgreSQL sends for a timestamptz column), and
 * reads it back here with pg's own parser: the same Date, to the millisecond, as the column would have given.
 * (json_build_object's own rendering of a timestamptz has the "T" form and microseconds, which pg does not parse.)
 */
const parseTimestamptz = pg.types.getTypeParser(pg.types.builtins.TIMESTAMPTZ) as (text: string) => Date;

export const instantOf = (text: string): Date => parseTimestamptz(text);

/** The instant as ISO 8601 (what the API answers with), or null. */
export const isoInstantOf = (text: string | null): string | null =>
  text === null ? null : parseTimestamptz(text).toISOString();
