/** The site's settings, from the environment; the defaults fit `npm start` of Tongcheng with demo data. */
export interface SiteSettings {
  port: number;
  /** Where people reach this site; the redirect addresses registered at Tongcheng are built from it. */
  siteUrl: string;
  issuer: string;
  clientId: string;
  clientSecret: string;
  scope: string;
}

export function readSettings(env: NodeJS.ProcessEnv = process.env): SiteSettings {
  const port = Number(env.PORT ?? 4100);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT is not a port: ${env.PORT}`);
  return {
    port,
    siteUrl: (env.SITE_URL ?? `http://localhost:${port}`).replace(/\/$/, ''),
    issuer: env.TONGCHENG_ISSUER ?? 'http://localhost:3000/oidc',
    clientId: env.CLIENT_ID ?? 'deyang-citizen-site',
    // The demo secret Tongcheng's demo data registers; a real site gets its own at registration.
    clientSecret: env.CLIENT_SECRET ?? 'deyang-citizen-site-demo-secret-2026',
    scope: env.SCOPE ?? 'openid profile phone',
  };
}
