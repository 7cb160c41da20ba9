import { afterEach, describe, expect, it, vi } from 'vitest';
import { earlyWorkerScript, takeEarlyWorker } from './early-worker';

/** What index.html's inline script sees: a Worker constructor and the page's window. */
class FakeWorker {
  static made: FakeWorker[] = [];
  onerror: (() => void) | null = null;
  terminated = false;
  constructor(
    readonly url: string,
    readonly options: WorkerOptions,
  ) {
    FakeWorker.made.push(this);
  }
  terminate() {
    this.terminated = true;
  }
}

function runInlineScript(url: string) {
  vi.stubGlobal('window', {});
  vi.stubGlobal('Worker', FakeWorker);
  new Function(earlyWorkerScript(url))();
}

afterEach(() => {
  vi.unstubAllGlobals();
  FakeWorker.made = [];
});

describe('the core worker started by index.html', () => {
  it('is a module worker for the built script, handed to the app once', () => {
    runInlineScript('/assets/core.worker-abc.js');
    const [made] = FakeWorker.made;
    expect(made).toMatchObject({ url: '/assets/core.worker-abc.js', options: { type: 'module' } });
    expect(takeEarlyWorker()).toBe(made);
    expect(takeEarlyWorker()).toBeUndefined();
  });

  it('is dropped if it fails to start, so the app makes its own', () => {
    runInlineScript('/assets/core.worker-abc.js');
    const [made] = FakeWorker.made;
    made!.onerror!();
    expect(made!.terminated).toBe(true);
    expect(takeEarlyWorker()).toBeUndefined();
  });

  it('is absent where the page had no inline script (dev server, tests)', () => {
    vi.stubGlobal('window', {});
    expect(takeEarlyWorker()).toBeUndefined();
  });
});
