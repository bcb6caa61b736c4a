"""loa serve's worker (src/web/forward.c): none before a page needs it,
one after a check, gone after --worker-idle seconds; one started ahead
when the editor opens, gone after --worker-idle too; killed in the middle
of a request, the page says so in Vietnamese and the next request gets a
new worker; a worker that cannot start is said plainly too; a render
that fails on a full disk is said plainly on the page and in one line
of the server's log.

Usage: worker.py LOA PROJECT"""
import os
import signal
import subprocess
import sys
import threading
import time

sys.path.insert(0, os.path.dirname(__file__))
from client import Client, Server, ok, failures  # noqa: E402

loa, project = sys.argv[1], sys.argv[2]


def children(pid):
    """The processes whose parent is pid."""
    out = []
    for d in os.listdir('/proc'):
        if not d.isdigit():
            continue
        try:
            stat = open('/proc/%s/stat' % d).read()
        except OSError:
            continue
        if int(stat.rsplit(')', 1)[1].split()[1]) == pid:
            out.append(int(d))
    return out


def cmdline(pid):
    try:
        return open('/proc/%d/cmdline' % pid, 'rb').read().split(b'\0')
    except OSError:
        return []


def wait_for(cond, seconds=60):
    """Polls cond until it holds; no time is asserted."""
    end = time.time() + seconds
    while time.time() < end:
        if cond():
            return True
        time.sleep(0.05)
    return cond()


def waiting_on_worker(pid):
    """1 when a thread of the server waits in poll() with the worker's
    timeout (300000 ms = 0x493e0): the request was sent, no answer yet."""
    for tid in os.listdir('/proc/%d/task' % pid):
        try:
            f = open('/proc/%d/task/%s/syscall' % (pid, tid)).read().split()
        except OSError:
            continue
        if f and f[0] == '7' and len(f) > 3 and f[3] == '0x493e0':
            return True
    return False


srv = Server(loa, project, ['--worker-idle', '5'])
try:
    srv.user('an', 'admin', 'mat-khau-an1')
    srv.start()
    pid = srv.proc.pid
    c = Client(srv.port)
    c.login('an', 'mat-khau-an1')
    ok(not children(pid), 'no worker before a page needs one',
       children(pid))
    text = open(os.path.join(srv.root, 'scripts',
                             'lua-dao-truc-tuyen.yaml')).read()
    form = {'name': 'lua-dao-truc-tuyen', 'commune': 'tien-minh',
            'text': text, 'csrf': c.csrf}
    status, _, body = c.request('POST', '/api/check', form)
    ok(status == 200 and b'"spoken":"' in body,
       'check as you type answers, the spoken form with it', (status, body))
    kids = children(pid)
    ok(len(kids) == 1 and b'serve-worker' in cmdline(kids[0]),
       'one worker runs after it: loa serve-worker',
       [cmdline(k) for k in kids])
    worker = kids[0] if kids else None
    status, _, body = c.request('POST', '/api/check', form)
    ok(status == 200 and children(pid) == [worker],
       'the next check goes to the same worker', (status, children(pid)))

    # Killed while it holds a request: stopped first, so that the request
    # is surely sent and unanswered when the kill comes.
    os.kill(worker, signal.SIGSTOP)
    answer = {}
    t = threading.Thread(target=lambda: answer.update(
        r=c.request('POST', '/api/check', form)))
    t.start()
    sent = wait_for(lambda: waiting_on_worker(pid))
    os.kill(worker, signal.SIGKILL)
    t.join(120)
    status, headers, body = answer.get('r', (0, {}, b''))
    ok(sent and status == 503 and
       'dừng giữa chừng'.encode() in body and
       headers.get('content-type') == 'application/json',
       'the worker killed mid-request: 503 and a plain Vietnamese failure',
       (sent, status, body))
    status, _, body = c.request('POST', '/api/check', form)
    kids = children(pid)
    ok(status == 200 and b'"spoken":"' in body and kids and
       worker not in kids,
       'the next check starts a new worker and answers', (status, kids))

    # A page that is not JSON: the same failure on an HTML page.
    worker = kids[0] if kids else 0
    os.kill(worker, signal.SIGSTOP)
    t = threading.Thread(target=lambda: answer.update(r=c.request(
        'GET', '/approve?script=lua-dao-truc-tuyen&commune=tien-minh')))
    t.start()
    wait_for(lambda: waiting_on_worker(pid))
    os.kill(worker, signal.SIGKILL)
    t.join(120)
    status, _, body = answer['r']
    ok(status == 503 and 'dừng giữa chừng'.encode() in body and
       b'<html' in body, 'the Approve page says so on the page', status)

    status, _, body = c.request(
        'GET', '/approve?script=lua-dao-truc-tuyen&commune=tien-minh')
    ok(status == 200 and b'id="player"' in body,
       'and renders with a new worker', status)
    ok(wait_for(lambda: not children(pid)),
       'the worker goes after --worker-idle seconds without a request',
       children(pid))
    # Opening the editor starts a worker ahead, before any check.
    status, _, body = c.request('GET', '/scripts/lua-dao-truc-tuyen')
    ok(status == 200 and b'id="editor"' in body and
       wait_for(lambda: len(children(pid)) == 1),
       'opening the editor starts a worker ahead (a child process appears)',
       (status, children(pid)))
    kids = children(pid)
    worker = kids[0] if kids else 0
    ok(b'serve-worker' in b''.join(cmdline(worker)),
       'it is loa serve-worker', cmdline(worker))
    status, _, body = c.request('POST', '/api/check', form)
    ok(status == 200 and b'"spoken":"' in body and children(pid) == [worker],
       'the first check goes to the worker started ahead', children(pid))
    ok(wait_for(lambda: not children(pid)),
       'a worker started ahead goes after --worker-idle seconds too',
       children(pid))
    status, _, body = c.request('GET', '/week')
    ok(status == 200 and not children(pid),
       'a page that needs no worker starts none', children(pid))
    status, _, body = c.request('POST', '/api/check', form)
    ok(status == 200 and b'"spoken":"' in body,
       'and the next check starts one again', status)
    err = srv.stop()
    ok(not children(pid) and 'Sanitizer' not in err,
       'the server stops its worker with it, cleanly', err)
    ok('did not answer in time' in err,
       'the server\'s log names the stopped worker', err)
