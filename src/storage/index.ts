export * from './db';
export * from './errors';
export * from './library';
export * from './autosave';
export { DATABASE_VERSIONS, type DatabaseVersion } from './schemaVersions';
