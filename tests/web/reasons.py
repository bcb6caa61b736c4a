"""The as-run reasons on the pages of a real `loa serve` over the station
air_reasons.sh made: in Vietnamese whatever the server's locale.  TAP
lines on stdout.
usage: reasons.py LOA STATION recent|log"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from client import Client, Server, ok, failures  # noqa: E402


def part(page, table_id):
    if 'id="%s"' % table_id not in page:
        return ''
    return page.split('id="%s"' % table_id)[1].split('</table>')[0]


def recent(c):
    page = c.request('GET', '/air')[2].decode()
    rows = part(page, 'recent')
    ok('data-outcome="pre-empted"' in rows and
       '<small class="why">bị tin khẩn cấp cắt ngang</small>' in rows and
       'cut by' not in rows,
       'the On air page gives the cut its reason, in Vietnamese', rows)


def log(c):
    page = c.request('GET', '/reports?date=2026-11-30')[2].decode()
    ok(page.count('(đã quá giờ 600 giây (quá thời gian cho phép trễ, '
                  '300 giây))') == 1 and page.count('đã quá giờ 592 giây') == 1
       and 'its time' not in page and '%lld' not in page,
       'the Log page words the missed items in Vietnamese', part(page, 'log'))
    page = c.request('GET', '/week?commune=tm&week=2026-W49')[2].decode()
    ok('(đã quá giờ 600 giây (quá thời gian cho phép trễ, 300 giây))' in page
       and '(bị tin khẩn cấp cắt ngang)' in page and 'its time' not in page
       and 'cut by' not in page and '%lld' not in page,
       'the Week page words the reasons in Vietnamese', page[-3000:])
    page = c.request('GET', '/reports?date=2026-12-01')[2].decode()
    ok('(bị tin khẩn cấp cắt ngang)' in page and 'cut by' not in page,
       'and the cut', part(page, 'log'))
    page = c.request('GET', '/reports?date=2026-11-28')[2].decode()
    ok('(its time passed 75 s ago (more than the grace time, 300 s))' in page
       and page.count('(bị tin khẩn cấp cắt ngang)') == 1
       and '(%n%s x)' in page, 'and the old rows', part(page, 'log'))
    events = part(c.request('GET', '/air')[2].decode(), 'events')
    ok('tin ưu tiên của Lê C không được phát: âm thanh chưa được duyệt cho '
       'xã này' in events and 'tin khẩn cấp của Trần Thị B không được phát: '
       'âm thanh không phát được: ' in events and 'its audio' not in events,
       'the On air page words the bulletins not aired in Vietnamese', events)


srv = Server(sys.argv[1], None, root=sys.argv[2]).start()
try:
    c = Client(srv.port)
    ok(c.login('op', 'mat-khau-op1')[0] == 303, 'logged in')
    (recent if sys.argv[3] == 'recent' else log)(c)
finally:
    err = srv.stop()
ok(not failures(), 'the end', err)
