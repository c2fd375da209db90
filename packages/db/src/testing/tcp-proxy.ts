import net from "node:net";

export interface CuttableProxy {
  port: number;
  /** Destroys every open connection and drops new ones on arrival, until `restore`. */
  cut: () => void;
  /** Cuts once `bytes` more have gone from the app to the server: in the middle of a large statement. */
  cutAfter: (bytes: number) => void;
  /**
   * Cuts once a chunk from the app matching `pattern` has been forwarded and the server has answered it:
   * the statement ran (inside its transaction, if any) and the connection dies before anything else.
   */
  cutAfterReplyTo: (pattern: RegExp) => Promise<void>;
  restore: () => void;
  /** Connections accepted (forwarded) and refused (dropped while cut) so far. */
  stats: () => { accepted: number; refused: number };
  close: () => Promise<void>;
}

/**
 * A TCP proxy to PostgreSQL that can be cut, as when the server or the network goes away: the failure
 * tests put it between the app (a pool, or a whole `next start`) and the server. It listens on
 * `listen` (by default a free port on 127.0.0.1).
 */
export async function startProxy(
  target: { host: string; port: number },
  listen: { host: string; port: number } = { host: "127.0.0.1", port: 0 },
): Promise<CuttableProxy> {
  const sockets = new Set<net.Socket>();
  let down = false;
  let budget = Number.POSITIVE_INFINITY;
  let accepted = 0;
  let refused = 0;
  let trigger: { pattern: RegExp; armed: boolean; fired: () => void } | null = null;
  const cut = () => {
    down = true;
    for (const s of sockets) s.destroy();
    sockets.clear();
  };
  const server = net.createServer((client) => {
    if (down) {
      refused++;
      client.destroy();
      return;
    }
    accepted++;
    const upstream = net.connect(target.port, target.host);
    sockets.add(client);
    sockets.add(upstream);
    let matchedHere = false;
    client.on("data", (chunk: Buffer) => {
      budget -= chunk.length;
      if (budget <= 0) {
        budget = Number.POSITIVE_INFINITY;
        cut();
        return;
      }
      if (trigger && !trigger.armed && trigger.pattern.test(chunk.toString("latin1"))) {
        trigger.armed = true;
        matchedHere = true;
      }
    });
    upstream.on("data", () => {
      if (matchedHere && trigger?.armed) {
        const fired = trigger.fired;
        trigger = null;
        matchedHere = false;
        cut();
        fired();
      }
    });
    client.pipe(upstream);
    upstream.pipe(client);
    for (const s of [client, upstream]) {
      s.on("error", () => undefined);
      s.on("close", () => {
        sockets.delete(s);
        client.destroy();
        upstream.destroy();
      });
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(listen.port, listen.host, resolve);
  });
  return {
    port: (server.address() as net.AddressInfo).port,
    cut,
    cutAfter: (bytes) => {
      budget = bytes;
    },
    cutAfterReplyTo: (pattern) =>
      new Promise<void>((resolve) => {
        trigger = { pattern, armed: false, fired: resolve };
      }),
    restore: () => {
      down = false;
    },
    stats: () => ({ accepted, refused }),
    close: () =>
      new Promise<void>((resolve) => {
        cut();
        server.close(() => resolve());
      }),
  };
}

/** True when something accepts TCP connections at host:port within `timeoutMs`. */
export function canConnect(host: string, port: number, timeoutMs = 2000): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, host);
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once("connect", () => done(true));
    socket.once("error", () => done(false));
  });
}