finally:
    srv.cleanup()

# A worker program that is not there: said plainly, the server goes on.
srv = Server(loa, project, ['--worker', '/nonexistent/loa'])
try:
    srv.user('an', 'admin', 'mat-khau-an1')
    srv.start()
    c = Client(srv.port)
    c.login('an', 'mat-khau-an1')
    status, _, body = c.request('POST', '/api/check', {
        'name': 'x', 'commune': '', 'text': 'id: x\n', 'csrf': c.csrf})
    ok(status == 503 and 'Không khởi động được'.encode() in body,
       'a worker that cannot start: 503 and a plain failure', (status, body))
    status, _, _ = c.request('GET', '/week')
    ok(status == 200, 'the pages without a worker still answer', status)
    err = srv.stop()
    ok("cannot start the worker '/nonexistent/loa serve-worker'" in err,
       'the server\'s log says which program', err)
finally:
    srv.cleanup()

# A render that fails in the worker (here FFmpeg's encoder writing to a
# full disk): the person reads a plain Vietnamese message, the server's
# log one line naming the request and the detail.
FULL = 'Máy của đài không đọc hoặc ghi được tệp'
srv = Server(loa, project)
mounts = []
try:
    for d in ('.loa/web/listen', '.loa/approved'):
        m = os.path.join(srv.root, d)
        os.makedirs(m)
        if os.getuid() == 0 and subprocess.run(
                ['mount', '-t', 'tmpfs', '-o', 'size=16k', 'tmpfs', m],
                capture_output=True).returncode == 0:
            mounts.append(m)
    if len(mounts) < 2:
        print('ok - # SKIP a full disk needs a tmpfs mounted as root')
    else:
        srv.user('an', 'admin', 'mat-khau-an1')
        srv.start()
        c = Client(srv.port)
        c.login('an', 'mat-khau-an1')
        text = open(os.path.join(srv.root, 'scripts',
                                 'lua-dao-truc-tuyen.yaml')).read()
        status, _, body = c.request('POST', '/api/listen', {
            'name': 'lua-dao-truc-tuyen', 'commune': 'tien-minh',
            'text': text, 'csrf': c.csrf})
        ok(status == 500 and FULL.encode() in body and b'.mp3' not in body,
           'Listen on a full disk: 500 and a plain Vietnamese message, '
           'not the detail', (status, body))
        status, _, body = c.request(
            'GET', '/approve?script=lua-dao-truc-tuyen&commune=tien-minh')
        ok(status == 500 and FULL.encode() in body and b'<html' in body,
           'the Approve page says it on the page', status)
        err = srv.stop()
        lines = [l for l in err.splitlines() if l.startswith('loa: web: ')]
        ok(len(lines) == 2 and
           lines[0].startswith("loa: web: POST /api/listen by 'an' from "
                               "127.0.0.1, script 'lua-dao-truc-tuyen', "
                               "commune 'tien-minh': ") and
           '.loa/web/listen/' in lines[0] and
           lines[1].startswith("loa: web: GET /approve by 'an'") and
           '.loa/approved/' in lines[1],
           'the server\'s log has one line for each, with its request and '
           'the file that could not be written', err)
finally:
    srv.stop()
    for m in mounts:
        subprocess.run(['umount', m])
    srv.cleanup()
sys.exit(1 if failures() else 0)
