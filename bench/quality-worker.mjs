// Loads the TypeScript worker through tsx (workers do not inherit the loader).
import { tsImport } from 'tsx/esm/api';

await tsImport('./quality-worker.ts', import.meta.url);
