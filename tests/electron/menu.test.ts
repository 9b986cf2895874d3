import { describe, expect, it, vi } from 'vitest';
import { aboutMessage, menuTemplate } from '../../electron/menu';

// Electron's own type, taken through the module under test (tests may not import 'electron').
type MenuItemConstructorOptions = ReturnType<typeof menuTemplate>[number];

const base = { productName: 'Prestatieafspraken Werkbank', isDevelopment: false, platform: 'win32' as const, onAbout: () => {} };

function submenu(items: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions[] {
  const item = items.find((i) => i.label === label);
  expect(item, label).toBeDefined();
  return item!.submenu as MenuItemConstructorOptions[];
}

function roles(items: MenuItemConstructorOptions[]): (string | undefined)[] {
  return items.filter((i) => i.type !== 'separator').map((i) => i.role);
}

describe('menuTemplate', () => {
  it('has the Dutch top-level menus in order', () => {
    expect(menuTemplate(base).map((m) => m.label)).toEqual(['Bestand', 'Bewerken', 'Beeld', 'Help']);
  });

  it('Bestand quits the app', () => {
    expect(submenu(menuTemplate(base), 'Bestand')).toEqual([{ role: 'quit', label: 'Afsluiten' }]);
  });

  it('Bewerken carries the standard editing roles with Dutch labels', () => {
    const edit = submenu(menuTemplate(base), 'Bewerken');
    expect(roles(edit)).toEqual(['undo', 'redo', 'cut', 'copy', 'paste', 'delete', 'selectAll']);
    expect(edit.find((i) => i.role === 'copy')?.label).toBe('Kopiëren');
    expect(edit.find((i) => i.role === 'selectAll')?.label).toBe('Alles selecteren');
  });

  it('Beeld offers reload, zoom and full screen, but no developer tools for the secretary', () => {
    const view = submenu(menuTemplate(base), 'Beeld');
    expect(roles(view)).toEqual(['reload', 'resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']);
    expect(view.map((i) => i.label).filter(Boolean)).toEqual(['Herladen', 'Werkelijke grootte', 'Inzoomen', 'Uitzoomen', 'Volledig scherm']);
  });

  it('adds the developer tools in development', () => {
    const view = submenu(menuTemplate({ ...base, isDevelopment: true }), 'Beeld');
    expect(roles(view)).toContain('toggleDevTools');
    expect(roles(view)).toContain('forceReload');
    expect(view.find((i) => i.role === 'toggleDevTools')?.label).toBe('Ontwikkelaarshulpmiddelen');
  });

  it('Help › Over calls back into main', () => {
    const onAbout = vi.fn();
    const help = submenu(menuTemplate({ ...base, onAbout }), 'Help');
    expect(help).toHaveLength(1);
    expect(help[0]?.label).toBe('Over Prestatieafspraken Werkbank');
    (help[0]?.click as () => void)();
    expect(onAbout).toHaveBeenCalledOnce();
  });

  it('follows macOS conventions: an app menu first, close instead of quit under Bestand', () => {
    const template = menuTemplate({ ...base, platform: 'darwin' });
    expect(template.map((m) => m.label)).toEqual(['Prestatieafspraken Werkbank', 'Bestand', 'Bewerken', 'Beeld', 'Venster', 'Help']);
    expect(roles(submenu(template, 'Prestatieafspraken Werkbank'))).toContain('quit');
    expect(roles(submenu(template, 'Bestand'))).toEqual(['close']);
  });

  it('uses only labels written in Dutch (no English defaults left visible)', () => {
    const labels: string[] = [];
    const walk = (items: MenuItemConstructorOptions[]) => {
      for (const item of items) {
        if (item.type === 'separator') continue;
        expect(item.label, JSON.stringify(item.role)).toBeTruthy();
        labels.push(item.label!);
        if (Array.isArray(item.submenu)) walk(item.submenu);
      }
    };
    walk(menuTemplate({ ...base, isDevelopment: true, platform: 'darwin' }));
    for (const english of ['Quit', 'Edit', 'View', 'Copy', 'Paste', 'Reload', 'Toggle']) {
      expect(labels.some((l) => l.includes(english)), english).toBe(false);
    }
  });
});

describe('aboutMessage', () => {
  it('names the product, version, Electron and where the database lives', () => {
    const about = aboutMessage({
      productName: 'Prestatieafspraken Werkbank',
      version: '0.1.0',
      electronVersion: '45.5.0',
      databasePath: '/home/secretaris/.config/Prestatieafspraken Werkbank/werkbank.sqlite',
    });
    expect(about.title).toBe('Over Prestatieafspraken Werkbank');
    expect(about.message).toBe('Prestatieafspraken Werkbank 0.1.0');
    expect(about.detail).toContain('/home/secretaris/.config/Prestatieafspraken Werkbank/werkbank.sqlite');
    expect(about.detail).toContain('Electron 45.5.0');
    // The app serves any werkgroep: no municipality of its own.
    expect(about.detail).not.toMatch(/Druten/);
  });
});
