// The e2e suite drives Baca through the same launcher as `npm start` and the benchmarks (scripts/browser.ts).
export * from '../../scripts/browser';
