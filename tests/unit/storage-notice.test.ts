// @vitest-environment happy-dom
/** The dashboard's and popup's "storage is full" notice: shown, localised, while the background reports it. */
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';

const answer: { full?: unknown } = {};
const asked: unknown[] = [];
vi.mock('webextension-polyfill', () => ({
  default: {
    runtime: {
      sendMessage: async (m: unknown) => {
        asked.push(m);
        return answer;
      },
    },
    i18n: { getMessage: (k: string) => (k === 'storage_full' ? 'Speicher voll (de)' : '') },
  },
}));

const { DATA_CLEARED, StorageNotice } = await import('../../extension/ui/shared/StorageNotice');

const tick = () => act(() => new Promise((r) => setTimeout(r, 0)));

describe('storage-full notice', () => {
  it('shows the localised message while the background reports full storage, and goes after a clear', async () => {
    answer.full = { at: 1, lost: 3, thinned: 10 };
    const root = document.createElement('div');
    document.body.append(root);
    await act(() => render(h(StorageNotice, {}), root));
    await tick();
    expect(asked).toContainEqual({ type: 'ui/storage-status' });
    const alert = root.querySelector('[role="alert"]');
    expect(alert?.textContent).toBe('Speicher voll (de)');

    delete answer.full;
    await act(() => {
      dispatchEvent(new Event(DATA_CLEARED));
    });
    await tick();
    expect(root.querySelector('[role="alert"]')).toBeNull();
    render(null, root);
  });
});
