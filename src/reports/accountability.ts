// The verantwoording and the tussenevaluatie for the bestuurlijk overleg: Word
// and Excel, and the name to save them under.
export { writeAccountabilityDocx } from './accountability-docx';
export { writeAccountabilityXlsx } from './accountability-xlsx';
export { accountabilityFileName } from './accountability-model';
