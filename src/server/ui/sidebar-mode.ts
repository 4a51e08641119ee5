// The menu item "Verifikasi" opens the same sidebar as "Buka sidebar", starting on the verification
// queue. HtmlService serves one fixed file, so the mode travels through the user's cache: the menu
// item leaves it there, getContext takes it (and clears it) when the sidebar boots.
const KEY = 'inovasi-daerah:sidebar-mode';
const TTL_SECONDS = 300;

export type SidebarMode = 'edit' | 'verification';

function cache(): GoogleAppsScript.Cache.Cache | null {
  try {
    return CacheService.getUserCache();
  } catch {
    return null;
  }
}

export function setSidebarMode(mode: SidebarMode): void {
  const c = cache();
  if (!c) return;
  if (mode === 'verification') c.put(KEY, mode, TTL_SECONDS);
  else c.remove(KEY);
}

export function takeSidebarMode(): SidebarMode {
  const c = cache();
  if (!c) return 'edit';
  const mode = c.get(KEY);
  if (mode) c.remove(KEY);
  return mode === 'verification' ? 'verification' : 'edit';
}
