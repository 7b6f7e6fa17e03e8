/**
 * Why the kit cannot listen on a port, asked before the relay listens: Hocuspocus's server has no
 * handler for a listen error, which would end the process with a stack trace. Node only.
 */
import { createServer } from 'node:net';

/** One line saying why `port` on `host` cannot be listened on, naming the setting to change; `undefined` when it can. */
export function portProblem(port: number, host: string): Promise<string | undefined> {
  if (port === 0) return Promise.resolve(undefined);
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE')
        resolve(
          `port ${port} is in use (another npm run exercise or npm run relay?): set RELAY_PORT to another port, e.g. RELAY_PORT=${port + 1} npm run exercise`,
        );
      else if (error.code === 'EACCES')
        resolve(`port ${port} needs administrator rights: set RELAY_PORT to a port above 1023, e.g. RELAY_PORT=4444`);
      else if (error.code === 'EADDRNOTAVAIL')
        resolve(`RELAY_HOST ${host} is not an address of this machine: leave it unset to listen on every address`);
      else resolve(`cannot listen on port ${port} (${error.code ?? error.message}): set RELAY_PORT to another port`);
    });
    probe.listen({ port, host, exclusive: true }, () => probe.close(() => resolve(undefined)));
  });
}
