"""A small HTTP client for loa serve's tests: cookies by hand (the
session cookie is Secure, which urllib's jar would keep off plain http),
forms, and the server started over a throwaway project copy."""
import atexit
import http.client
import os
import re
import shutil
import sqlite3
import subprocess
import tempfile
import urllib.parse


_failed = [0]
_scratch = []


def scratch(prefix):
    """A new directory under the temporary folder, removed when the test
    ends however it ends (a browser's profile, a download folder, a
    server's project copy), so a run leaves nothing in /tmp."""
    path = tempfile.mkdtemp(prefix=prefix)
    _scratch.append(path)
    return path


@atexit.register
def _remove_scratch():
    for path in _scratch:
        shutil.rmtree(path, ignore_errors=True)


def ok(cond, what, detail=''):
    """One TAP line on stdout; a failure is counted, its detail shown."""
    print(('ok - ' if cond else 'not ok - ') + what, flush=True)
    if not cond:
        _failed[0] += 1
        if detail:
            print('#   ' + str(detail)[:800].replace('\n', '\n#   '))


def failures():
    return _failed[0]


class Server:
    def __init__(self, loa, source, extra=(), root=None):
        """Serves a copy of source's project, or root itself when given
        (a throwaway station the test made)."""
        self.tmp = scratch('loa-web-')
        self.root = root or os.path.join(self.tmp, 'project')
        if not root:
            os.mkdir(self.root)
            for d in ('scripts', 'schedules', 'audio'):
                shutil.copytree(os.path.join(source, d),
                                os.path.join(self.root, d))
        self.loa = loa
        self.proc = None
        self.extra = list(extra)

    def user(self, name, role, password):
        subprocess.run([self.loa, 'user', 'add', name, '--role', role,
                        '--root', self.root], input=password + '\n',
                       text=True, check=True, capture_output=True)

    def start(self):
        self.proc = subprocess.Popen(
            [self.loa, 'serve', '--root', self.root, '--listen',
             '127.0.0.1:0'] + self.extra,
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        line = self.proc.stdout.readline()
        m = re.search(r':(\d+)/', line)
        if not m:
            raise RuntimeError('loa serve did not start: ' + line +
                               self.proc.stderr.read())
        self.port = int(m.group(1))
        return self

    def stop(self):
        if self.proc:
            self.proc.terminate()
            self.proc.wait(timeout=30)
            err = self.proc.stderr.read()
            self.proc = None
            return err
        return ''

    def cleanup(self):
        self.stop()
        shutil.rmtree(self.tmp, ignore_errors=True)


class Client:
    def __init__(self, port):
        self.port = port
        self.cookies = {}
        self.csrf = None

    def request(self, method, path, body=None, headers=None):
        h = dict(headers or {})
        if self.cookies:
            h['Cookie'] = '; '.join('%s=%s' % kv for kv in self.cookies.items())
        if isinstance(body, dict):
            body = urllib.parse.urlencode(body)
            h.setdefault('Content-Type', 'application/x-www-form-urlencoded')
        c = http.client.HTTPConnection('127.0.0.1', self.port, timeout=120)
        c.request(method, path, body=body, headers=h)
        r = c.getresponse()
        data = r.read()
        for k, v in r.getheaders():
            if k.lower() == 'set-cookie':
                name, _, rest = v.partition('=')
                value = rest.split(';')[0]
                if value:
                    self.cookies[name] = value
                else:
                    self.cookies.pop(name, None)
        c.close()
        m = re.search(rb'name="csrf" content="([0-9a-f]+)"', data)
        if m:
            self.csrf = m.group(1).decode()
        return r.status, dict((k.lower(), v) for k, v in r.getheaders()), data

    def login(self, user, password):
        _, _, page = self.request('GET', '/login')
        token = re.search(rb'name="token" value="([0-9a-f]+)"', page).group(1)
        status, headers, body = self.request('POST', '/login', {
            'token': token.decode(), 'user': user, 'password': password})
        if status == 303:
            self.request('GET', '/scripts')
        return status, body


def stopped_cleanly(srv):
    """Stops the server: ok when it ended without a sanitizer report."""
    err = srv.stop()
    ok('AddressSanitizer' not in err and 'runtime error' not in err,
       'the server stopped cleanly', err)


def snapshot(root):
    """Every file of the project but the database and the worker's drafts
    (a check's scratch), with its bytes: to see that nothing was written."""
    out = {}
    for d, _, files in os.walk(root):
        if '.loa/web/drafts' in d:
            continue
        for f in files:
            if not f.startswith('loa.db'):
                p = os.path.join(d, f)
                out[os.path.relpath(p, root)] = open(p, 'rb').read()
    return out


def web_actions(root, like):
    """(user, action, target, detail) of the web_actions rows whose action
    is like the SQL pattern, oldest first."""
    with sqlite3.connect(os.path.join(root, 'loa.db')) as c:
        return c.execute("SELECT user, action, target, detail FROM web_actions "
                         "WHERE action LIKE ? ORDER BY id", (like,)).fetchall()
