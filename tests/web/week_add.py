"""'Thêm vào lịch' on the Week page (tests/e2e/web_sched.sh): an editor
adds a script to a slot of tien-minh's schedule; the file changes by the
added lines only, `loa check` and `loa plan` pass, `loa plan --week` and
the week show the script on the slot's days, web_actions holds it with
the person; 'Bỏ khỏi lịch' takes it off again, the file back byte for
byte (a rotation, a slot's only entry, a stale line refused); an entry
that has aired is ended instead (to: its last day, the past plan and
report kept), one starting today deleted or ended as its slot has aired,
an entry written as a flow mapping ended inside its braces or deleted;
the file's mode (0664, 0640) is kept.  Refused with nothing written: a bad slot, file, script or
date, an end before the start, no CSRF token, an approver, an operator,
a logged-out browser, a script id with HTML or '..', a schedule linked
out of schedules/, a city file, a one-line play list, an entry the
loader refuses (a script whose id is not its name) and a file a hand edit broke.
TAP lines on stdout.  usage: week_add.py LOA PROJECT"""
import datetime
import difflib
import os
import re
import subprocess
import sys
import zoneinfo

sys.path.insert(0, os.path.dirname(__file__))
from client import (  # noqa: E402
    Client, Server, failures, ok, scratch, snapshot, web_actions)

SCHED = 'schedules/tien-minh.yaml'


def today():
    return datetime.datetime.now(zoneinfo.ZoneInfo('Asia/Ho_Chi_Minh')).date()


def actions(root):
    return web_actions(root, 'schedule%')


def run(srv, *args):
    return subprocess.run([srv.loa] + list(args), cwd=srv.root,
                          capture_output=True, text=True)


def add(c, slot, script, start, end='', file='tien-minh', csrf=True):
    body = {'file': file, 'slot': slot, 'script': script, 'from': start, 'to': end}
    if csrf:
        body['csrf'] = c.csrf
    return c.request('POST', '/week/add?commune=tien-minh&zone=', body)


def form(srv, ed, ap, op):
    s, _, page = ed.request('GET', '/week?commune=tien-minh')
    page = page.decode()
    ok(s == 200 and 'id="add-form"' in page and 'Thêm vào lịch' in page and
       'value="chieu">Bản tin chiều — T2 T4 T6 CN, 17:00</option>' in page and
       'value="sang">Bản tin sáng — T2 T3 T4 T5 T6 T7, 06:00</option>' in page and
       '<option value="luat-tri-tue-nhan-tao">' in page and
       'value="%s"' % max(today(), today()).isoformat() in page,
       'an editor sees the form: slots by name, days and time; scripts; today as the start',
       page[-2000:])
    for who, c in (('an approver', ap), ('an operator', op)):
        _, _, page = c.request('GET', '/week?commune=tien-minh')
        ok(b'id="add-form"' not in page and 'Chỉ người biên tập'.encode() in page,
           '%s sees the week without the form, and why' % who)


