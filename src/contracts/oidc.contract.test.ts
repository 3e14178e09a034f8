import { describe, expect, it } from 'vitest';
import { isAllowedRedirectUri } from './oidc.contract.js';

describe('redirect addresses a site may register', () => {
  it('accepts https anywhere and http only on this computer', () => {
    for (const uri of [
      'https://www.deyang.gov.cn/oidc/callback',
      'https://citizen.example:8443/cb?from=tongcheng',
      'http://localhost:4100/callback',
      'http://127.0.0.1:4100/callback',
      'http://[::1]:4100/callback',
    ]) {
      expect(isAllowedRedirectUri(uri), uri).toBe(true);
    }
  });

  it('refuses plain http elsewhere, fragments, credentials, wildcards and other schemes', () => {
    for (const uri of [
      'http://www.deyang.gov.cn/callback',
      'https://www.deyang.gov.cn/callback#top',
      'https://user:pass@www.deyang.gov.cn/callback',
      'https://*.deyang.gov.cn/callback',
      'javascript:alert(1)',
      'com.example.app:/callback',
      '/callback',
      'not a url',
    ]) {
      expect(isAllowedRedirectUri(uri), uri).toBe(false);
    }
  });
});
