import { contextBridge, ipcRenderer } from 'electron';
import { channels } from '../contract/channels';
import { createApi } from '../contract/create-api';
contextBridge.exposeInMainWorld(
  'netwerkdagboek',
  createApi(channels, (c, i) => ipcRenderer.invoke(c, i)),
);
