import { modelOptions, prop, type ReturnModelType } from '@typegoose/typegoose';
import type { Connection } from 'mongoose';
import { modelOn } from '../../db/model.js';

const SETTINGS_ID = 'security';

/** Platform-wide security settings: one small document, read at each admin sign-in. */
@modelOptions({
  schemaOptions: {
    collection: 'platform_settings',
    timestamps: { createdAt: false, updatedAt: 'updated_date' },
    versionKey: false,
  },
})
export class PlatformSettingsDocument {
  @prop({ type: () => String })
  _id!: string;

  /** Every admin must sign in with two-factor; those not enrolled may only enrol until they do. */
  @prop({ type: () => Boolean, default: false })
  require_admin_two_factor!: boolean;

  updated_date!: Date;
}

export type PlatformSettingsModel = ReturnModelType<typeof PlatformSettingsDocument>;

export const createPlatformSettingsModel = (connection: Connection): PlatformSettingsModel =>
  modelOn(connection, PlatformSettingsDocument);

export interface PlatformSettings {
  require_admin_two_factor: boolean;
}

export async function readPlatformSettings(
  model: PlatformSettingsModel,
): Promise<PlatformSettings> {
  const doc = await model.findById(SETTINGS_ID).lean();
  return { require_admin_two_factor: doc?.require_admin_two_factor ?? false };
}

export async function writePlatformSettings(
  model: PlatformSettingsModel,
  settings: PlatformSettings,
): Promise<PlatformSettings> {
  await model.updateOne({ _id: SETTINGS_ID }, { $set: settings }, { upsert: true });
  return readPlatformSettings(model);
}
