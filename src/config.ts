import path from 'node:path';

// All configuration comes from the environment; README has the table.
export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl?: string;
  sessionHours: number;
  logLevel: string;
  secureCookies: boolean;
  /** Public submissions allowed per client address per 10 minutes (the portal and letters). */
  portalSubmitLimit: number;
  /** Where named submitters' notifications are delivered (the SMS / mail platform's endpoint). */
  notifyUrl?: string;
  notifySecret?: string;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    port: Number.parseInt(env.PORT ?? '3000', 10),
    host: env.HOST ?? '0.0.0.0',
    dataDir: path.resolve(env.MASSLINE_DATA_DIR ?? 'data'),
    databaseUrl: env.DATABASE_URL || undefined,
    sessionHours: Number.parseFloat(env.MASSLINE_SESSION_HOURS ?? '12'),
    logLevel: env.LOG_LEVEL ?? 'info',
    secureCookies: env.MASSLINE_SECURE_COOKIES === '1',
    portalSubmitLimit: Number.parseInt(env.MASSLINE_PORTAL_LIMIT ?? '10', 10),
    notifyUrl: env.MASSLINE_NOTIFY_URL || undefined,
    notifySecret: env.MASSLINE_NOTIFY_SECRET || undefined,
  };
}

export function sqliteFileFor(config: Config): string {
  return path.join(config.dataDir, 'massline.sqlite');
}
