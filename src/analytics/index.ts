export * from './insights';
export * from './metrics';
export * from './metricsRow';
export * from './research';
export * from './blueprint';
export * from './plan';
