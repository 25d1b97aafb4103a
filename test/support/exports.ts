import { expect } from 'vitest';

/**
 * What every exported report of the live page must hold, in either browser: the flags, the page's
 * hostile text escaped (the live page carries an <img onerror>), and the CSV's columns.
 */
export const CSV_HEADER = 'n,category,label,cue,before,after,explanation,rule,start,end,evidence';

export function expectSafeExport(kind: 'html' | 'json' | 'csv', content: string): void {
  expect(content).toContain('Critics warn');
  if (kind === 'html') {
    expect(content).toContain('&lt;img src=x onerror=&quot;window.__pwned=1&quot;&gt;');
    expect(content).not.toContain('<img src=x');
    expect(content).not.toMatch(/<script/i);
  }
  if (kind === 'json') expect(JSON.parse(content).flags.length).toBeGreaterThan(0);
  if (kind === 'csv') expect(content.split('\r\n')[0]).toBe(CSV_HEADER);
}
