// The contract's slice for heavy calls as jobs: the phases they report on the
// way (in Dutch, for the screen), the tag a caller gives a call, and what it sees
// of a job and of cancelling one. WerkbankApi (contract.ts) joins it; which calls
// are heavy, and how a job reports, is jobs.ts. Pure: the renderer reads this too.

/** The steps a heavy call goes through, each with what the screen says while it runs. */
export const JOB_PHASES = {
  waiting: 'Wacht tot een eerdere opdracht klaar is',
  starting: 'Starten',
  reading: 'Bestand lezen',
  linking: 'Koppelen aan de afspraken',
  backup: 'Reservekopie maken',
  saving: 'Opslaan in de database',
  finishing: 'Afronden',
  committed: 'Vastgelegd; het antwoord wordt klaargemaakt',
  computing: 'Overzicht samenstellen',
  charts: 'Grafieken tekenen',
  writing: 'Document schrijven',
} as const;

export type JobPhase = keyof typeof JOB_PHASES;

/** What a heavy call may carry besides its own argument: a name the caller chose, to ask after it and to cancel it. */
export interface JobTag {
  /** 8–100 letters, digits, '-' or '_'; unique per call (the renderer takes a random UUID). */
  jobId?: string;
}

export interface JobProgress {
  jobId: string;
  /** 'queued': behind other heavy work; 'running'; 'unknown': not running here (done, cancelled, or never started). */
  state: 'queued' | 'running' | 'unknown';
  phase: JobPhase | null;
  /** The phase in words for the screen; empty when unknown. */
  label: string;
  /** False once the call is committing what it wrote: too late to cancel. */
  cancellable: boolean;
}

export interface JobCancelResult {
  cancelled: boolean;
  /** Dutch, for the screen: what cancelling did or why it could not. */
  message: string;
}

export interface JobsApi {
  /** How a heavy call that was given this jobId is getting on ('unknown' once it is done, or where heavy calls do not run as jobs). */
  getJobProgress(arg: { jobId: string }): Promise<JobProgress>;
  /** Stops a heavy call that was given this jobId; what it wrote is rolled back. Refused once it is committing. */
  cancelJob(arg: { jobId: string }): Promise<JobCancelResult>;
}
