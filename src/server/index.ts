// The Apps Script entry points, and nothing else: every export here becomes a top-level function
// of dist/Code.js (menu items, google.script.run targets, triggers). Logic lives in the modules:
//   api/       the sidebar's calls (ServerApi in src/shared/api.ts)
//   ui/, setup/ the menu, what its items open, setup and sync access
//   recalc/    recalculation and the dashboard
//   reminders/, history/, export/  the other admin items, their dialogs and the weekly trigger
//   duplicates/, training/, import/  findSimilar, the Proyek Pelatihan tab, the Impor dialog
//   province/  the provincial rollup of the regencies' Data Rekap (Tingkat: Provinsi)
// (Biome keeps these exports sorted by path.)
export { getContext, getInnovation, listForVerification, listInnovations } from './api/read';
export { saveInnovation } from './api/save';
export { saveVerification } from './api/verify';
export { findSimilar } from './duplicates/find';
export { getIgaCsv, showIgaExport } from './export/entry';
export { closePeriod, refreshTrend } from './history/entry';
export { getImportSetup, previewImport, runImport, showImportDialog } from './import/entry';
export { recalculateProvince } from './province/entry';
export { recalculate } from './recalc/entry';
export {
  getReminderPreview,
  sendReminders,
  sendWeeklyReminders,
  setWeeklyReminders,
  showReminderDialog,
} from './reminders/entry';
export { setupSpreadsheet, syncAccess } from './setup/entry';
export { showTrainingProjects } from './training/tab';
export { showHelp, showSettings, showSidebar, showVerification } from './ui/entries';
export { onInstall, onOpen } from './ui/menu';
