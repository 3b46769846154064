// Where Switchover keeps its files. No dependencies beyond node: the CLI's copy command loads it
// on its start-up path, where the settings store (conf, zod) is not needed.
export { defaultDataDirectory } from './dataDirectory';
