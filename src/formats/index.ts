export * from './result';
export * from './errors';
export * from './document';
export * from './csv';
export * from './png';
export * from './openFile';
export { MIGRATIONS } from './migrations';
export * from './merge';
export * from './notes';
