import { formatWallTime } from '../../lib/i18n/index.ts';
import type { Person, Thread } from '../../lib/mail/thread.ts';
import { useI18n } from '../common/i18n.tsx';

const personLabel = (p: Person, fallback: string) => p.name ?? p.email ?? fallback;

function participants(thread: Thread): Person[] {
  const seen = new Map<string, Person>();
  for (const m of thread.messages) {
    for (const p of [m.from, ...m.to]) {
      const key = (p.email ?? p.name ?? '').toLowerCase();
      if (key && !seen.has(key)) seen.set(key, p);
    }
  }
  return [...seen.values()];
}

/** The thread as Parole read it. Email text is rendered as text, never as HTML. */
export function ThreadView({ thread }: { thread: Thread }) {
  const { t, lang } = useI18n();
  const people = participants(thread);
  return (
    <section className="thread" aria-label={t('tabs.thread')}>
      <p className="muted">
        {t(`provider.${thread.provider}`)} · {t('panel.messageCount', { n: thread.messages.length })}
      </p>
      {people.length > 0 && (
        <div className="participants">
          <h2 className="section-title">{t('panel.participants')}</h2>
          <ul className="chips">
            {people.map((p) => (
              <li key={p.email ?? p.name} className="chip" title={p.email ?? undefined}>
                {personLabel(p, t('panel.unknownSender'))}
              </li>
            ))}
          </ul>
        </div>
      )}
      {thread.problems.length > 0 && (
        <details className="problems">
          <summary>{t('panel.problems')}</summary>
          <ul>
            {thread.problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </details>
      )}
      <h2 className="section-title">{t('panel.messages')}</h2>
      <ol className="messages">
        {thread.messages.map((m, i) => (
          <li
            key={m.id ?? `m${i}`}
            className={m.collapsed ? 'message collapsed' : 'message'}
            data-testid="message"
          >
            <header className="message-head">
              <span className="sender" data-testid="sender" title={m.from.email ?? undefined}>
                {personLabel(m.from, t('panel.unknownSender'))}
              </span>
              <time className="muted" dateTime={m.sent_at ?? undefined}>
                {m.sent_at ? formatWallTime(m.sent_at, lang) : t('panel.noDate')}
              </time>
            </header>
            {m.collapsed && <span className="tag">{t('panel.collapsed')}</span>}
            <p className="message-text">{m.text}</p>
          </li>
        ))}
      </ol>
    </section>
  );
}
