// Runs sandboxed in the window before the page: exposes the API bridge and
// nothing else. Bundled into one CommonJS file, dist/preload/preload.js
// (electron/vite.preload.config.mts), because a sandboxed preload may require
// only 'electron'.
import { contextBridge, ipcRenderer } from 'electron';
import { BRIDGE_GLOBAL } from '../src/domain/wire';
import { createBridge } from './bridge';

contextBridge.exposeInMainWorld(
  BRIDGE_GLOBAL,
  createBridge((channel, method, arg) => ipcRenderer.invoke(channel, method, arg)),
);
