/** The console's join link and relay address reach phones: the kit's network address replaces a loopback origin, and a loopback link is warned about. */
import { describe, expect, it } from 'vitest';
import {
  announceRoom,
  isLoopbackHost,
  joinOrigin,
  kitInfo,
  loopbackWarning,
  projectorLink,
  proposedRelay,
} from '../../src/simulator/kit-address.ts';
import { kitInfo as serverInfo } from '../../src/relay/kit-info.ts';

const loopback = { origin: 'http://127.0.0.1:4444', host: '127.0.0.1:4444', hostname: '127.0.0.1' };
const network = { origin: 'http://192.168.1.20:4444', host: '192.168.1.20:4444', hostname: '192.168.1.20' };
const info = serverInfo(['192.168.1.20', '127.0.0.1'], 4444, 'key');

describe('the join link and relay address', () => {
  it('use the machine network address when the console is opened on loopback under npm run exercise', () => {
    expect(joinOrigin(loopback, info)).toBe('http://192.168.1.20:4444');
    expect(proposedRelay(loopback, info)).toBe('ws://192.168.1.20:4444');
  });

  it('keep the page origin and port when the console is already on a network address', () => {
    expect(joinOrigin(network, info)).toBe('http://192.168.1.20:4444');
    expect(
      joinOrigin(
        { ...network, origin: 'http://laptop.local:4444', host: 'laptop.local:4444', hostname: 'laptop.local' },
        info,
      ),
    ).toBe('http://laptop.local:4444');
    expect(proposedRelay({ ...network, host: 'laptop.local:4444', hostname: 'laptop.local' }, info)).toBe(
      'ws://laptop.local:4444',
    );
  });

  it('fall back to the page origin and the relay default port on any other server', () => {
    expect(joinOrigin(loopback, undefined)).toBe('http://127.0.0.1:4444');
    expect(
      proposedRelay({ origin: 'http://127.0.0.1:4321', host: '127.0.0.1:4321', hostname: '127.0.0.1' }, undefined),
    ).toBe('ws://127.0.0.1:4444');
  });

  it('puts an IPv6 network address in brackets', () => {
    expect(serverInfo(['fd00::2'], 4444, 'k').joinOrigin).toBe('http://[fd00::2]:4444');
  });
});

describe('the projector link', () => {
  it('goes to the kit network address with the kit key, keeping the room in the fragment', () => {
    expect(projectorLink('/exercises/projector/?relay=ws%3A%2F%2Fx#room', loopback, info)).toBe(
      'http://192.168.1.20:4444/exercises/projector/?relay=ws%3A%2F%2Fx&key=key#room',
    );
    expect(projectorLink('/exercises/projector/#s', loopback, undefined)).toBe('/exercises/projector/#s');
  });
});

describe('the loopback warning', () => {
  it('names the join link and the relay address that only this computer can open', () => {
    expect(loopbackWarning('http://127.0.0.1:4444/exercises/join/#r', 'ws://127.0.0.1:4444')).toMatch(
      /the join link \(127\.0\.0\.1\) or the relay address \(127\.0\.0\.1\)/,
    );
    expect(loopbackWarning('http://192.168.1.20:4444/exercises/join/#r', 'ws://localhost:4444')).toMatch(
      /^Phones cannot reach the relay address \(localhost\)/,
    );
    expect(loopbackWarning('http://[::1]:4444/x', 'ws://192.168.1.20:4444')).toMatch(/the join link/);
  });

  it('says nothing when both are on network addresses', () => {
    expect(loopbackWarning('http://192.168.1.20:4444/exercises/join/#r', 'wss://relay.example.org')).toBeUndefined();
  });

  it('knows loopback host names', () => {
    for (const host of ['localhost', '127.0.0.1', '127.1.2.3', '::1', '[::1]', '0.0.0.0', 'app.localhost'])
      expect(isLoopbackHost(host), host).toBe(true);
    for (const host of ['192.168.1.20', '10.0.0.1', 'laptop.local', 'fd00::2'])
      expect(isLoopbackHost(host), host).toBe(false);
  });
});

describe('talking to the kit server', () => {
  it('reads the kit info once, and nothing from a server that has none', async () => {
    let calls = 0;
    const fake = (async () => (
      calls++,
      new Response(JSON.stringify(info), { headers: { 'content-type': 'application/json' } })
    )) as typeof fetch;
    expect(await kitInfo(fake)).toEqual(info);
    expect(await kitInfo(fake)).toEqual(info);
    expect(calls).toBe(1);
  });

  it('announces a join link without failing where no kit server listens', async () => {
    const sent: string[] = [];
    await announceRoom(
      'http://192.168.1.20:4444/exercises/join/?relay=x#r',
      (async (_url: string, init: RequestInit) => (
        sent.push(String(init.body)),
        new Response(null, { status: 204 })
      )) as unknown as typeof fetch,
    );
    expect(sent).toEqual(['http://192.168.1.20:4444/exercises/join/?relay=x#r']);
    await expect(
      announceRoom('x', (async () => Promise.reject(new TypeError('offline'))) as typeof fetch),
    ).resolves.toBeUndefined();
  });
});
