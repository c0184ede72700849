export * from './insights';
export * from './metrics';
export * from './storedMeasures';
export * from './research';
export * from './blueprint';
export * from './plan';
