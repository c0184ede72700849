export * from './insights';
export * from './blueprint';
export * from './plan';
