import { describe, expect, it } from 'vitest';
import { describeStoreError } from './errors.ts';

describe('describeStoreError', () => {
  it('recognises a full storage, bare or wrapped by Dexie', () => {
    const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    expect(describeStoreError(quota)).toEqual({ kind: 'quota' });
    const wrapped = Object.assign(new Error('AbortError'), { name: 'AbortError', inner: quota });
    expect(describeStoreError(wrapped)).toEqual({ kind: 'quota' });
  });

  it('keeps the first line of any other failure', () => {
    expect(describeStoreError(new Error('ConstraintError: key exists\nat stack'))).toEqual({
      kind: 'other',
      detail: 'ConstraintError: key exists',
    });
  });
});
