/**
 * The app's services and models, by name. Each module adds its own entries from its manifest file
 * with a `declare module` augmentation, so code that only needs the registry's types (the GraphQL
 * context, the HTTP layer) never imports a module, and adding a module edits no file here.
 *
 *   declare module '../../core/registry.js' {
 *     interface ServiceRegistry { invoices: InvoiceService }
 *     interface ModelRegistry { invoices: InvoiceModel }
 *   }
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by augmentation
export interface ServiceRegistry {}

// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by augmentation
export interface ModelRegistry {}