def added(srv, ed):
    path = os.path.join(srv.root, SCHED)
    before = open(path, encoding='utf-8').read()
    start = today() + datetime.timedelta(days=7 - today().weekday())  # next Monday
    end = start + datetime.timedelta(days=27)
    os.chmod(path, 0o664)  # a station folder its group shares
    s, h, b = add(ed, 'chieu', 'lua-dao-truc-tuyen', start.isoformat(), end.isoformat())
    ok(os.stat(path).st_mode & 0o777 == 0o664, 'the rewritten file keeps its mode 0664',
       oct(os.stat(path).st_mode))
    week = '%d-W%02d' % start.isocalendar()[:2]
    ok(s == 303 and h.get('location') ==
       '/week?commune=tien-minh&zone=&week=%s&added=1' % week,
       'the entry is added; the page goes to the week it starts in', (s, h.get('location'), b[-400:]))
    after = open(path, encoding='utf-8').read()
    diff = [l for l in difflib.unified_diff(before.splitlines(), after.splitlines(),
                                            lineterm='', n=0)
            if not l.startswith(('---', '+++', '@@'))]
    want = ['+      - script: lua-dao-truc-tuyen', '+        from: %s' % start,
            '+        to: %s' % end]
    ok(diff == want, 'the file changed by the three added lines only', diff)
    lines = after.splitlines()
    i = len(lines) - 1 - lines[::-1].index(want[0][1:])
    ok(lines[i - 1] == '      - bao-ve-du-lieu-ca-nhan',
       'after the last entry of the slot chieu, with its indentation', lines[i - 2:i + 4])
    r = run(srv, 'check', SCHED)
    ok(r.returncode == 0, 'loa check passes on the file', r.stdout + r.stderr)
    r = run(srv, 'plan', SCHED, '--week', week)
    rows = [l for l in r.stdout.splitlines() if 'lua-dao-truc-tuyen' in l and
            'Bản tin chiều' in l]
    ok(r.returncode == 0 and len(rows) == 4,
       'loa plan --week shows it in the slot on its four days (Mon, Wed, Fri, Sun)',
       r.stdout[-1500:] + r.stderr)
    rows = actions(srv.root)
    ok(rows == [('ed', 'schedule-add', SCHED, 'slot chieu: script lua-dao-truc-tuyen '
                 'from %s to %s' % (start, end))],
       'recorded in web_actions with the person', rows)
    s, _, page = ed.request('GET', h['location'])
    page = page.decode()
    ok('id="added"' in page, 'the week says it was added')
    days = page.split('<section class="day')[1:8]
    has = [sum(1 for it in d.split('<li class="item')[1:]
               if 'data-script="lua-dao-truc-tuyen"' in it and 'Bản tin chiều' in it)
           for d in days]
    ok(has == [1, 0, 1, 0, 1, 0, 1], 'the week shows it in Bản tin chiều on Mon, Wed, Fri, Sun '
       '(the cached schedules noticed the file)', has)
    return start, before


def remove(c, entry, file='tien-minh', csrf=True):
    body = {'file': file, 'entry': entry}
    if csrf:
        body['csrf'] = c.csrf
    return c.request('POST', '/week/remove?commune=tien-minh&zone=&week=2026-W50', body)


def removed(srv, ed, ap, before, start):
    path = os.path.join(srv.root, SCHED)
    text = open(path, encoding='utf-8').read()
    line = text.splitlines().index('      - script: lua-dao-truc-tuyen') + 1
    entry = 'chieu:%d:lua-dao-truc-tuyen' % line
    _, _, page = ed.request('GET', '/week?commune=tien-minh')
    page = page.decode()
    ok('id="remove-form"' in page and
       '<option value="%s">Bản tin chiều — lua-dao-truc-tuyen, từ %s, đến %s</option>'
       % (entry, start, start + datetime.timedelta(days=27)) in page and
       'value="sang:' not in page,
       'the remove form offers the entry added (a rotation alone in its slot is not offered)',
       re.findall(r'<option value="[a-z-]+:\d+:[^"]*">[^<]*', page))
    t = open(os.path.join(srv.root, 'schedules', 'thu-lam.yaml'), encoding='utf-8').read()
    only = 'chieu:%d:lua-dao-truc-tuyen' % (t.splitlines().index('      - lua-dao-truc-tuyen') + 1)
    rotation = 1 + [i for i, l in enumerate(text.splitlines())
                    if l.startswith('      - rotate: [lua-dao')][0]
    for what, args, status, want in (
            ('a rotation', ('sang:%d:lua-dao-truc-tuyen' % rotation,), 409,
             'Không thấy bài này'),
            ('another script at that line', ('chieu:%d:lua-dao-thon' % line,), 409, None),
            ('a line that is not the entry\'s', ('chieu:%d:lua-dao-truc-tuyen' % (line + 1),),
             409, None),
            ('an entry value with HTML', ('<b>:1:x',), 400, None),
            ('an entry value with ..', ('chieu:%d:..' % line,), 400, None),
            ("the slot's only entry", (only, 'thu-lam'), 409, 'bài duy nhất'),
            ('a file outside schedules/', (entry, '../schedules/tien-minh'), 400, None)):
        refused(srv, 'removing ' + what, lambda: remove(ed, *args), status, want)
    refused(srv, 'removing without a CSRF token', lambda: remove(ed, entry, csrf=False), 403)
    refused(srv, 'removing as an approver', lambda: remove(ap, entry), 403)
    s, h, b = remove(ed, entry)
    ok(s == 303 and h.get('location') ==
       '/week?commune=tien-minh&zone=&week=2026-W50&removed=1',
       'Bỏ khỏi lịch takes the entry off; the page goes back to the week', (s, h, b[-300:]))
    ok(open(path, encoding='utf-8').read() == before,
       'the file is again byte for byte what it was before the add')
    rows = actions(srv.root)
    ok(rows[-1] == ('ed', 'schedule-remove', SCHED,
                    'slot chieu: script lua-dao-truc-tuyen (line %d)' % line),
       'recorded in web_actions with the person', rows)
    _, _, page = ed.request('GET', h['location'])
    ok(b'id="removed"' in page, 'the week says it was taken off')
    r = run(srv, 'plan', SCHED, '--week', '%d-W%02d' % start.isocalendar()[:2])
    ok(r.returncode == 0 and not [l for l in r.stdout.splitlines()
                                  if 'lua-dao-truc-tuyen' in l and 'Bản tin chiều' in l],
       'loa plan no longer has it in the slot', r.stdout[-800:] + r.stderr)


