export * from './command';
export * from './axes';
export * from './touchpoints';
export * from './channels';
export * from './annotations';
export * from './journey';
export * from './history';
export * from './conflicts';
