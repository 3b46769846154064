export { helperReport, gatherReport } from './helperReport';
export type { ReportSources } from './helperReport';
export { reportText, reportFileName } from './reportText';
export { redactReport } from './redactReport';
export type { ReportSecret } from './redactReport';
export type { AppFacts, ReportData, Part } from './reportData';