def last_airing(day=None):
    """The last day Bản tin chiều (Mon, Wed, Fri, Sun at 17:00) has begun
    by now: today once today's has begun, else yesterday."""
    now = datetime.datetime.now(zoneinfo.ZoneInfo('Asia/Ho_Chi_Minh'))
    begun = now.weekday() in (0, 2, 4, 6) and now.time() >= datetime.time(17)
    return now.date() if begun else now.date() - datetime.timedelta(days=1)


def week_of(day):
    return '%d-W%02d' % day.isocalendar()[:2]


def plan_rows(srv, week, script):
    r = run(srv, 'plan', SCHED, '--week', week)
    return r.returncode, [l for l in r.stdout.splitlines() if script in l and 'Bản tin chiều' in l]


def report(srv, week):
    """loa report's CSV for the week, planned from the schedule."""
    out = os.path.join(srv.tmp, 'report.csv')
    r = run(srv, 'report', '--week', week, '--schedule', SCHED, '--commune', 'tien-minh',
            '-o', out)
    return open(out, encoding='utf-8-sig').read() if r.returncode == 0 else r.stderr


def end_past(srv, ed):
    """Bỏ khỏi lịch on an entry in force since the schedule began: ended
    (to: its last day), not deleted, so the past plan stays."""
    path = os.path.join(srv.root, SCHED)
    before = open(path, encoding='utf-8').read()
    line = before.splitlines().index('      - bao-ve-du-lieu-ca-nhan') + 1
    entry = 'chieu:%d:bao-ve-du-lieu-ca-nhan' % line
    past = week_of(today() - datetime.timedelta(days=7))
    _, rows_before = plan_rows(srv, past, 'bao-ve-du-lieu-ca-nhan')
    report_before = report(srv, past)
    os.chmod(path, 0o640)
    first = last_airing()
    s, h, b = remove(ed, entry)
    last = last_airing()
    if last != first and h.get('location', '').endswith((first + datetime.timedelta(days=1)).isoformat()):
        last = first  # 17:00 passed during the request
    after = open(path, encoding='utf-8').read()
    ok(s == 303 and h.get('location') ==
       '/week?commune=tien-minh&zone=&week=2026-W50&ended=%s' % (last + datetime.timedelta(days=1)),
       'Bỏ khỏi lịch on an entry that has aired ends it; the page goes back saying from when',
       (s, h.get('location'), b[-300:]))
    diff = [l for l in difflib.unified_diff(before.splitlines(), after.splitlines(),
                                            lineterm='', n=0)
            if not l.startswith(('---', '+++', '@@'))]
    ok(diff == ['-      - bao-ve-du-lieu-ca-nhan', '+      - script: bao-ve-du-lieu-ca-nhan',
                '+        to: %s' % last] and after.endswith('\n'),
       'its lines stay, with to: %s (the last day it aired); no other byte changed' % last, diff)
    ok(os.stat(path).st_mode & 0o777 == 0o640, 'the rewritten file keeps its mode 0640',
       oct(os.stat(path).st_mode))
    rows = actions(srv.root)
    ok(rows[-1] == ('ed', 'schedule-end', SCHED, 'slot chieu: script bao-ve-du-lieu-ca-nhan '
                    '(line %d) to %s' % (line, last)), 'recorded as schedule-end', rows[-1:])
    _, _, page = ed.request('GET', h.get('location', '/week'))
    stop = last + datetime.timedelta(days=1)
    ok(('id="ended">Đã dừng bài này từ ngày %02d/%02d/%d' % (stop.day, stop.month, stop.year))
       .encode() in page, 'the week says from which day it no longer airs',
       re.findall(r'class="done"[^<]*', page.decode()))
    r = run(srv, 'check', SCHED)
    ok(r.returncode == 0, 'loa check passes on the file', r.stdout + r.stderr)
    rc, rows = plan_rows(srv, past, 'bao-ve-du-lieu-ca-nhan')
    ok(rc == 0 and len(rows) == 4 and rows == rows_before,
       'loa plan for last week (%s) still has it on its four days' % past, rows)
    rc, rows = plan_rows(srv, week_of(today() + datetime.timedelta(days=7)),
                         'bao-ve-du-lieu-ca-nhan')
    ok(rc == 0 and rows == [], 'loa plan for next week no longer has it', rows)
    text = report(srv, past)
    ok(text == report_before and 'personal-data' in text,
       'loa report for last week is as before: its airings still planned (personal-data)',
       (report_before[-400:], text[-400:]))
    refused(srv, 'ending it again', lambda: remove(ed, entry), 409, 'đã dừng rồi')


