import type { ErrorCode } from '../contract/errors';

const statusByCode: Record<ErrorCode, number> = {
  invalid_input: 400,
  unsupported: 400,
  unknown_method: 404,
  not_found: 404,
  conflict: 409,
  storage: 507,
  internal: 500,
};

export function httpStatusFor(code: ErrorCode): number {
  return statusByCode[code];
}
