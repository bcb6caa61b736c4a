"""The On air page and the Bulletin form over HTTP, against a throwaway
station (tests/e2e/web_air.sh makes it: commune tm, week 2026-W49 built,
the spool set up by a first daemon run, users op (operator) and ed
(editor)).  The refusals change nothing; a good bulletin is heard, sent
to a running `loa air` on a test clock, aired, and found in the as-run
log with the operator as approver.  TAP lines on stdout.
usage: air.py LOA STATION TMP"""
import glob
import html
import os
import re
import sqlite3
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(__file__))
from client import Client, Server, failures, ok  # noqa: E402

GOOD = 'Thông báo: chiều nay mất điện từ hai giờ đến bốn giờ.'
URGENT = 'Khẩn cấp: nước sông đang lên, bà con vùng trũng di chuyển ngay.'
PHONE = 'Thông báo mất điện.\nXin gọi số 0912 345 678 để hỏi.'


def q(station, sql):
    with sqlite3.connect(os.path.join(station, 'loa.db')) as db:
        return db.execute(sql).fetchall()


def requests(station):
    return sorted(glob.glob(os.path.join(station, 'spool', '*.req')))


def text_of(body):
    return html.unescape(re.sub(r'<[^>]+>', ' ', body.decode()))


def form(c, **fields):
    f = {'csrf': c.csrf, 'tier': 'priority', 'repeat': '1', 'every': '0'}
    f.update(fields)
    return f


def refusals(srv, op, station):
    before = (len(requests(station)), q(station, 'SELECT count(*) FROM approvals'))
    s, _, body = op.request('POST', '/air/bulletin', {'text': GOOD, 'tier': 'priority', 'do': 'send'})
    ok(s == 403, 'a bulletin without its CSRF token is refused (403)', s)
    ed = Client(srv.port)
    ed.login('ed', 'mat-khau-ed1')
    ed.request('GET', '/air')
    s, _, body = ed.request('POST', '/air/bulletin', form(ed, text=GOOD, do='send'))
    ok(s == 403 and 'quyền' in body.decode(),
       'a bulletin from an editor is refused (403, the role)', s)
    s, _, body = op.request('POST', '/air/bulletin', form(op, text=PHONE, do='send'))
    t = text_of(body)
    ok(s == 400, 'a bulletin with an unlisted phone number is refused (400)', s)
    ok(re.search(r"Dòng 2, cột 12: lỗi: số điện thoại '0912345678' không phải số của xã", t),
       'the finding is shown at its line and column of the typed text, in Vietnamese',
       t[-900:])
    ok('0912 345 678' in t, 'the typed text is given back to fix')
    # A script whose clip is not audio (a page saved as .wav): said in
    # Vietnamese, libsndfile's English only in the journal.
    os.makedirs(os.path.join(station, 'audio'), exist_ok=True)
    with open(os.path.join(station, 'audio', 'hong.wav'), 'w') as f:
        f.write('<html>not audio</html>\n')
    with open(os.path.join(station, 'scripts', 'thu-hong.yaml'), 'w', encoding='utf-8') as f:
        f.write('id: thu-hong\ntitle: "Lời chào thu sẵn"\ntopic: other\nparts:\n'
                '  - play: audio/hong.wav\n')
    s, _, body = op.request('POST', '/air/bulletin', form(op, script='thu-hong', do='send'))
    t = re.sub(r'\s+', ' ', text_of(body))
    ok(s == 400 and re.search(r"không đọc được '[^']*hong\.wav': đây không phải âm thanh", t)
       and 'Format not' not in t and 'libsndfile' not in t,
       'a clip that is not audio: refused (400), why in Vietnamese, no English of libsndfile',
       (s, re.findall(r"không đọc được[^.]*", t) or t[-900:]))
    after = (len(requests(station)), q(station, 'SELECT count(*) FROM approvals'))
    ok(before == after, 'the refusals approved nothing and sent nothing',
       (before, after))


def listen(op, station, tmp):
    s, _, body = op.request('POST', '/air/bulletin', form(op, text=GOOD, do='listen'))
    m = re.search(rb'<audio id="player"[^>]* src="(/audio/listen/([0-9a-f]{64})\.mp3)"', body)
    ok(s == 200 and m, 'hear it: the draft is rendered and given to an <audio>', s)
    if not m:
        return None
    s, h, audio = op.request('GET', m.group(1).decode())
    path = os.path.join(tmp, 'heard.mp3')
    with open(path, 'wb') as f:
        f.write(audio)
    dur = subprocess.run(['ffprobe', '-v', 'error', '-show_entries', 'format=duration',
                          '-of', 'csv=p=0', path], capture_output=True, text=True).stdout
    ok(s == 200 and h.get('content-type') == 'audio/mpeg' and dur and float(dur) > 2,
       'the draft decodes (%s s)' % dur.strip(), (s, h.get('content-type')))
    return m.group(2).decode()


