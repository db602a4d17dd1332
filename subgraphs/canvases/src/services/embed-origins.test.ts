import { describe, expect, it } from 'vitest';
import { frameAncestorsHeader, validateAllowedOrigins } from './embed-origins.ts';

describe('allowed origins of an embed', () => {
  it('keeps https origins (and http on localhost) as URL origins, without duplicates', () => {
    expect(
      validateAllowedOrigins([
        'https://Partner.example',
        'https://partner.example/',
        'https://b.example:8443',
        'http://localhost:3000',
        'http://127.0.0.1:8080',
      ]),
    ).toEqual([
      'https://partner.example',
      'https://b.example:8443',
      'http://localhost:3000',
      'http://127.0.0.1:8080',
    ]);
    expect(validateAllowedOrigins(undefined)).toEqual([]);
    expect(validateAllowedOrigins([])).toEqual([]);
  });

  it('refuses anything that is not exactly an origin, naming the entry', () => {
    for (const bad of [
      'http://partner.example',
      'https://p.example/x',
      'https://p.example?x',
      'https://*.example',
      '*',
      "'self'",
      'https://a.example https://b.example',
      'https://a.example;script-src',
      'data:text/html,x',
      'ftp://a.example',
      '',
    ]) {
      expect(() => validateAllowedOrigins(['https://ok.example', bad]), bad).toThrow(
        expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'allowedOrigins.1' }),
      );
    }
    expect(() =>
      validateAllowedOrigins(Array.from({ length: 21 }, (_, i) => `https://h${i}.example`)),
    ).toThrow(expect.objectContaining({ field: 'allowedOrigins' }));
  });

  it('writes the frame-ancestors directive', () => {
    expect(frameAncestorsHeader({ frameAncestors: ["'self'", 'https://a.example'] })).toBe(
      "frame-ancestors 'self' https://a.example",
    );
  });
});
