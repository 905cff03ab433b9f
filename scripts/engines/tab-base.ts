// What every engine's Tab shares: in-page queries and polling built on one primitive (evaluate an expression that
// yields JSON text), so both engines answer text / attr / count / click the same way.
import { callExpression, findInPage, sleep, targetArg, type Pick, type Tab } from './types';

export abstract class BaseTab implements Tab {
  /** Evaluate an expression (it may be a promise) in the tab's current document; the promise's value is JSON text. */
  protected abstract rawEval(expression: string): Promise<string>;
  /** A real pointer click at viewport coordinates (CSS pixels). */
  protected abstract clickAt(x: number, y: number): Promise<void>;
  abstract url(): Promise<string>;
  abstract goto(url: string): Promise<void>;
  abstract press(key: string): Promise<void>;
  abstract back(): Promise<void>;
  abstract forward(): Promise<void>;
  abstract reload(): Promise<void>;
  abstract setFiles(pick: Pick, paths: string[]): Promise<void>;
  abstract front(): Promise<void>;
  abstract close(): Promise<void>;

  async evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> {
    const text = await this.rawEval(callExpression(fn as (arg: never) => unknown, arg));
    return (text === undefined || text === null ? null : JSON.parse(text)) as R;
  }

  async evaluateExpression<R>(expression: string): Promise<R> {
    const text = await this.rawEval(`(async () => JSON.stringify(await (${expression}) ?? null))()`);
    return JSON.parse(text) as R;
  }

  /** Call an in-page function that receives the element found for `pick` (or null). */
  protected onElement<R>(pick: Pick, body: string): Promise<R> {
    const expr = `(async () => { const find = ${findInPage.toString()}; const el = find(${JSON.stringify(targetArg(pick))});` +
      ` return JSON.stringify(await (async (el) => { ${body} })(el) ?? null); })()`;
    return this.rawEval(expr).then((t) => JSON.parse(t) as R);
  }

  async waitFor<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A, timeoutMs = 10_000): Promise<R> {
    const deadline = Date.now() + timeoutMs;
    let lastError: unknown = null;
    for (;;) {
      try {
        const value = await this.evaluate(fn, arg);
        if (value) return value;
      } catch (err) {
        lastError = err; // navigating: the document went away mid-call
      }
      if (Date.now() > deadline) {
        throw new Error(`waitFor timed out after ${timeoutMs} ms: ${fn.toString().slice(0, 160)}${lastError ? ` (${String(lastError)})` : ''}`);
      }
      await sleep(100);
    }
  }

  async waitForUrl(test: (url: string) => boolean, timeoutMs = 10_000): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const url = await this.url().catch(() => '');
      if (test(url)) return url;
      if (Date.now() > deadline) throw new Error(`waitForUrl timed out after ${timeoutMs} ms (now ${url})`);
      await sleep(100);
    }
  }

  async waitForElement(pick: Pick, timeoutMs = 10_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while ((await this.count(pick).catch(() => 0)) === 0) {
      if (Date.now() > deadline) throw new Error(`no element ${JSON.stringify(targetArg(pick))} after ${timeoutMs} ms`);
      await sleep(100);
    }
  }

  text(pick: Pick): Promise<string> {
    return this.onElement(pick, `return el ? (el.innerText ?? el.textContent ?? '') : '';`);
  }

  attr(pick: Pick, name: string): Promise<string | null> {
    return this.onElement(pick, `return el ? el.getAttribute(${JSON.stringify(name)}) : null;`);
  }

  async count(pick: Pick): Promise<number> {
    const t = targetArg(pick);
    if (t.text === undefined && t.regex === undefined && !t.selector.includes(' >>> ')) {
      return this.rawEval(`JSON.stringify(document.querySelectorAll(${JSON.stringify(t.selector)}).length)`).then(Number);
    }
    return this.onElement<number>(pick, 'return el ? 1 : 0;');
  }

  async click(pick: Pick, timeoutMs = 10_000): Promise<void> {
    await this.waitForElement(pick, timeoutMs);
    const box = await this.onElement<{ x: number; y: number } | null>(pick, `
      if (!el) return null;
      el.scrollIntoView({ block: 'center', inline: 'center' });
      const r = el.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };`);
    if (!box) throw new Error(`no element to click: ${JSON.stringify(targetArg(pick))}`);
    await this.clickAt(box.x, box.y);
  }
}
