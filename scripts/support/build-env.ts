/**
 * The environment for builds started from tests. Vitest sets NODE_ENV=test,
 * BASE_URL, MODE and VITEST* in its own process; a child build would inherit
 * them and ship React's development bundle or ignore BASE_PATH. Builds here
 * get the environment a developer's shell gives `npm run build`.
 */
export function buildEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (/^(VITEST|VITE_|__VITEST)/.test(key) || ['NODE_ENV', 'BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'TEST'].includes(key)) continue;
    env[key] = value;
  }
  return { ...env, NODE_ENV: 'production', ASTRO_TELEMETRY_DISABLED: '1', ...extra };
}
