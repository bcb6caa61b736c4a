"""loa serve refuses what it must (TAP lines on stdout): no session, no
or a wrong CSRF token, a path with '..', an oversized body, too many
requests or failed logins, the wrong role; and it escapes a script name
with HTML in it.  usage: security.py LOA PROJECT"""
import os
import re
import shutil
import sqlite3
import sys

sys.path.insert(0, os.path.dirname(__file__))
from client import Client, Server, failures, ok  # noqa: E402


def approvals(root):
    db = os.path.join(root, 'loa.db')
    with sqlite3.connect(db) as c:
        return c.execute('SELECT count(*) FROM approvals').fetchone()[0]


def main():
    loa, project = sys.argv[1], sys.argv[2]
    srv = Server(loa, project)
    try:
        run(srv)
    finally:
        srv.cleanup()
    rate(loa, project)
    sys.exit(1 if failures() else 0)


def anonymous(srv, script, before):
    anon = Client(srv.port)
    s, h, _ = anon.request('GET', '/scripts')
    ok(s == 303 and h.get('location') == '/login', 'logged out: a page sends to the login', s)
    s, _, _ = anon.request('POST', '/api/save', {'name': 'lua-dao-truc-tuyen', 'text': 'x: 1'})
    ok(s == 401, 'logged out: save refused', s)
    s, _, _ = anon.request('POST', '/approve', {'script': 'lua-dao-truc-tuyen', 'commune': 'tien-minh', 'example': '1'})
    ok(s == 401, 'logged out: approve refused', s)
    ok(open(script, 'rb').read() == before and approvals(srv.root) == 0,
       'logged out: nothing changed (script, approvals)')
    s, h, _ = anon.request('GET', '/login')
    ok("frame-ancestors 'none'" in h.get('content-security-policy', '') and
       "script-src 'self'" in h.get('content-security-policy', '') and
       h.get('x-content-type-options') == 'nosniff' and
       h.get('referrer-policy') == 'no-referrer', 'security headers on every page', h)
    forged = Client(srv.port)
    s, _, _ = forged.request('POST', '/login', {'token': 'a' * 32, 'user': 'ed', 'password': 'mat-khau-ed'})
    ok(s == 403 and 'loa_session' not in forged.cookies, 'a login without its form token is refused', s)


def csrf(srv, script, before):
    ed = Client(srv.port)
    s, _ = ed.login('ed', 'mat-khau-ed')
    ok(s == 303 and 'loa_session' in ed.cookies, 'an editor logs in', s)
    cookie = [v for k, v in srv_cookie_headers(ed)]
    ok(all('HttpOnly' in v and 'Secure' in v and 'SameSite=Strict' in v for v in cookie) and cookie,
       'the session cookie is HttpOnly, Secure, SameSite=Strict', cookie)
    text = before.decode().replace('online-fraud', 'deepfake')
    s, _, _ = ed.request('POST', '/api/save', {'name': 'lua-dao-truc-tuyen', 'text': text})
    ok(s == 403, 'save without a CSRF token refused', s)
    s, _, _ = ed.request('POST', '/api/save', {'name': 'lua-dao-truc-tuyen', 'text': text, 'csrf': '0' * 32})
    ok(s == 403, 'save with a wrong CSRF token refused', s)
    ok(open(script, 'rb').read() == before, 'refused saves changed nothing')
    os.chmod(script, 0o664)  # a station folder its group shares
    s, _, b = ed.request('POST', '/api/save', {'name': 'lua-dao-truc-tuyen', 'text': text, 'csrf': ed.csrf})
    ok(s == 200 and b'"saved":true' in b and open(script).read() == text, 'save with the token writes the script', b[:200])
    ok(os.stat(script).st_mode & 0o777 == 0o664, 'the saved script keeps its mode 0664',
       oct(os.stat(script).st_mode))
    s, _, b = ed.request('POST', '/api/save', {'name': 'lua-dao-truc-tuyen', 'text': text.replace('topic: deepfake', 'topic: ?'), 'csrf': ed.csrf})
    ok(s == 200 and b'"saved":false' in b and open(script).read() == text, 'a script with an error is not saved', b[:200])
    s, _, _ = ed.request('POST', '/approve', {'script': 'lua-dao-truc-tuyen', 'commune': 'tien-minh', 'example': '1', 'csrf': ed.csrf})
    ok(s == 403 and approvals(srv.root) == 0, 'an editor cannot approve', s)
    return ed


