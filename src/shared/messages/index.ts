// Every text a person reads, in Bahasa Indonesia, lives under this module: one place to review
// wording and tone. Code imports from here; the sections below are split by area only to keep
// files small.
export * from './common';
export * from './core';
export * from './duplicates';
export * from './emulator';
export * from './export';
export * from './history';
export * from './import';
export * from './integrity';
export * from './permissions';
export * from './preview';
export * from './province';
export * from './recalc';
export * from './reminders';
export * from './server';
export * from './sidebar';
export * from './similar';
export * from './training';