def flow_maps(srv, ed):
    """Entries written by hand as flow mappings ("- {script: ID, from:
    DATE}"): one that has aired is ended in place (", to: DATE" before its
    '}', its comment kept); one that never aired is deleted."""
    path = os.path.join(srv.root, SCHED)
    before = open(path, encoding='utf-8').read()
    later = today() + datetime.timedelta(days=14)
    aired = '      - {script: lua-dao-truc-tuyen, from: 2026-11-02}   # viết tay\n'
    never = '      - {script: deepfake-cuoc-goi-gia-mao, from: %s}\n' % later
    text = before + aired + never
    with open(path, 'w', encoding='utf-8') as f:
        f.write(text)
    r = run(srv, 'check', SCHED)
    ok(before.endswith('\n') and r.returncode == 0,
       'tien-minh.yaml with two flow-mapping entries in the evening slot loads',
       r.stdout + r.stderr)
    line = text.count('\n', 0, text.index(aired)) + 1
    first = last_airing()
    s, h, b = remove(ed, 'chieu:%d:lua-dao-truc-tuyen' % line)
    last = last_airing()
    if last != first and h.get('location', '').endswith((first + datetime.timedelta(days=1)).isoformat()):
        last = first  # 17:00 passed during the request
    after = open(path, encoding='utf-8').read()
    ok(s == 303 and 'ended=%s' % (last + datetime.timedelta(days=1)) in h.get('location', '') and
       after == before + aired.replace('2026-11-02}', '2026-11-02, to: %s}' % last) + never,
       'Bỏ khỏi lịch on a flow mapping that has aired: to: %s put inside its braces, '
       'its comment and every other byte kept' % last,
       (s, h.get('location'), re.findall(r'id="add-error">(.*?)</p>', b.decode()),
        after[len(before):]))
    r = run(srv, 'check', SCHED)
    ok(r.returncode == 0, 'loa check passes on the file', r.stdout + r.stderr)
    line = after.count('\n', 0, after.index(never)) + 1
    s, h, b = remove(ed, 'chieu:%d:deepfake-cuoc-goi-gia-mao' % line)
    now = open(path, encoding='utf-8').read()
    ok(s == 303 and h.get('location', '').endswith('removed=1') and now == after[:-len(never)],
       'Bỏ khỏi lịch on a flow mapping that never aired (from %s): deleted, its line only' % later,
       (s, h.get('location'), re.findall(r'id="add-error">(.*?)</p>', b.decode()),
        now[len(before):]))
    with open(path, 'w', encoding='utf-8') as f:
        f.write(before)


