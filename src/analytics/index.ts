export * from './insights';
export * from './metrics';
export * from './research';
