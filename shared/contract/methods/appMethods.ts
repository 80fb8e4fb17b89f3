import { z } from 'zod';
import { AppInfoSchema, SettingsSchema, StatusSchema } from '../schemas';

/** What Växel is and how it is set: its info, the status, the settings. */
export const appMethods = {
  getInfo: { input: z.object({}), output: AppInfoSchema },
  getStatus: { input: z.object({}), output: StatusSchema },

  getSettings: { input: z.object({}), output: SettingsSchema },
  updateSettings: { input: SettingsSchema.partial(), output: SettingsSchema },
} as const;
