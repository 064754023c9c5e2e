import { badInput, type FieldError } from './errors.js';

/** Collects every problem with an input before failing, so a form can show them all at once. */
export class FieldErrorCollector {
  private readonly errors: FieldError[] = [];

  add(field: string, message: string): void {
    this.errors.push({ field, message });
  }

  has(field: string): boolean {
    return this.errors.some((error) => error.field === field);
  }

  get isEmpty(): boolean {
    return this.errors.length === 0;
  }

  throwIfAny(): void {
    if (this.errors.length > 0) throw badInput(this.errors);
  }
}
