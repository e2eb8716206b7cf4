import { findComposer, readDraft } from './compose.ts';

export interface DraftSnapshot {
  text: string;
  popout: boolean;
}

/**
 * Reports the draft in the open reply box as the user types (debounced), and null when the reply
 * box closes. Listens at the document for input and focus, so it costs nothing while no one types.
 */
export function watchDraft(
  doc: Document,
  composers: readonly string[],
  signal: AbortSignal,
  onDraft: (draft: DraftSnapshot | null) => void,
  debounceMs = 350,
): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let last: string | null = null;
  const report = () => {
    timer = undefined;
    const editor = findComposer(doc, composers);
    const draft = editor
      ? {
          text: readDraft(editor).text,
          popout: editor.closest('[role="dialog"], [data-app-section="Form_Content"]') !== null,
        }
      : null;
    const key = JSON.stringify(draft);
    if (key === last) return;
    last = key;
    onDraft(draft);
  };
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(report, debounceMs);
  };
  for (const type of ['input', 'focusin', 'focusout'] as const) {
    doc.addEventListener(type, schedule, { capture: true, signal });
  }
  signal.addEventListener('abort', () => clearTimeout(timer));
}
