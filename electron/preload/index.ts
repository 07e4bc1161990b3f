import { contextBridge, ipcRenderer } from 'electron';
import { channels, EVENT_CHANNEL } from '../contract/channels';
import { createApi } from '../contract/create-api';
contextBridge.exposeInMainWorld(
  'netwerkdagboek',
  createApi(
    channels,
    (c, i) => ipcRenderer.invoke(c, i),
    (listener) => {
      // The IPC event object stays here: the page gets the payload only.
      const onEvent = (_event: unknown, payload: unknown) => listener(payload);
      ipcRenderer.on(EVENT_CHANNEL, onEvent);
      return () => ipcRenderer.removeListener(EVENT_CHANNEL, onEvent);
    },
  ),
);
