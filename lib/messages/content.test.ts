import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { acceptCommand } from './content.ts';
import { TabCommandSchema } from './tab-command.ts';

describe('content-script command guard', () => {
  it('accepts exactly what TabCommandSchema accepts', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const span = fc.oneof(
      fc.constant(null),
      fc.record({
        start: fc.oneof(fc.nat(), fc.integer(), fc.double()),
        end: fc.oneof(fc.nat(), fc.string()),
      }),
      fc.string(),
    );
    const candidate = fc.oneof(
      fc.record({
        type: fc.constantFrom('compose:insert', 'thread:reread', 'thread:expand-all', 'x'),
        text: fc.oneof(fc.string(), fc.integer()),
        replace: span,
      }),
      fc.record({ type: fc.constantFrom('thread:reread', 'thread:expand-all', 'thread:snapshot') }),
      fc.anything(),
    );
    fc.assert(
      fc.property(candidate, (raw) => {
        expect(acceptCommand(raw) !== null).toBe(TabCommandSchema.safeParse(raw).success);
      }),
      { numRuns: 2000 },
    );
  });

  it('logs why a command was dropped', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(acceptCommand({ type: 'compose:insert', text: '', replace: null })).toBeNull();
    expect(warn).toHaveBeenCalledWith(
      '[parole] content: dropped a malformed command (text: expected a non-empty string)',
    );
  });
});
