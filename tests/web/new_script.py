"""A new script from the Scripts page (tests/e2e/web_new.sh): an editor
makes one from the blank skeleton and one as a copy, each passing `loa
check` and recorded in web_actions with the person; and what must be
refused is, with nothing written: a name with '..', '/', HTML, capitals
or one that exists, a source outside scripts/, no or a wrong CSRF token,
a logged-out browser, an approver, a scripts/ folder that is a link out
of the project.  TAP lines on stdout.  usage: new_script.py LOA PROJECT"""
import os
import shutil
import subprocess
import sys

sys.path.insert(0, os.path.dirname(__file__))
from client import (  # noqa: E402
    Client, Server, failures, ok, scratch, snapshot, web_actions)


def actions(root):
    return web_actions(root, 'create')


def check(srv, name):
    r = subprocess.run([srv.loa, 'check', 'scripts/%s.yaml' % name],
                       cwd=srv.root, capture_output=True, text=True)
    return r.returncode, r.stdout + r.stderr


def create(c, title, name, source=''):
    return c.request('POST', '/scripts/new', {'title': title, 'name': name,
                                              'from': source, 'csrf': c.csrf})


def blank(srv, ed):
    s, h, page = ed.request('GET', '/scripts')
    ok('<span class="who"><span class="sr">Đang đăng nhập: </span>ed ('.encode() in page,
       'the menu says who is logged in (the words for screen readers)')
    ok(b'id="new-script"' in page and 'Kịch bản mới'.encode() in page,
       'an editor sees the "Kịch bản mới" form on the Scripts page')
    s, h, _ = create(ed, 'Thông báo "tiêm" phòng <b>dại</b>', 'tiem-phong-dai')
    path = os.path.join(srv.root, 'scripts', 'tiem-phong-dai.yaml')
    ok(s == 303 and h.get('location') == '/scripts/tiem-phong-dai' and
       os.path.isfile(path), 'a blank script is made and the editor opens on it',
       (s, h.get('location')))
    rc, out = check(srv, 'tiem-phong-dai')
    ok(rc == 0 and 'warning' not in out, 'the blank skeleton passes loa check, no warning', out)
    text = open(path, encoding='utf-8').read()
    ok('id: tiem-phong-dai\n' in text and 'title: "Thông báo \\"tiêm\\" phòng <b>dại</b>"' in text
       and 'topic: other' in text and '{{commune.name}}' in text,
       'its id is the file name, its title the one typed (quoted)', text[:300])
    s, _, b = ed.request('GET', '/scripts/tiem-phong-dai')
    ok(s == 200 and b'id="editor"' in b and b'&lt;b&gt;' in b and b'<b>d' not in b,
       'the editor opens it, the title escaped', s)
    s, _, b = ed.request('GET', '/scripts')
    ok(b'&lt;b&gt;d' in b and b'<b>d' not in b, 'the list shows its title escaped')


def copy(srv, ed):
    s, h, _ = create(ed, 'Lừa đảo: bản cho thôn', 'lua-dao-thon', 'lua-dao-truc-tuyen')
    path = os.path.join(srv.root, 'scripts', 'lua-dao-thon.yaml')
    ok(s == 303 and h.get('location') == '/scripts/lua-dao-thon' and os.path.isfile(path),
       'a copy of a script is made', s)
    rc, out = check(srv, 'lua-dao-thon')
    ok(rc == 0 and 'warning' not in out,
       "the copy passes loa check, with no 'id is not the file name' warning", out)
    src = open(os.path.join(srv.root, 'scripts', 'lua-dao-truc-tuyen.yaml'), encoding='utf-8').read()
    text = open(path, encoding='utf-8').read()
    ok('id: lua-dao-thon\n' in text and 'title: "Lừa đảo: bản cho thôn"' in text and
       text.split('parts:', 1)[1] == src.split('parts:', 1)[1] and 'topic: online-fraud' in text,
       'it has the new id and title and the source\'s parts', text[:400])
    rows = actions(srv.root)
    ok(rows == [('ed', 'create', 'scripts/tiem-phong-dai.yaml', 'blank'),
                ('ed', 'create', 'scripts/lua-dao-thon.yaml', 'scripts/lua-dao-truc-tuyen.yaml')],
       'each is recorded in web_actions with the person logged in', rows)


