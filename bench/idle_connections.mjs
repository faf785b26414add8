// Opens COUNT keep-alive connections to 127.0.0.1:PORT, each after one answered request, from
// 127.0.0.2, 127.0.0.3, … (a thousand per address, as many clients would), prints "open N" and
// holds them until killed. Used by bench/idle.
import net from 'node:net';

const port = Number(process.argv[2]);
const count = Number(process.argv[3] || 10000);
const perAddress = 1000;
const sockets = [];

function open(i) {
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host: '127.0.0.1', port, localAddress: `127.0.0.${2 + Math.floor(i / perAddress)}` });
    let head = '';
    socket.setEncoding('latin1');
    socket.on('connect', () => socket.write('GET /healthz HTTP/1.1\r\nHost: bench\r\n\r\n'));
    socket.on('data', (chunk) => {
      head += chunk;
      if (head.includes('\r\n\r\n')) resolve(socket);
    });
    socket.on('error', reject);
    socket.on('close', () => { sockets[i] = null; });
  });
}

for (let start = 0; start < count; start += 250) {
  const batch = [];
  for (let i = start; i < Math.min(count, start + 250); i += 1) batch.push(open(i).then((s) => { sockets[i] = s; }));
  await Promise.all(batch);
}
console.log(`open ${sockets.filter(Boolean).length}`);
setInterval(() => {}, 1 << 30);