def start_today(srv, ed):
    """An entry that starts today: deleted while today's airing of its
    slot has not begun, else ended today (it may have aired)."""
    path = os.path.join(srv.root, SCHED)
    before = open(path, encoding='utf-8').read()
    s, h, _ = add(ed, 'chieu', 'lua-dao-truc-tuyen', today().isoformat())
    ok(s == 303, 'an entry starting today is added', s)
    text = open(path, encoding='utf-8').read()
    line = text.splitlines().index('      - script: lua-dao-truc-tuyen') + 1
    first = last_airing()
    s, h, _ = remove(ed, 'chieu:%d:lua-dao-truc-tuyen' % line)
    after = open(path, encoding='utf-8').read()
    if first == today() or last_airing() == today():
        ok(s == 303 and after == text.replace(
            '        from: %s\n' % today(), '        from: %s\n        to: %s\n' % (today(), today())),
           "today's airing of the slot has begun: ended today (to: today), kept",
           (s, h.get('location')))
    else:
        ok(s == 303 and after == before and h.get('location', '').endswith('removed=1'),
           "today's airing of the slot has not begun: deleted, the file as before",
           (s, h.get('location')))
    with open(path, 'w', encoding='utf-8') as f:
        f.write(before)


def refused(srv, what, fn, want_status, want=None):
    before, rows = snapshot(srv.root), len(actions(srv.root))
    s, _, b = fn()
    text = b.decode('utf-8', 'replace')
    ok(s == want_status and snapshot(srv.root) == before and len(actions(srv.root)) == rows
       and (want is None or want in text),
       '%s: refused (%d), nothing written' % (what, want_status),
       (s, re.findall(r'id="add-error">(.*?)</p>', text) or text[-300:]))
    return text


def refusals(srv, ed, ap, op, start):
    d = start.isoformat()
    refused(srv, 'an unknown slot', lambda: add(ed, 'khong-co', 'lua-dao-truc-tuyen', d), 400,
            'Không có buổi phát này')
    refused(srv, 'a slot with HTML', lambda: add(ed, '<b>x', 'lua-dao-truc-tuyen', d), 400)
    refused(srv, 'an unknown script', lambda: add(ed, 'chieu', 'khong-co', d), 400,
            'Không có kịch bản này')
    for bad in ('../loa', '..', '<img src=x onerror=alert(1)>', 'lexicon', 'A', ''):
        t = refused(srv, 'the script id %r' % bad, lambda: add(ed, 'chieu', bad, d), 400)
        ok('<img src=x' not in t, 'and no HTML of it comes back unescaped')
    for bad in ('2026-02-30', 'mai', '', (today() - datetime.timedelta(days=1)).isoformat()):
        refused(srv, 'the start %r' % bad, lambda: add(ed, 'chieu', 'lua-dao-truc-tuyen', bad),
                400, 'Ngày bắt đầu')
    for bad in ('2026-13-01', (start - datetime.timedelta(days=1)).isoformat()):
        refused(srv, 'the end %r' % bad,
                lambda: add(ed, 'chieu', 'lua-dao-truc-tuyen', d, bad), 400, 'Ngày kết thúc')
    for bad in ('../tien-minh', 'communes/tien-minh', '..', 'khong-co', '.x'):
        refused(srv, 'the schedule file %r' % bad,
                lambda: add(ed, 'chieu', 'lua-dao-truc-tuyen', d, file=bad), 400)
    refused(srv, 'no CSRF token', lambda: add(ed, 'chieu', 'lua-dao-truc-tuyen', d, csrf=False),
            403)
    for who, c in (('an approver', ap), ('an operator', op)):
        refused(srv, who, lambda: add(c, 'chieu', 'lua-dao-truc-tuyen', d), 403)
    anon = Client(srv.port)
    refused(srv, 'a logged-out browser', lambda: anon.request(
        'POST', '/week/add', {'file': 'tien-minh', 'slot': 'chieu',
                              'script': 'lua-dao-truc-tuyen', 'from': d}), 401)
    refused(srv, 'a city file', lambda: add(ed, 'sang', 'lua-dao-truc-tuyen', d,
                                            file='hai-phong'), 409, 'dùng chung cho nhiều xã')
    # A script file whose own id is not its name: the loader refuses.
    src = os.path.join(srv.root, 'scripts', 'lua-dao-truc-tuyen.yaml')
    with open(os.path.join(srv.root, 'scripts', 'sai-ten.yaml'), 'w', encoding='utf-8') as f:
        f.write(open(src, encoding='utf-8').read())
    t = refused(srv, 'a script whose id is not its file name (the loader\'s error)',
                lambda: add(ed, 'cho', 'sai-ten', d), 409, 'Lịch mới có lỗi')
    ok(re.search(r'schedules/tien-minh\.yaml:\d+:\d+: ', t),
       "and shows the loader's file:line:column", re.findall(r'<code>(.*?)</code>', t))


