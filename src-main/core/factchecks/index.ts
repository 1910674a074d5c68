export * from './FactCheck';
export * from './FactCheckFeedError';
export * from './parseFactCheckFeed';
