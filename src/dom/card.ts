import type { CategoryDef } from '../core/categories';
import type { Flag } from '../core/types';

/**
 * The explanation card: beside a highlighted span, never over it, in a shadow root so that the
 * page's CSS cannot reach it (and ours cannot reach the page). Built with DOM APIs only: page text goes
 * in as text, never as HTML. The host element exists only while the card is open.
 */
export interface CardItem {
  key: string;
  flag: Flag;
  category: CategoryDef;
  /** The rule's "why it matters" note (the category's when the rule has none). */
  why: string;
}

export interface CardActions {
  dismiss(key: string): void;
  showInList(key: string): void;
}

/** Gap between the span and the card, in CSS pixels. */
const GAP = 8;
/** Width of the card; narrower on small viewports. */
const WIDTH = 360;

const CSS_TEXT = `
:host { all: initial; }
.card { position: fixed; z-index: 2147483647; box-sizing: border-box; width: min(${WIDTH}px, calc(100vw - 16px));
  max-height: min(420px, 60vh); overflow: auto; background: #ffffff; color: #1a1a1a; border: 1px solid #8a8a8a;
  border-radius: 8px; box-shadow: 0 4px 18px rgba(0,0,0,.25); font: 14px/1.45 system-ui, sans-serif; padding: 10px 12px; text-align: left; }
.item + .item { border-top: 1px solid #cccccc; margin-top: 8px; padding-top: 8px; }
.head { display: flex; align-items: center; gap: 8px; font-weight: 700; }
.swatch { display: inline-block; width: 22px; height: 14px; border-radius: 3px; border-bottom: 3px solid; }
.cue { margin: 4px 0; font-style: italic; }
p { margin: 4px 0; }
.why { color: #3d3d3d; font-size: 13px; }
.page { font-size: 13px; font-weight: 700; margin: 0 0 6px; }
.said { font-size: 13px; font-weight: 700; }
ul { margin: 4px 0; padding-left: 18px; font-size: 13px; }
.other { font-weight: 700; }
.actions { display: flex; gap: 8px; margin-top: 6px; }
button { font: inherit; font-size: 13px; padding: 2px 8px; border-radius: 4px; border: 1px solid #0b57d0; background: #ffffff; color: #0b3d91; cursor: pointer; }
button:focus-visible { outline: 2px solid #0b57d0; outline-offset: 2px; }
@media (prefers-color-scheme: dark) {
  .card { background: #1f1f1f; color: #f0f0f0; border-color: #777777; }
  .why { color: #cfcfcf; } .item + .item { border-color: #444444; }
  button { background: #1f1f1f; color: #a8c7fa; border-color: #a8c7fa; }
}
@media (prefers-reduced-motion: no-preference) { .card { transition: opacity .12s; } }
`;

export class Card {
  private host: HTMLElement | null = null;
  private root: ShadowRoot | null = null;
  private current: string | null = null;

  constructor(
    private readonly doc: Document,
    private readonly actions: CardActions,
  ) {}

  get isOpen(): boolean {
    return this.host !== null;
  }

  /** The keys shown, to avoid redrawing the same card on every pointer move. */
  get shownKeys(): string | null {
    return this.current;
  }

  /**
   * `options.page`: a line about the whole page, shown above the flags ("Opinion piece (reader letter):
   * the writer argues throughout; the marks show where it is strongest.").
   */
  show(items: CardItem[], anchor: DOMRect, options: { focus?: boolean; page?: string | null } = {}): void {
    if (items.length === 0) return this.hide();
    const keys = items.map((i) => i.key).join(' ');
    if (this.host && this.current === keys) return;
    this.hide();
    const host = this.doc.createElement('claimlens-card');
    // Open, so that assistive technology and tests can read it; isolation from the page's CSS is the same.
    const root = host.attachShadow({ mode: 'open' });
    try {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(CSS_TEXT);
      root.adoptedStyleSheets = [sheet];
    } catch {
      const style = this.doc.createElement('style');
      style.textContent = CSS_TEXT;
      root.append(style);
    }
    const card = this.el('div', 'card');
    card.setAttribute('role', 'dialog');
    card.setAttribute('aria-label', `ClaimLens: ${items.map((i) => i.category.label).join(', ')}`);
    if (options.page) card.append(this.el('p', 'page', options.page));
    for (const item of items) card.append(this.item(item));
    root.append(card);
    this.doc.documentElement.append(host);
    this.host = host;
    this.root = root;
    this.current = keys;
    this.place(card, anchor);
    if (options.focus) card.querySelector('button')?.focus();
  }

  /** Adds a line to the open card, read out by screen readers (a reply to one of its buttons). */
  say(text: string): void {
    const card = this.root?.querySelector('.card');
    if (!card || card.querySelector('.said')?.textContent === text) return;
    const line = this.el('p', 'said', text);
    line.setAttribute('role', 'status');
    card.append(line);
  }

  hide(): void {
    this.host?.remove();
    this.host = null;
    this.root = null;
    this.current = null;
  }

  contains(node: EventTarget | null): boolean {
    return node !== null && this.host !== null && (node === this.host || this.host.contains(node as Node));
  }

  private el(tag: string, className?: string, text?: string): HTMLElement {
    const e = this.doc.createElement(tag);
    if (className) e.className = className;
    if (text !== undefined) e.textContent = text;
    return e;
  }

  private item({ key, flag, category, why }: CardItem): HTMLElement {
    const box = this.el('section', 'item');
    const head = this.el('div', 'head');
    const swatch = this.el('span', 'swatch');
    swatch.style.background = `${category.color}55`;
    swatch.style.borderBottomColor = category.color;
    swatch.style.borderBottomStyle = category.decoration === 'wavy' ? 'dotted' : category.decoration;
    head.append(swatch, this.el('span', '', category.label));
    box.append(head, this.el('p', 'cue', `\u201C${flag.cue}\u201D`), this.el('p', '', flag.explanation), this.el('p', 'why', `Why it matters: ${why}`));
    if (flag.evidence && flag.evidence.length > 0) {
      const list = this.el('ul');
      for (const ev of flag.evidence) {
        const li = this.el('li');
        if (ev.side === 'disagrees') li.append(this.el('span', 'other', 'Other side: '));
        li.append(`\u201C${ev.quote}\u201D \u2014 ${ev.outlet ?? ev.title}, ${ev.date}`);
        list.append(li);
      }
      box.append(this.el('p', '', 'Evidence from the reference set:'), list);
    }
    const actions = this.el('div', 'actions');
    const dismiss = this.el('button', '', 'Not an issue');
    dismiss.addEventListener('click', () => this.actions.dismiss(key));
    const list = this.el('button', '', 'Show in list');
    list.addEventListener('click', () => this.actions.showInList(key));
    actions.append(dismiss, list);
    box.append(actions);
    return box;
  }

  /** Below the span if it fits, else above; never over it. */
  private place(card: HTMLElement, anchor: DOMRect): void {
    const view = this.doc.defaultView!;
    const h = card.offsetHeight;
    const w = card.offsetWidth;
    const below = anchor.bottom + GAP;
    const above = anchor.top - GAP - h;
    const top = below + h <= view.innerHeight || above < 0 ? below : above;
    const left = Math.max(GAP, Math.min(anchor.left, view.innerWidth - w - GAP));
    card.style.top = `${Math.round(top)}px`;
    card.style.left = `${Math.round(left)}px`;
  }
}
