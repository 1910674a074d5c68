export * from './FactCheck';
export * from './FactCheckFeedError';
export * from './factCheckLimits';
export * from './parseFactCheckFeed';
