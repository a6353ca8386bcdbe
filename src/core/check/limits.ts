/** A claim longer than this is a usage error: whole texts go through `check --file` sentence by sentence. */
export const MAX_CLAIM_LENGTH = 2000;
