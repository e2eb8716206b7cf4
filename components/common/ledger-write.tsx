import { createContext, type ReactNode, useCallback, useContext, useState } from 'react';
import { announceLedgerChange } from '../../lib/messages/index.ts';
import { describeStoreError } from '../../lib/store/errors.ts';
import { useI18n } from './i18n.tsx';

type Write = (action: () => Promise<unknown>) => Promise<boolean>;

const WriteContext = createContext<Write>(async (action) => {
  await action();
  return true;
});

/**
 * Every write to the ledger goes through here: on success the other windows are told; on failure
 * (a full disk, a browser quota) the user is told plainly what happened and what to do, and the
 * change is not pretended.
 */
export function LedgerWriteProvider({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const [problem, setProblem] = useState<string | null>(null);
  const write = useCallback<Write>(
    async (action) => {
      try {
        await action();
        await announceLedgerChange();
        setProblem(null);
        return true;
      } catch (e) {
        const described = describeStoreError(e);
        setProblem(
          described.kind === 'quota' ? t('store.quota') : t('store.failed', { detail: described.detail }),
        );
        return false;
      }
    },
    [t],
  );
  return (
    <WriteContext.Provider value={write}>
      {problem && (
        <div className="store-problem" role="alert" data-testid="store-problem">
          <p>{problem}</p>
          <button type="button" onClick={() => setProblem(null)}>
            {t('store.dismiss')}
          </button>
        </div>
      )}
      {children}
    </WriteContext.Provider>
  );
}

export const useLedgerWrite = () => useContext(WriteContext);
