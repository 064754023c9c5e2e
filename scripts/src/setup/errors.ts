interface FieldErrors {
  fields?: { field: string; message: string }[];
}

/** Field errors from the API's validation, as one line a person can act on. */
export function describeSetupError(error: unknown): string {
  const fields = (error as FieldErrors).fields;
  if (Array.isArray(fields) && fields.length > 0) {
    return fields.map(({ field, message }) => `ADMIN_${field.toUpperCase()} ${message}`).join('; ');
  }
  return error instanceof Error ? error.message : String(error);
}
