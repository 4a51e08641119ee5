// The pure core: rubric presets, domain schemas, scoring. No Apps Script globals, no I/O.
export * from './fingerprint';
export * from './integrity';
export * from './model';
export * from './rubric';
export * from './schemas';
export * from './scoring';
export * from './text';
export * from './urusan';
