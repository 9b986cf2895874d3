// The application menu as plain data: Electron's roles do the work, the labels
// are Dutch. main.ts hands the template to Menu.buildFromTemplate.
import type { MenuItemConstructorOptions } from 'electron';

export interface MenuOptions {
  productName: string;
  /** Development (npm start): the developer tools are reachable. */
  isDevelopment: boolean;
  platform: NodeJS.Platform;
  onAbout: () => void;
}

export function menuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const { productName, isDevelopment, platform, onAbout } = options;
  const about: MenuItemConstructorOptions = { label: `Over ${productName}`, click: () => onAbout() };

  // macOS puts the first menu under the app's name and expects the usual items there.
  const macAppMenu: MenuItemConstructorOptions[] =
    platform === 'darwin'
      ? [
          {
            label: productName,
            submenu: [
              about,
              { type: 'separator' },
              { role: 'services', label: 'Voorzieningen' },
              { type: 'separator' },
              { role: 'hide', label: `Verberg ${productName}` },
              { role: 'hideOthers', label: 'Verberg andere' },
              { role: 'unhide', label: 'Toon alles' },
              { type: 'separator' },
              { role: 'quit', label: `Stop ${productName}` },
            ],
          },
        ]
      : [];

  const view: MenuItemConstructorOptions[] = [
    { role: 'reload', label: 'Herladen' },
    ...(isDevelopment ? [{ role: 'forceReload', label: 'Geforceerd herladen' } as const] : []),
    { type: 'separator' },
    { role: 'resetZoom', label: 'Werkelijke grootte' },
    { role: 'zoomIn', label: 'Inzoomen' },
    { role: 'zoomOut', label: 'Uitzoomen' },
    { type: 'separator' },
    { role: 'togglefullscreen', label: 'Volledig scherm' },
    ...(isDevelopment
      ? [{ type: 'separator' } as const, { role: 'toggleDevTools', label: 'Ontwikkelaarshulpmiddelen' } as const]
      : []),
  ];

  return [
    ...macAppMenu,
    {
      label: 'Bestand',
      submenu: [platform === 'darwin' ? { role: 'close', label: 'Venster sluiten' } : { role: 'quit', label: 'Afsluiten' }],
    },
    {
      label: 'Bewerken',
      submenu: [
        { role: 'undo', label: 'Ongedaan maken' },
        { role: 'redo', label: 'Opnieuw' },
        { type: 'separator' },
        { role: 'cut', label: 'Knippen' },
        { role: 'copy', label: 'Kopiëren' },
        { role: 'paste', label: 'Plakken' },
        { role: 'delete', label: 'Verwijderen' },
        { type: 'separator' },
        { role: 'selectAll', label: 'Alles selecteren' },
      ],
    },
    { label: 'Beeld', submenu: view },
    ...(platform === 'darwin' ? [{ role: 'windowMenu', label: 'Venster' } as const] : []),
    { role: 'help', label: 'Help', submenu: [about] },
  ];
}

export interface AboutInfo {
  productName: string;
  version: string;
  electronVersion: string;
  databasePath: string;
}

/** The text of Help › Over: enough for the secretary to tell support what she runs and where her data is. */
export function aboutMessage(info: AboutInfo): { title: string; message: string; detail: string } {
  return {
    title: `Over ${info.productName}`,
    message: `${info.productName} ${info.version}`,
    detail: [
      'Werkbank voor de Werkgroep Prestatieafspraken: afspraken, activiteitenoverzichten, gezamenlijk overzicht en verantwoording.',
      '',
      `Database: ${info.databasePath}`,
      `Electron ${info.electronVersion}`,
    ].join('\n'),
  };
}
