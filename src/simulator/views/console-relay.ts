/**
 * What the console's Participants pane needs only once a room is opened: the relay client (Yjs and
 * Hocuspocus), the QR code writer, and the room and link helpers (with the relay protocol's
 * schemas). console-participants.ts imports this module on demand, so the console's first screen
 * does not carry it.
 */
export { default as QRCode } from 'qrcode';
export { openRoom } from '../../relay/facilitator-client.ts';
export { randomId } from '../../relay/protocol.ts';
export { joinLink, projectorLink, relayAddress } from '../participant/join-link.ts';
