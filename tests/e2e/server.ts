// The local fixture server shared with `npm start` and the benchmarks (scripts/server.ts).
export * from '../../scripts/server';
