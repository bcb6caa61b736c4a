#!/bin/sh
# loa serve: response times of the Scripts page (GET /scripts: every
# script loaded for its title), of the Week page (GET /week: every
# schedule loaded, the 104-commune city file schedules/hai-phong.yaml
# among them, one commune's week planned, its approvals and as-run log
# read; asked for a commune of the city file and for tien-minh, whose
# station database holds a month of as-run items from tools/gen-asrun)
# and of check as you type (POST /api/check: the draft written, loa
# check's checks, the spoken form for a commune, all in the worker,
# 'loa serve-worker'), median and 99th percentile over N requests
# (default 300) one after another from one logged-in client; the first
# check, which starts the worker, apart; the first check after opening
# the editor page (which starts the worker ahead), on a fresh server,
# sent at once (as app.js's check on opening) and 1 s later (typing,
# then the 0.6 s pause); the server's CPU seconds per
# request (steadier than wall time on a shared machine).  Memory: the
# server's (loa-serve's) RSS and PSS idle after start, before any worker
# runs; the worker's while it lives; the server's after the requests.
# Over a throwaway copy of the bundled project.  Targets (issue 16): p99
# under 100 ms, the server idle under 30 MB.
#
# Usage: bench/serve.sh [N]
set -eu
cd "$(dirname "$0")/.."
[ -x ./loa ] && [ -x ./loa-serve ] && [ -x build/tools/gen-asrun ] ||
	make -s all tools
exec /usr/bin/python3 - "$PWD/loa" "$PWD" "${1:-300}" <<'PY'
import os, subprocess, sys, time
sys.path.insert(0, 'tests/web')
from client import Client, Server

loa, project, n = sys.argv[1], sys.argv[2], int(sys.argv[3])

def rss(pid):
    # RSS, and PSS (shared library pages divided among their users).
    out = []
    for key, path in (('Rss:', 'smaps_rollup'), ('Pss:', 'smaps_rollup')):
        for line in open('/proc/%d/%s' % (pid, path)):
            if line.startswith(key):
                out.append(int(line.split()[1]) / 1024.0)
    return out

def children(pid):
    out = []
    for d in os.listdir('/proc'):
        try:
            if d.isdigit() and int(open('/proc/%s/stat' % d).read()
                                   .rsplit(')', 1)[1].split()[1]) == pid:
                out.append(int(d))
        except OSError:
            pass
    return out

def cpu(pid):
    f = open('/proc/%d/stat' % pid).read().rsplit(')', 1)[1].split()
    return (int(f[11]) + int(f[12])) / os.sysconf('SC_CLK_TCK')

def worker_cpu():
    return sum(cpu(p) for p in children(srv.proc.pid))

def measure(name, fn):
    c0, w0 = cpu(srv.proc.pid), worker_cpu()
    times = []
    for _ in range(n):
        t = time.perf_counter()
        status = fn()
        times.append((time.perf_counter() - t) * 1000)
        assert status == 200, status
    c1, w1 = cpu(srv.proc.pid), worker_cpu()
    times.sort()
    print('%-28s median %6.1f ms   p99 %6.1f ms   server CPU %5.1f ms/request'
          '%s' % (name, times[len(times) // 2],
                  times[min(n - 1, int(n * 0.99))], (c1 - c0) * 1000 / n,
                  '   worker CPU %5.1f ms/request' % ((w1 - w0) * 1000 / n)
                  if w1 > w0 else ''))

srv = Server(loa, project, ['--max-rate', '1000000'])
try:
    srv.user('bench', 'admin', 'mat-khau-bench')
    subprocess.run(['build/tools/gen-asrun', os.path.join(srv.root, 'loa.db'),
                    'tien-minh', '2026-11-30', '28'], check=True)
    srv.start()
    time.sleep(1)
    idle = rss(srv.proc.pid)
    c = Client(srv.port)
    c.login('bench', 'mat-khau-bench')
    text = open(os.path.join(srv.root, 'scripts', 'lua-dao-truc-tuyen.yaml')).read()
    form = {'name': 'lua-dao-truc-tuyen', 'commune': 'tien-minh',
            'text': text, 'csrf': c.csrf}
    assert not children(srv.proc.pid)
    t = time.perf_counter()
    assert c.request('POST', '/api/check', form)[0] == 200
    print('%-28s %6.1f ms (starts the worker)' % (
        'first POST /api/check', (time.perf_counter() - t) * 1000))
    measure('GET /scripts', lambda: c.request('GET', '/scripts')[0])
    measure('GET /week (city commune)', lambda: c.request(
        'GET', '/week?commune=hong-bang&week=2026-W50')[0])
    measure('GET /week (tien-minh, log)', lambda: c.request(
        'GET', '/week?commune=tien-minh&week=2026-W50')[0])
    measure('POST /api/check', lambda: c.request('POST', '/api/check', form)[0])
    for pause in (0, 1):
        s2 = Server(loa, project, ['--max-rate', '1000000'], root=srv.root)
        try:
            s2.start()
            c2 = Client(s2.port)
            c2.login('bench', 'mat-khau-bench')
            form2 = dict(form, csrf=c2.csrf)
            assert c2.request('GET', '/scripts/lua-dao-truc-tuyen')[0] == 200
            time.sleep(pause)
            t = time.perf_counter()
            assert c2.request('POST', '/api/check', form2)[0] == 200
            print('%-28s %6.1f ms (sent %d s after GET /scripts/NAME, '
                  'which starts the worker ahead)' % (
                      'first check after editor', (time.perf_counter() - t)
                      * 1000, pause))
        finally:
            s2.stop()
            s2.cleanup()
    time.sleep(1)
    after = rss(srv.proc.pid)
    worker = [rss(p) for p in children(srv.proc.pid)]
    print('server (loa-serve) idle RSS %.1f MB (PSS %.1f) after start, no '
          'worker; %.1f MB (PSS %.1f) after %d requests'
          % (idle[0], idle[1], after[0], after[1], 4 * n + 1))
    for w in worker:
        print('worker (loa serve-worker) RSS %.1f MB (PSS %.1f) after %d checks'
              % (w[0], w[1], n + 1))
    print('load average: %s' % open('/proc/loadavg').read().strip())
finally:
    srv.cleanup()
PY
