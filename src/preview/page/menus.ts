// The menu bar: the add-on's menus exactly as onOpen built them (items, separators, submenus),
// usable with the mouse and the keyboard.
import type { MenuEntryView, StateView } from '../protocol';
import { $ } from './dom';

export function closeMenus(): void {
  for (const b of document.querySelectorAll('#menubar button[aria-expanded="true"]')) {
    b.setAttribute('aria-expanded', 'false');
  }
  for (const l of document.querySelectorAll<HTMLElement>('#menubar .menu-list')) l.hidden = true;
}

function menuList(
  items: MenuEntryView[],
  run: (functionName: string) => void,
  parent?: HTMLButtonElement,
): HTMLUListElement {
  const ul = document.createElement('ul');
  ul.className = 'menu-list';
  ul.setAttribute('role', 'menu');
  ul.hidden = true;
  // Arrow keys move within this list; ← leaves a submenu for the item that opened it.
  ul.addEventListener('keydown', (e) => {
    const buttons = Array.from(ul.querySelectorAll<HTMLButtonElement>(':scope > li > button'));
    const i = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (i < 0) return;
    if (e.key === 'ArrowDown') buttons[(i + 1) % buttons.length]?.focus();
    else if (e.key === 'ArrowUp') buttons[(i - 1 + buttons.length) % buttons.length]?.focus();
    else if (e.key === 'ArrowLeft' && parent) {
      ul.hidden = true;
      parent.focus();
    } else return;
    e.preventDefault();
    e.stopPropagation();
  });
  for (const item of items) {
    const li = document.createElement('li');
    if (item.kind === 'separator') {
      li.className = 'sep';
      li.setAttribute('role', 'separator');
    } else {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'mi';
      button.textContent = item.caption;
      button.setAttribute('role', 'menuitem');
      if (item.kind === 'item') {
        button.dataset.fn = item.functionName;
        button.addEventListener('click', () => {
          closeMenus();
          run(item.functionName);
        });
      } else {
        li.className = 'sub';
        button.classList.add('has-sub');
        button.setAttribute('aria-haspopup', 'menu');
        const sub = menuList(item.items, run, button);
        li.append(sub);
        li.addEventListener('mouseenter', () => {
          sub.hidden = false;
        });
        li.addEventListener('mouseleave', () => {
          sub.hidden = true;
        });
        // Hovering already opened it: a click (or Enter, or →) keeps it open and enters it.
        const enter = () => {
          sub.hidden = false;
          sub.querySelector<HTMLButtonElement>('button')?.focus();
        };
        button.addEventListener('click', enter);
        button.addEventListener('keydown', (e) => {
          if (e.key === 'ArrowRight') {
            e.preventDefault();
            e.stopPropagation();
            enter();
          }
        });
      }
      li.prepend(button);
    }
    ul.append(li);
  }
  return ul;
}

/** Draws the menu bar: Sheets' own menus (inert) and the add-on's menus as onOpen built them. */
export function renderMenus(s: StateView, run: (functionName: string) => void): void {
  const bar = $('menubar');
  bar.replaceChildren();
  // Sheets' own menus, inert here, so the add-on's menu sits where people expect it.
  for (const name of ['File', 'Edit', 'Lihat', 'Sisipkan', 'Format', 'Data', 'Alat', 'Ekstensi']) {
    const root = document.createElement('div');
    root.className = 'menu-root';
    const b = document.createElement('button');
    b.type = 'button';
    b.className = 'mroot static';
    b.textContent = name;
    b.tabIndex = -1;
    root.append(b);
    bar.append(root);
  }
  for (const menu of s.menus) {
    const root = document.createElement('div');
    root.className = 'menu-root';
    const b = document.createElement('button');
    b.type = 'button';
    b.className = 'mroot';
    b.textContent = menu.caption;
    b.setAttribute('aria-haspopup', 'menu');
    b.setAttribute('aria-expanded', 'false');
    const list = menuList(menu.items, run);
    b.addEventListener('click', (e) => {
      e.stopPropagation();
      const open = b.getAttribute('aria-expanded') !== 'true';
      closeMenus();
      b.setAttribute('aria-expanded', String(open));
      list.hidden = !open;
      if (open) (list.querySelector('button') as HTMLButtonElement | null)?.focus();
    });
    list.addEventListener('keydown', (e) => {
      if (e.key !== 'Escape') return;
      e.preventDefault();
      closeMenus();
      b.focus();
    });
    root.append(b, list);
    bar.append(root);
  }
}
