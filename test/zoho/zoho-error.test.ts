import { describe, expect, it } from 'vitest';
import { statusForCode } from '../../src/zoho/zoho-error';

describe('the HTTP status a write item’s code stands for', () => {
  it('a known code keeps its status, any other (even one named like an object property) is a 400', () => {
    expect(statusForCode('TOO_MANY_REQUESTS')).toBe(429);
    expect(statusForCode('DUPLICATE_DATA')).toBe(400);
    expect(statusForCode('constructor')).toBe(400);
    expect(statusForCode('__proto__')).toBe(400);
  });
});
