import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';

describe('loadConfig', () => {
  it('defaults to PGlite in ./data, port 3000, demo mode', () => {
    const config = loadConfig({}, '/srv/gy');
    expect(config).toMatchObject({
      port: 3000,
      demo: true,
      region: '451300',
      database: { kind: 'pglite', dataDir: '/srv/gy/data' },
    });
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('uses PostgreSQL when DATABASE_URL is set', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://u@db:5432/gy', GONGYEYUN_DEMO: 'false' });
    expect(config.database).toEqual({ kind: 'postgres', url: 'postgres://u@db:5432/gy' });
    expect(config.demo).toBe(false);
  });

  it('fails listing every bad variable at once', () => {
    let error: unknown;
    try {
      loadConfig({
        PORT: 'eighty',
        DATABASE_URL: 'mysql://x',
        GONGYEYUN_REGION: '4513',
        GONGYEYUN_DEMO: 'maybe',
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.map((p) => p.split(':')[0]);
    expect(problems.sort()).toEqual(['DATABASE_URL', 'GONGYEYUN_DEMO', 'GONGYEYUN_REGION', 'PORT']);
  });
});
