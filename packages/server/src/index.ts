export * from './http';
export * from './subgraph';
export * from './logging';
export * from './explorer';
