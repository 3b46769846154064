// Errors as data, without zod: the copy engine and the CLI load this on their hot start path
// (the contract's schemas cost tens of milliseconds to build). The contract re-exports it all.
export { errorCodes } from './errorCodes';
export type { ErrorCode } from './errorCodes';
export { SwitchoverError } from './switchoverError';
export type { WireError } from './switchoverError';
