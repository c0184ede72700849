export * from './catalog';
export * from './menu';
export * from './words';