def odd_files(srv, ed, start):
    d = start.isoformat()
    sched = os.path.join(srv.root, 'schedules')
    # A one-line play list: refused, naming file:line.
    text = open(os.path.join(sched, 'thu-lam.yaml'), encoding='utf-8').read()
    flow = re.sub(r'play:\n( {6}- [^\n]+\n)+', 'play: [lua-dao-truc-tuyen]\n', text, count=1)
    slot = re.search(r'- id: ([a-z0-9-]+)', flow).group(1)
    with open(os.path.join(sched, 'thu-lam.yaml'), 'w', encoding='utf-8') as f:
        f.write(flow)
    r = run(srv, 'check', 'schedules/thu-lam.yaml')
    ok(flow != text and r.returncode == 0, 'thu-lam.yaml with a one-line play list loads',
       r.stdout + r.stderr)
    line = flow[:flow.index('play: [')].count('\n') + 1
    refused(srv, 'a one-line play list', lambda: add(ed, slot, 'lua-dao-truc-tuyen', d,
                                                     file='thu-lam'), 409,
            'schedules/thu-lam.yaml:%d' % line)
    # A file a hand edit broke since the page was drawn.
    path = os.path.join(sched, 'tien-minh.yaml')
    with open(path, 'a', encoding='utf-8') as f:
        f.write('rac: [\n')
    t = refused(srv, 'a file broken by a hand edit', lambda: add(
        ed, 'chieu', 'lua-dao-truc-tuyen', d), 409, 'Lịch mới có lỗi')
    ok('schedules/tien-minh.yaml:' in t, 'and names the file')
    # A schedule that is a link out of schedules/.
    outside = scratch('loa-outside-')
    target = os.path.join(outside, 'ngoai.yaml')
    with open(target, 'w', encoding='utf-8') as f:
        f.write(text)
    os.symlink(target, os.path.join(sched, 'ngoai.yaml'))
    refused(srv, 'a schedule linked out of schedules/', lambda: add(
        ed, slot, 'lua-dao-truc-tuyen', d, file='ngoai'), 400)
    ok(open(target, encoding='utf-8').read() == text, 'the file outside is untouched')
    os.unlink(os.path.join(sched, 'ngoai.yaml'))
    os.unlink(target)
    os.rmdir(outside)


def main():
    loa, project = sys.argv[1], sys.argv[2]
    srv = Server(loa, project)
    try:
        srv.user('ed', 'editor', 'mat-khau-ed')
        srv.user('ap', 'approver', 'mat-khau-ap')
        srv.user('op', 'operator', 'mat-khau-op')
        srv.start()
        ed, ap, op = Client(srv.port), Client(srv.port), Client(srv.port)
        ok(ed.login('ed', 'mat-khau-ed')[0] == 303 and ap.login('ap', 'mat-khau-ap')[0] == 303
           and op.login('op', 'mat-khau-op')[0] == 303, 'editor, approver and operator log in')
        form(srv, ed, ap, op)
        start, before = added(srv, ed)
        removed(srv, ed, ap, before, start)
        start_today(srv, ed)
        end_past(srv, ed)
        flow_maps(srv, ed)
        refusals(srv, ed, ap, op, start)
        odd_files(srv, ed, start)
        err = srv.stop()
        ok('AddressSanitizer' not in err and 'runtime error' not in err,
           'the server stopped cleanly', err)
    finally:
        srv.cleanup()
    sys.exit(1 if failures() else 0)


main()
