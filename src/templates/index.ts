export * from './stageModels';
export * from './create';
export * from './channels';
export * from './sample';
export * from './scenarios';
export * from './metricPresets';
export * from './blueprint';
