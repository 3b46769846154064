// Files written whole (temporary file, flush, rename) and JSON state read back only when it
// has the expected shape: the one way Switchover writes its state and the files it saves.

export { writeFileAtomic, writeFileAtomicSync } from './atomicFile';
export type { AtomicWriteOptions } from './atomicFile';
export { readJsonFile, readJsonFileSync, writeJsonFile, writeJsonFileSync } from './jsonFile';
export type { JsonShape } from './jsonFile';
