export * from './schema';
export * from './emotion';
export * from './invariants';
export * from './ids';
export * from './limits';
export * from './clone';
export * from './factories';
export * from './scenarios';