def srv_cookie_headers(client):
    # The login's Set-Cookie again, as the server sends it.
    c = Client(client.port)
    _, _, page = c.request('GET', '/login')
    token = re.search(rb'name="token" value="([0-9a-f]+)"', page).group(1).decode()
    import http.client
    import urllib.parse
    conn = http.client.HTTPConnection('127.0.0.1', client.port, timeout=60)
    conn.request('POST', '/login', urllib.parse.urlencode(
        {'token': token, 'user': 'ed', 'password': 'mat-khau-ed'}),
        {'Content-Type': 'application/x-www-form-urlencoded',
         'Cookie': 'loa_login=' + c.cookies['loa_login']})
    r = conn.getresponse()
    r.read()
    return [(k, v) for k, v in r.getheaders() if k.lower() == 'set-cookie']


def paths(srv, ed):
    for p in ('/scripts/..%2F..%2Fetc%2Fpasswd', '/static/../loa.db',
              '/audio/listen/../../loa.db', '/scripts/%2e%2e/loa',
              '/static/', '/audio/listen/', '/scripts/'):
        s, _, b = ed.request('GET', p)
        ok(s in (400, 404) and b'SQLite' not in b and b'root:' not in b,
           "path '%s' refused (%d)" % (p, s))
    s, _, b = ed.request('POST', '/api/save', {'name': '../loa', 'text': 'x', 'csrf': ed.csrf})
    ok(s == 400, "a script name with '..' is refused", s)
    s, _, b = ed.request('POST', '/api/check', {'name': 'x', 'text': 'a' * (300 * 1024), 'csrf': ed.csrf})
    ok(s == 413, 'an oversized request is refused', s)


def escaping(srv, ed):
    evil = '<img src=x onerror=alert(1)>'
    shutil.copy(os.path.join(srv.root, 'scripts', 'deepfake-cuoc-goi-gia-mao.yaml'),
                os.path.join(srv.root, 'scripts', evil + '.yaml'))
    s, _, b = ed.request('GET', '/scripts')
    ok(s == 200 and b'&lt;img src=x onerror=alert(1)&gt;' in b and evil.encode() not in b,
       'a script name with HTML is shown escaped on the list')
    s, _, b = ed.request('GET', '/scripts/%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E')
    ok(s == 200 and evil.encode() not in b and b'&lt;img' in b, 'and on its own page', s)


def logins(srv):
    bad = Client(srv.port)
    codes = [bad.login('ap', 'sai-mat-khau-%d' % i)[0] for i in range(5)]
    ok(codes == [403] * 5, 'wrong passwords are refused', codes)
    s, body = bad.login('ap', 'mat-khau-ap')
    ok(s == 429 and 'loa_session' not in bad.cookies,
       'after 5 failures even the right password waits', s)
    with sqlite3.connect(os.path.join(srv.root, 'loa.db')) as c:
        n = c.execute("SELECT count(*) FROM web_actions WHERE action = 'login-failed'").fetchone()[0]
        hashes = [r[0] for r in c.execute('SELECT password_hash FROM users')]
    ok(n == 5, 'each failed login is in web_actions', n)
    ok(all(h.startswith('$y$') and 'mat-khau' not in h for h in hashes), 'passwords are kept as yescrypt hashes')


def run(srv):
    srv.user('ed', 'editor', 'mat-khau-ed')
    srv.user('ap', 'approver', 'mat-khau-ap')
    srv.start()
    script = os.path.join(srv.root, 'scripts', 'lua-dao-truc-tuyen.yaml')
    before = open(script, 'rb').read()
    anonymous(srv, script, before)
    ed = csrf(srv, script, before)
    paths(srv, ed)
    escaping(srv, ed)
    s, _, _ = ed.request('POST', '/logout', {'csrf': ed.csrf})
    s2, _, _ = ed.request('POST', '/api/check', {'name': 'x', 'text': 'x', 'csrf': ed.csrf})
    ok(s == 303 and s2 == 401, 'after logout the old session is refused', (s, s2))
    logins(srv)
    err = srv.stop()
    ok('AddressSanitizer' not in err and 'runtime error' not in err, 'the server stopped cleanly', err)


def rate(loa, project):
    srv = Server(loa, project, ['--max-rate', '20'])
    try:
        srv.start()
        c = Client(srv.port)
        codes = [c.request('GET', '/login')[0] for _ in range(30)]
        ok(codes[:20] == [200] * 20 and 429 in codes[20:],
           'past --max-rate requests a minute from one address: 429', codes)
    finally:
        srv.cleanup()


main()
