export * from './db';
export * from './errors';
export * from './library';
export * from './autosave';
export * from './journal';
export * from './documentSaver';
export { JourneyValidator } from './validation';
export { DATABASE_VERSIONS, type DatabaseVersion } from './schemaVersions';
export * from './journeyWriter';
