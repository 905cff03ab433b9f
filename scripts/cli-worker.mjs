// Worker entry for the CLI's batch mode: loads the TypeScript worker through tsx (workers do not inherit the loader).
import { tsImport } from 'tsx/esm/api';

await tsImport('./cli-worker.ts', import.meta.url);
