/**
 * What the console's Participants pane loads only once its tab is opened or a room is resumed: the
 * pane (participants-view.ts) with the room controller, the relay client (Yjs and Hocuspocus), the
 * QR code writer and the link helpers (with the relay protocol's schemas). console-participants.ts
 * imports this module on demand, so the console's first screen does not carry it.
 */
export { mountParticipants } from './participants-view.ts';
