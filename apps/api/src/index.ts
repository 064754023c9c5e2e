export { startApp, type App } from './app.js';
export { loadConfig, ConfigError, type Config } from './config.js';
export { createLogger } from './logger.js';
export { connectMongo, databaseName, initDatabase } from './db/mongo.js';
export { createModels, type Models } from './services.js';
export { AdminService } from './modules/admins/admin.service.js';
export { passwordWeakness } from './modules/admins/password.js';
export { buildAppSchema } from './graphql/schema.js';
export { printSortedSchema } from './graphql/print.js';
