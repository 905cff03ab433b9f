// The engine the shared flows run in this Vitest process: BACA_ENGINE=chromium (default) or firefox.
export * from '../../../scripts/engines/index';
