import { useEffect, useState } from 'react';
import type { Analysis } from '../../lib/analysis/types.ts';
import { nowWithOffset } from '../../lib/i18n/index.ts';
import type { Thread } from '../../lib/mail/thread.ts';

export type AnalysisState =
  | { status: 'working' }
  | { status: 'done'; analysis: Analysis }
  | { status: 'failed'; reason: string };

/**
 * The analysis of the thread in view. The analysis code (NLP, dates) is loaded on first use so the
 * panel paints at once; it runs in the panel's own process, never in the webmail page.
 */
export function useAnalysis(thread: Thread, me: string | null): AnalysisState {
  const [state, setState] = useState<AnalysisState>({ status: 'working' });
  useEffect(() => {
    let live = true;
    setState({ status: 'working' });
    void import('../../lib/analysis/analyze.ts')
      .then(({ analyzeThread }) => analyzeThread(thread, { me: me ?? thread.account, now: nowWithOffset() }))
      .then(
        (analysis) => live && setState({ status: 'done', analysis }),
        (e: unknown) =>
          live && setState({ status: 'failed', reason: e instanceof Error ? e.message : String(e) }),
      );
    return () => {
      live = false;
    };
  }, [thread, me]);
  return state;
}