def daemon(loa, station, tmp):
    """The daemon as systemd starts it: LANG=C, English on its side."""
    env = {k: v for k, v in os.environ.items()
           if k not in ('LANG', 'LANGUAGE') and not k.startswith('LC_')}
    env['LANG'] = 'C'
    return subprocess.Popen(
        [loa, 'air', os.path.join(station, 'schedules', 'tm.yaml'), '--root', station,
         '--weeks', os.path.join(station, 'out', 'week'), '-q',
         '--clock', '2026-12-01T05:58:00', '--speed', '20',
         '--until', '2026-12-01T08:00:00', '--output', 'file:' + os.path.join(tmp, 'air.wav')],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)


def ended(station, which):
    """How many items WHERE which have an end row."""
    return q(station, "SELECT count(*) FROM asrun WHERE event = 'end' AND item IN "
             "(SELECT id FROM asrun WHERE %s)" % which)[0][0]


def wait_for(what, fn, timeout=180):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if fn():
            return True
        time.sleep(0.2)
    ok(False, what + ' (waited %d s)' % timeout)
    return False


def send_priority(op, station, fp, tmp):
    """Approve reuses Listen's render: the heard file is replaced by a
    tone before sending, and the approved file must be that tone."""
    heard = os.path.join(station, '.loa', 'web', 'listen', fp + '.mp3')
    subprocess.run(['ffmpeg', '-v', 'error', '-y', '-f', 'lavfi', '-i',
                    'sine=frequency=523:duration=3', '-ar', '44100', '-ac', '1', heard],
                   check=True)
    s, h, _ = op.request('POST', '/air/bulletin', form(op, text=GOOD, do='send', **{'zone-1': '1'}))
    ok(s == 303 and h.get('location', '').startswith('/air?done='),
       'a priority bulletin is approved and sent (303 back to /air)', s)
    with open(heard, 'rb') as a, open(os.path.join(station, '.loa', 'approved', fp + '.mp3'), 'rb') as b:
        ok(a.read() == b.read(), 'the approval binds the very file Listen rendered (no second render)')
    s, _, body = op.request('GET', h.get('location', '/air'))
    ok('Đã gửi bản tin ưu tiên' in body.decode(), 'the page says it was sent')


def send_emergency(op, station):
    # The priority request has aired and gone: only a new one would be wrong.
    before = set(requests(station))
    s, _, body = op.request('POST', '/air/bulletin', form(op, text=URGENT, tier='emergency', do='send'))
    ok(s == 200 and b'id="confirm"' in body and not set(requests(station)) - before,
       'an emergency asks for a confirmation first, and sends nothing yet', s)
    s, h, _ = op.request('POST', '/air/bulletin', form(op, text=URGENT, tier='emergency', do='confirm'))
    ok(s == 303, 'confirmed, the emergency is sent', s)


def check_log(station, tmp):
    rows = q(station, "SELECT s.tier, s.zones, a.by, coalesce(e.outcome, s.outcome), s.script_id "
                      "FROM asrun s JOIN approvals a ON a.id = s.approval "
                      "LEFT JOIN asrun e ON e.item = s.id "
                      "WHERE s.event IN ('start', 'once') AND s.tier != 'normal' ORDER BY s.id")
    ok(len(rows) == 2 and all(r[2] == 'op' and r[3] == 'aired' and r[4].startswith('ban-tin-')
                              for r in rows),
       'both bulletins aired, in the as-run log with op as approver', rows)
    ok(sorted((r[0], r[1]) for r in rows) == [('emergency', None), ('priority', 'Cụm loa chợ')],
       'with their priority and zones', rows)
    acts = q(station, "SELECT user, detail FROM web_actions WHERE action = 'bulletin'")
    ok(len(acts) == 2 and all(a[0] == 'op' for a in acts),
       'each sending is in web_actions, by op', acts)
    dur = subprocess.run(['ffprobe', '-v', 'error', '-show_entries', 'format=duration',
                          '-of', 'csv=p=0', os.path.join(tmp, 'air.wav')],
                         capture_output=True, text=True).stdout.strip()
    ok(dur and float(dur) > 5, 'the daemon\'s output decodes (%s s)' % dur)


def report_from_plan(op, loa, station, tmp):
    """The page's report counts planned from the daemon's schedule, as
    'loa report --schedule' does (a day the daemon did not run is in
    it, missed, not logged): the same CSV, byte for byte."""
    s, _, body = op.request('GET', '/reports/download?kind=week&week=2026-W49&format=csv')
    csv = {}
    for name, extra in (('plan', ['--schedule', os.path.join(station, 'schedules', 'tm.yaml')]),
                        ('rows', [])):
        out = os.path.join(tmp, 'report-%s.csv' % name)
        subprocess.run([loa, 'report', '--root', station, '--week', '2026-W49', '-o', out] +
                       extra, capture_output=True)
        csv[name] = open(out, 'rb').read() if os.path.exists(out) else b''
    ok(s == 200 and body == csv['plan'],
       "the page's report is loa report --schedule's", body[:300])
    ok(csv['plan'] != csv['rows'],
       'which differs from counting the as-run rows alone (a day not logged)')


