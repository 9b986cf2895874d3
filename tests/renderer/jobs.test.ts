// The window's side of heavy calls (renderer/src/jobs.ts): each heavy call is
// sent with a name of its own, appears in the panel once it takes a while,
// with the phase the core reports; a refused cancel says why; a finished call
// leaves the panel; light calls pass as they are. The core here is a recording
// stand-in whose heavy call finishes when the test says so (the real one is in
// tests/e2e/annuleren.test.ts).
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { WerkbankApi } from '../../src/service/contract';
import { jobTitle, useJobs, withJobPanel } from '../../renderer/src/jobs';

function recordingCore() {
  const calls: { method: string; arg: unknown }[] = [];
  let finish: (value: unknown) => void = () => {};
  const core = {
    previewImport: (arg: unknown) => {
      calls.push({ method: 'previewImport', arg });
      return new Promise((resolve) => (finish = resolve));
    },
    listParties: (arg: unknown) => {
      calls.push({ method: 'listParties', arg });
      return Promise.resolve([]);
    },
    getJobProgress: ({ jobId }: { jobId: string }) =>
      Promise.resolve({ jobId, state: 'running', phase: 'linking', label: 'Koppelen aan de afspraken', cancellable: true }),
    cancelJob: (arg: unknown) => {
      calls.push({ method: 'cancelJob', arg });
      return Promise.resolve({ cancelled: false, message: 'Te laat om te annuleren.' });
    },
  };
  return { core: core as unknown as WerkbankApi, calls, finish: (value: unknown) => finish(value) };
}

afterEach(() => {
  vi.useRealTimers();
  useJobs.setState({ jobs: [] });
});

describe('heavy calls in the window', () => {
  it('are named, shown with their phase once they take a while, and leave the panel when done', async () => {
    vi.useFakeTimers();
    const { core, calls, finish } = recordingCore();
    const api = withJobPanel(core);
    const file = { name: 'Woonwaarts 2027.xlsx', data: '' };
    const answer = api.previewImport({ file });

    const sent = calls[0]?.arg as { file: unknown; jobId: string };
    expect(sent.file).toBe(file);
    expect(sent.jobId).toMatch(/^job-[0-9a-f]{32}$/);
    expect(useJobs.getState().jobs).toEqual([]);

    await vi.advanceTimersByTimeAsync(450);
    expect(useJobs.getState().jobs).toEqual([
      { jobId: sent.jobId, title: 'Woonwaarts 2027.xlsx inlezen', phase: 'Koppelen aan de afspraken', cancellable: true, cancelling: false, note: null },
    ]);

    await useJobs.getState().cancel(sent.jobId);
    expect(calls.at(-1)).toEqual({ method: 'cancelJob', arg: { jobId: sent.jobId } });
    expect(useJobs.getState().jobs[0]).toMatchObject({ cancelling: false, note: 'Te laat om te annuleren.' });

    finish({ activities: [] });
    expect(await answer).toEqual({ activities: [] });
    expect(useJobs.getState().jobs).toEqual([]);
    // Asked after no more once done.
    await vi.advanceTimersByTimeAsync(2_000);
    expect(useJobs.getState().jobs).toEqual([]);
  });

  it('leave the light calls as they are', async () => {
    const { core, calls } = recordingCore();
    await withJobPanel(core).listParties();
    expect(calls).toEqual([{ method: 'listParties', arg: undefined }]);
  });

  it('say what they make', () => {
    expect(jobTitle('exportJointOverview', { planningYear: 2027, format: 'docx' })).toBe('Word-document van het gezamenlijk overzicht maken');
    expect(jobTitle('exportAccountabilityReport', { fromYear: 2026, format: 'xlsx' })).toBe('Excel-werkmap van de verantwoording maken');
    expect(jobTitle('commitImport', { file: { name: 'HBD.xlsx' } })).toBe('HBD.xlsx opslaan');
  });
});
