// The Apps Script entry points, and nothing else: every export here becomes a top-level function
// of dist/Code.js (menu items, google.script.run targets, triggers). Logic lives in the modules.

// Sidebar API (ServerApi in src/shared/api.ts)
export { getContext, getInnovation, listForVerification, listInnovations } from './api/read';
export { saveInnovation } from './api/save';
export { saveVerification } from './api/verify';
// Reminders, history and the IGA export (admin submenu, their dialogs and the weekly trigger)
export { getIgaCsv, showIgaExport } from './export/entry';
export { closePeriod, refreshTrend } from './history/entry';
// Recalculation and the dashboard (menu item)
export { recalculate } from './recalc/entry';
export {
  getReminderPreview,
  sendReminders,
  sendWeeklyReminders,
  setWeeklyReminders,
  showReminderDialog,
} from './reminders/entry';
export { setupSpreadsheet, syncAccess } from './setup/entry';
export { showHelp, showSettings, showSidebar, showVerification } from './ui/entries';
// Menu and what it opens
export { onOpen } from './ui/menu';
