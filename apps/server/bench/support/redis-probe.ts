import { connect } from 'node:net';

/** true when `PING` is answered with `+PONG` within a second, else why not. */
export async function probeRedis(url: string): Promise<true | string> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'is not a URL';
  }
  return new Promise((resolve) => {
    const socket = connect({ host: parsed.hostname, port: Number(parsed.port || 6379) });
    let answer = '';
    const done = (result: true | string) => {
      clearTimeout(timer);
      socket.destroy();
      resolve(result);
    };
    const timer = setTimeout(() => done('did not answer within 1 s'), 1_000);
    socket.on('error', (error) => done(`is not reachable (${error.message})`));
    socket.on('connect', () => {
      const password = decodeURIComponent(parsed.password);
      const user = decodeURIComponent(parsed.username);
      const auth = password ? (user ? `AUTH ${user} ${password}\r\n` : `AUTH ${password}\r\n`) : '';
      socket.write(`${auth}PING\r\n`);
    });
    socket.on('data', (chunk) => {
      answer += chunk.toString();
      if (answer.includes('+PONG')) done(true);
      else if (answer.startsWith('-')) done(`answered ${answer.trim().slice(0, 100)}`);
    });
  });
}
