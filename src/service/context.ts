// What every part of the service works with: the open database, the
// agreement set, who is working and the clock; and the set's short facts.
import type { LinkExamplesUse } from '../imports/link-examples';
import type { Db } from '../db/open';
import type { CycleDates } from '../domain/calendar';
import type { OpenElsewhere } from './contract';
import type { JobReporter } from './jobs';

export interface ServiceContext {
  db: Db;
  setId: number;
  databasePath: string;
  version: string;
  changedBy: string;
  now: () => Date;
  /** The other Werkbanks that have this database open now; none when not known. */
  alsoOpen?: () => OpenElsewhere[];
  /** Where a heavy call reports its phase and its commit, when a shell runs it as a job (see jobs.ts); absent otherwise. */
  job?: JobReporter;
  /** Makes the Werkbank work in another stored set from the next call on; absent where it cannot (a database opened only to look at). */
  switchSet?: (setId: number) => Promise<void>;
  /** Which of the set's example activities the linker weighs (link-examples.ts); all when absent. */
  linkExamples?: LinkExamplesUse;
}

/** The agreement set as the service's parts need it: its name and its period. */
export interface SetInfo {
  code: string;
  title: string;
  periodStart: number;
  periodEnd: number;
  /** ISO day the agreement was signed: deadlines before it were none of its own. */
  signedOn: string;
  /** The municipality whose werkgroep it is ("Beuningen"): the reports' cover and company field. */
  municipality?: string;
  /** The gemeente's kernen ("Deest"), which tell its places from another gemeente's in a partner's file; [] where unknown. */
  places: readonly string[];
  /** The topic that sets out the yearly cycle ("6.2"), cited in what goes out; '' or absent where the set names none. */
  cycleSection?: string;
  /** The topic that speaks of wederkerigheid ("6.1"), cited in what goes out; '' or absent where none does. */
  reciprocitySection?: string;
  /** The set's days of the yearly cycle; the defaults where absent. */
  cycleDates?: CycleDates;
}
