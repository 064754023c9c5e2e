import type { Connection } from 'mongoose';
import type { Topics } from '../graphql/pubsub.js';
import type { ScheduledJob } from '../jobs/scheduler.js';
import type { AppModule, ModuleDependencies, RestRoute } from './module.js';
import type { ModelRegistry, ServiceRegistry } from './registry.js';

export class CompositionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CompositionError';
  }
}

/** Keys libraries probe objects for (promises, JSON, test matchers): absent, not an error. */
const PROBED_KEYS = new Set(['then', 'toJSON', 'asymmetricMatch', '$$typeof', 'nodeType']);

/**
 * A registry that names what is missing instead of answering undefined: a module asking for a
 * service no earlier module made fails at start, saying which, rather than on some later request.
 */
function strictRegistry<T extends object>(kind: string, entries: Record<string, unknown>): T {
  return new Proxy(entries, {
    get(target, key) {
      if (typeof key === 'string' && !(key in target) && !PROBED_KEYS.has(key)) {
        throw new CompositionError(
          `No ${kind} named "${key}" has been made: list the module that makes it earlier in modules/index.ts`,
        );
      }
      return Reflect.get(target, key);
    },
  }) as T;
}

function addEntries(
  kind: string,
  moduleName: string,
  target: Record<string, unknown>,
  entries: object,
): void {
  for (const [name, value] of Object.entries(entries)) {
    if (name in target) {
      throw new CompositionError(`Module "${moduleName}" makes a ${kind} "${name}" that exists`);
    }
    target[name] = value;
  }
}

export function createModels(connection: Connection, modules: readonly AppModule[]): ModelRegistry {
  const models: Record<string, unknown> = {};
  for (const module of modules) {
    if (module.models) addEntries('model', module.name, models, module.models(connection));
  }
  return strictRegistry<ModelRegistry>('model', models);
}

export function createServices(
  deps: Omit<ModuleDependencies, 'services'>,
  modules: readonly AppModule[],
): ServiceRegistry {
  const made: Record<string, unknown> = {};
  const services = strictRegistry<ServiceRegistry>('service', made);
  for (const module of modules) {
    if (!module.services) continue;
    const log = deps.log.child({ module: module.name });
    addEntries('service', module.name, made, module.services({ ...deps, log, services }));
  }
  return services;
}

export const resolversOf = (modules: readonly AppModule[]) =>
  modules.flatMap((module) => module.resolvers ?? []);

export const topicsOf = (modules: readonly AppModule[]): ReadonlySet<keyof Topics> =>
  new Set(modules.flatMap((module) => module.topics ?? []));

export function jobsOf(modules: readonly AppModule[], services: ServiceRegistry): ScheduledJob[] {
  const jobs = modules.flatMap((module) => module.jobs?.(services) ?? []);
  const names = new Set<string>();
  for (const job of jobs) {
    if (names.has(job.name)) throw new CompositionError(`Two jobs are named "${job.name}"`);
    names.add(job.name);
  }
  return jobs;
}

export const restRoutesOf = (
  modules: readonly AppModule[],
  services: ServiceRegistry,
): RestRoute[] => modules.flatMap((module) => module.rest?.(services) ?? []);

export const httpRoutesOf = (
  modules: readonly AppModule[],
  services: ServiceRegistry,
): RestRoute[] => modules.flatMap((module) => module.http?.(services) ?? []);

export const graphqlPluginsOf = (modules: readonly AppModule[], services: ServiceRegistry) =>
  modules.flatMap((module) => module.graphqlPlugins?.(services) ?? []);

export async function startModules(
  modules: readonly AppModule[],
  services: ServiceRegistry,
): Promise<void> {
  for (const module of modules) await module.start?.(services);
}

/** In reverse order, so a module stops before the ones it depends on. */
export async function stopModules(
  modules: readonly AppModule[],
  services: ServiceRegistry,
): Promise<void> {
  for (const module of [...modules].reverse()) await module.stop?.(services);
}
