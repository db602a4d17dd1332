export const OP_REPLY = 1;
export const OP_QUERY = 2004;
export const OP_COMPRESSED = 2012;
export const OP_MSG = 2013;

export const HEADER_SIZE = 16;
export const MAX_BSON_OBJECT_SIZE = 16 * 1024 * 1024;
export const MAX_MESSAGE_SIZE_BYTES = 48_000_000;
export const MAX_WRITE_BATCH_SIZE = 100_000;

// mongodb driver 7 requires maxWireVersion >= 9 (server 4.4); 21 is MongoDB 7.0.
export const MIN_WIRE_VERSION = 0;
export const MAX_WIRE_VERSION = 21;
export const SERVER_VERSION = '7.0.0';
