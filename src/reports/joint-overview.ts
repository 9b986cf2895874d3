// The reports of the gezamenlijk activiteitenoverzicht: Word and Excel, for all
// parties or for one (options.partyId), and the name to save them under.
export { writeJointOverviewDocx } from './joint-overview-docx';
export { writeJointOverviewXlsx } from './joint-overview-xlsx';
export { jointOverviewFileName } from './labels';
export type { ReportOptions } from './report-model';
