import { Html, html } from './html';

/** The look shared by the sandbox's pages (the PayApp pay page and the sandbox console). */
const STYLE = new Html(`
  :root { font-family: system-ui, -apple-system, "Apple SD Gothic Neo", "Noto Sans KR", sans-serif; color: #1d2330; background: #f4f6fa; }
  body { margin: 0; }
  header { background: #1d2330; color: #fff; padding: 12px 20px; font-weight: 600; }
  header small { font-weight: 400; opacity: .7; margin-left: 8px; }
  main { max-width: 960px; margin: 24px auto; padding: 0 16px; }
  .card { background: #fff; border-radius: 10px; box-shadow: 0 1px 3px rgba(0,0,0,.12); padding: 20px; margin-bottom: 16px; }
  .narrow { max-width: 440px; margin-left: auto; margin-right: auto; }
  dl { display: grid; grid-template-columns: max-content 1fr; gap: 6px 16px; margin: 0; }
  dt { color: #5b6475; } dd { margin: 0; font-weight: 500; }
  .amount { font-size: 1.6em; font-weight: 700; }
  fieldset { border: 1px solid #d8dde6; border-radius: 8px; margin: 12px 0; }
  label { display: block; margin: 4px 0; }
  input[type=text] { font: inherit; padding: 6px 8px; border: 1px solid #c4cad6; border-radius: 6px; }
  button { font: inherit; padding: 10px 18px; border: 0; border-radius: 8px; background: #2f6fed; color: #fff; cursor: pointer; }
  button.secondary { background: #5b6475; }
  .state { display: inline-block; padding: 2px 8px; border-radius: 999px; font-size: .85em; font-weight: 600; background: #e6e9ef; }
  .state[data-state=PAID], .state[data-state=ACTIVE] { background: #d9f5e3; color: #11603a; }
  .state[data-state=WAITING_FOR_DEPOSIT], .state[data-state=PENDING_APPROVAL] { background: #fff2cc; color: #7a5b00; }
  .state[data-state=FAILED], .state[data-state=UNKNOWN] { background: #fde2e1; color: #8c1d18; }
  .state[data-state$=CANCELLED] { background: #ece5f8; color: #4b2a86; }
  .error { background: #fde2e1; color: #8c1d18; padding: 10px 12px; border-radius: 8px; }
  .note { color: #5b6475; font-size: .9em; }
  table { width: 100%; border-collapse: collapse; }
  th, td { text-align: left; padding: 6px 8px; border-bottom: 1px solid #eceff4; font-size: .92em; }
  code { font-size: .9em; }
`);

export function page(title: string, heading: Html, body: Html): Html {
  return html`<!DOCTYPE html>
<html lang="ko">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title><style>${STYLE}</style></head>
<body><header>${heading}</header><main>${body}</main></body>
</html>`;
}
