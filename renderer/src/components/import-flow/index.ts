// The screen of one import (see ../../import-flow.ts), the same for an
// activiteitenoverzicht and a resultatenoverzicht: the drop zone, reading and
// checking, a refusal, the preview's frame (file, sheet, party and year, the
// difference with the current version, the problems, the commit bar) and the
// outcome; with several files chosen at once, where the file stands in the
// queue, skipping or stopping, the next file and at the end a summary. What is
// found in the file and how it is shown, each page adds. The parts read the
// flow and its actions from the page's store.
//
// Each part in its own file; pages import them from here.
export { DiffView } from './DiffView';
export { DropZone } from './DropZone';
export { ImportDone } from './ImportDone';
export { ImportFlowPanel } from './ImportFlowPanel';
export { PreviewFrame } from './PreviewFrame';
export { ProblemList, where } from './ProblemList';
export type { PreviewCore, SavedNames, Sourced } from './types';
