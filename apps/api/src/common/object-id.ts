import { Types } from 'mongoose';
import { badInput } from './errors.js';

/** Parses a client-supplied id; a malformed one is the client's mistake (400), never a 500. */
export function parseObjectId(value: unknown, field = 'id'): Types.ObjectId {
  if (typeof value === 'string' && /^[0-9a-f]{24}$/i.test(value)) {
    return new Types.ObjectId(value);
  }
  throw badInput([{ field, message: 'must be a 24-character hexadecimal id' }]);
}