def refused(srv, what, status, fn, want_status):
    before, rows = snapshot(srv.root), len(actions(srv.root))
    s, _, b = fn()
    ok(s == want_status and snapshot(srv.root) == before and len(actions(srv.root)) == rows,
       '%s: refused (%d), nothing written' % (what, want_status), (s, b[-300:]))
    return b


def refusals(srv, ed):
    existing = os.path.join(srv.root, 'scripts', 'lua-dao-truc-tuyen.yaml')
    for name in ('..', '../x', '../../tmp/x', 'a/b', '/tmp/x', 'Tiem-Phong',
                 '-dau', 'x.yaml', 'lexicon', '', 'tiêm', 'a' * 65):
        refused(srv, 'the name %r' % name, 400, lambda: create(ed, 'Tiêu đề', name), 400)
    evil = '<img src=x onerror=alert(1)>'
    b = refused(srv, 'a name with HTML', 400, lambda: create(ed, 'Tiêu đề', evil), 400)
    ok(b'&lt;img src=x onerror=alert(1)&gt;' in b and evil.encode() not in b,
       'and the page shows it back escaped')
    b = refused(srv, 'an existing name', 409, lambda: create(ed, 'Tiêu đề', 'lua-dao-truc-tuyen'), 409)
    ok('Đã có kịch bản'.encode() in b, 'and says the name is taken, in Vietnamese')
    ok(os.path.getsize(existing) > 1000, 'the existing script is untouched')
    for source in ('../loa', '..', '../schedules/communes/tien-minh', 'khong-co', 'lexicon'):
        refused(srv, 'a copy of %r' % source, 400, lambda: create(ed, 'Tiêu đề', 'ban-sao', source), 400)
    refused(srv, 'a title on two lines', 400, lambda: create(ed, 'một\nhai', 'hai-dong'), 400)
    refused(srv, 'no title', 400, lambda: create(ed, '', 'khong-tieu-de'), 400)
    refused(srv, 'no CSRF token', 403, lambda: ed.request(
        'POST', '/scripts/new', {'title': 'T', 'name': 'khong-token'}), 403)
    refused(srv, 'a wrong CSRF token', 403, lambda: ed.request(
        'POST', '/scripts/new', {'title': 'T', 'name': 'sai-token', 'csrf': '0' * 32}), 403)
    anon = Client(srv.port)
    refused(srv, 'a logged-out browser', 401, lambda: anon.request(
        'POST', '/scripts/new', {'title': 'T', 'name': 'an-danh'}), 401)
    ap = Client(srv.port)
    ap.login('ap', 'mat-khau-ap')
    _, _, page = ap.request('GET', '/scripts')
    ok(b'id="new-script"' not in page, 'an approver is not shown the form')
    refused(srv, 'an approver', 403, lambda: create(ap, 'T', 'nguoi-duyet'), 403)


def linked_out(srv, ed):
    # scripts/ replaced by a link to a folder outside the project.
    outside = scratch('loa-outside-')
    try:
        scripts = os.path.join(srv.root, 'scripts')
        shutil.move(scripts, os.path.join(outside, 'scripts'))
        os.symlink(os.path.join(outside, 'scripts'), scripts)
        n = len(os.listdir(os.path.join(outside, 'scripts')))
        s, _, _ = create(ed, 'Ra ngoài', 'ra-ngoai')
        ok(s == 400 and len(os.listdir(os.path.join(outside, 'scripts'))) == n,
           'a scripts/ that links out of the project: refused, nothing written there', s)
        os.unlink(scripts)
        shutil.move(os.path.join(outside, 'scripts'), scripts)
    finally:
        shutil.rmtree(outside, ignore_errors=True)


def main():
    loa, project = sys.argv[1], sys.argv[2]
    srv = Server(loa, project)
    try:
        srv.user('ed', 'editor', 'mat-khau-ed')
        srv.user('ap', 'approver', 'mat-khau-ap')
        srv.start()
        ed = Client(srv.port)
        s, _ = ed.login('ed', 'mat-khau-ed')
        ok(s == 303, 'an editor logs in', s)
        blank(srv, ed)
        copy(srv, ed)
        refusals(srv, ed)
        linked_out(srv, ed)
        err = srv.stop()
        ok('AddressSanitizer' not in err and 'runtime error' not in err,
           'the server stopped cleanly', err)
    finally:
        srv.cleanup()
    sys.exit(1 if failures() else 0)


main()
