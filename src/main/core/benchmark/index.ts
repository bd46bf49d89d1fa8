/**
 * Peer benchmarking. `partnerBenchmark` is the partner-safe entry point (for QBRs, scorecards
 * and anything a partner sees); the others are for the partner manager's own analysis.
 */
export { partnerBenchmark, type PartnerBenchmarkRequest } from './partner-benchmark';
export { benchmarkTable } from './benchmark-table';
export { baselineReport } from './baseline';
export { benchmarkOptions, kpiResolver } from './benchmark-options';
export { benchmarkSettings, updateBenchmarkSettings } from './settings';
export { deleteReferences, importReferences, listReferences } from './references';
export { computeBenchmarks } from './compute-benchmarks';