def main():
    loa, station, tmp = sys.argv[1:4]
    srv = Server(loa, None, root=station).start()
    op = Client(srv.port)
    air = None
    try:
        op.login('op', 'mat-khau-op1')
        s, _, body = op.request('GET', '/air')
        t = body.decode()
        ok(s == 200 and 'data-running="0"' in t, 'On air: the daemon is not running')
        ok('bắt đầu phát cho tm tới null: (đồng hồ thử)' in t and 'đã dừng phát' in t
           and 'on air for' not in t,
           'its last status and events are shown, the events in Vietnamese', t[-1500:])
        ok('Thôn Một' in t and 'Cụm loa chợ' in t, 'the zones of the schedule are offered')
        s, _, body = op.request('GET', '/air/now')
        ok(s == 200 and body.startswith(b'<section id="onair"'), '/air/now gives the live part')
        refusals(srv, op, station)
        fp = listen(op, station, tmp)
        air = daemon(loa, station, tmp)
        if wait_for('the page sees the daemon running', lambda: b'data-running="1"' in
                    op.request('GET', '/air/now')[2]):
            ok(True, 'On air: the daemon is running')
        if fp:
            send_priority(op, station, fp, tmp)
            # An emergency cuts whatever airs, a bulletin too (docs/air.md):
            # both air whole only if the priority one has ended first.
            wait_for('the priority bulletin airs', lambda: ended(station, "tier = 'priority'") == 1)
        send_emergency(op, station)
        wait_for('the bulletins air', lambda: ended(station, "tier != 'normal'") == 2)
        s, _, body = op.request('GET', '/air/now')
        ok(b'id="now"' in body and 'đã dừng phát' not in body.decode(),
           'while it runs, the page says what plays now', text_of(body)[:600])
        status = re.search(r'<dl id="status">.*?</dl>', body.decode(), re.S)
        status = status.group(0) if status else ''
        ok(re.search(r'id="(now|next)">[^<]*(khung giờ|không có gì|tin )', status) and
           not re.search(r'on air|next:|bulletin by|slot ', status),
           'and in Vietnamese, though the daemon runs under LANG=C', status)
        page = body.decode()
        ok(re.search(r'\d\d:\d\d:\d\d \d\d/\d\d/20\d\d', status) and
           re.search(r'id="events">.*?<td class="when">\d\d:\d\d:\d\d \d\d/\d\d/20\d\d</td>',
                     page, re.S) and not re.search(r'20\d\d-\d\d-\d\d[T ]\d', page),
           'its times are written as a Vietnamese reader writes them', page[:3000])
        air.terminate()
        out, err = air.communicate(timeout=60)
        ok(air.returncode == 0, 'the daemon stopped cleanly on SIGTERM', err)
        check_log(station, tmp)
        report_from_plan(op, loa, station, tmp)
        s, _, body = op.request('GET', '/air')
        t = text_of(body)
        ok('data-running="0"' in body.decode() and
           'chương trình phát đã dừng theo tín hiệu' in re.sub(r'\s+', ' ', t) and
           'stopped by a signal' not in t,
           'On air: stopped again, and why, in Vietnamese though the daemon ran '
           'under LANG=C', t[-600:])
        rows = re.findall(r'<tr data-tier="(\w+)" data-outcome="([\w-]+)"><td class="when">[^<]*</td>'
                          r'<td>([^<]*)</td>', body.decode())
        rows = [(r[2], r[0], r[1]) for r in rows]
        ok(('Bản tin: Khẩn cấp: nước sông đang lên, bà con vùng trũng', 'emergency', 'aired')
           in rows and any(r[1] == 'priority' and r[2] == 'aired' for r in rows),
           'On air lists both bulletins under what aired', rows)
        ok(not requests(station), 'the spool is empty')
    finally:
        if air and air.poll() is None:
            air.kill()
        err = srv.stop()
    ok('Sanitizer' not in err and 'web log' not in err, 'the server wrote no error', err)
    ok(re.search(r"loa: web: POST /air/bulletin by 'op' from [^,]*, script 'thu-hong', "
                 r"commune '[^']*': .*hong\.wav.*\(libsndfile: [^)]+\)", err),
       "the journal keeps libsndfile's own words for the bad clip, naming the request", err)
    print('ok - the end' if not failures() else '# %d failed' % failures())
    return 1 if failures() else 0


if __name__ == '__main__':
    sys.exit(main())
