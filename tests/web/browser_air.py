"""The On air page in a real browser (chromium through chromium-driver
and python3-selenium), over the station tests/e2e/web_air_browser.sh
makes: an operator logs in, sees the daemon running, types a bulletin,
hears it (the <audio> decodes), sends it as an emergency, confirms, and
finds it aired in the as-run log and on the On air page.  Screenshots:
SHOTS/air-*.png.  TAP lines on stdout.  usage: browser_air.py LOA STATION TMP SHOTS"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import air  # noqa: E402
import browser  # noqa: E402
from browser import shot, wait  # noqa: E402
from client import Server, failures, ok  # noqa: E402

from selenium.webdriver.common.by import By  # noqa: E402

TEXT = 'Khẩn cấp: nước sông đang lên, bà con vùng trũng di chuyển ngay.'


def log_in(d, base, shots):
    d.get(base + '/')
    d.find_element(By.ID, 'user').send_keys('op')
    d.find_element(By.ID, 'password').send_keys('mat-khau-op1')
    d.find_element(By.ID, 'login').click()
    ok(wait(d, 'logged in', lambda x: x.find_elements(By.CSS_SELECTOR, 'nav .who')),
       'the operator logs in')
    d.get(base + '/air')
    # air.js reloads the live part every 5 s: the page sees the daemon.
    ok(wait(d, 'the daemon shows as running', lambda x: x.find_element(
        By.ID, 'daemon').get_attribute('data-running') == '1', 120),
       'On air: the running daemon is seen')
    shot(d, shots, 'air-1-onair')


def hear(d, shots):
    d.find_element(By.ID, 'btext').send_keys(TEXT)
    d.find_element(By.ID, 'blisten').click()
    ok(wait(d, 'the draft decodes in the page', lambda x: x.execute_script(
        "const p = document.getElementById('player');"
        "return p && p.src && p.readyState >= 1 && p.duration > 2;"), 240),
       'hear it: the <audio> gets the draft and decodes it')
    ok(d.find_element(By.ID, 'btext').get_property('value') == TEXT,
       'the typed text is kept in the form')
    d.execute_script("document.getElementById('player').scrollIntoView();")
    shot(d, shots, 'air-2-heard')


def send(d, shots):
    d.find_element(By.ID, 'tier-emergency').click()
    d.find_element(By.ID, 'bsend').click()
    ok(wait(d, 'the confirmation', lambda x: x.find_elements(By.ID, 'confirm')),
       'an emergency asks to confirm')
    d.execute_script("document.getElementById('confirm').scrollIntoView();")
    shot(d, shots, 'air-3-confirm')
    d.find_element(By.ID, 'confirm').click()
    ok(wait(d, 'sent', lambda x: x.find_elements(By.ID, 'done') and
            'Đã gửi bản tin khẩn cấp' in x.find_element(By.ID, 'done').text),
       'confirmed: the page says it went to the daemon')


def aired(d, station, shots):
    ok(air.wait_for('the emergency airs', lambda: air.q(
        station, "SELECT count(*) FROM asrun s JOIN asrun e ON e.item = s.id "
        "JOIN approvals a ON a.id = s.approval WHERE s.tier = 'emergency' "
        "AND e.outcome = 'aired' AND a.by = 'op'")[0][0] == 1),
       'it aired: in the as-run log, with op as approver')
    # A mark on the live part: gone once air.js has replaced it.
    d.execute_script("document.getElementById('onair').dataset.old = '1';")
    ok(wait(d, 'air.js reloads the live part', lambda x: x.execute_script(
        "return !document.getElementById('onair').dataset.old;"), 60),
       'the live part reloads by itself (air.js, every 5 s)')
    ok(wait(d, 'the page lists it as aired', lambda x: any(
        'Bản tin: Khẩn cấp' in row.text and 'khẩn cấp' in row.text and 'Đã phát' in row.text
        and row.get_attribute('data-outcome') == 'aired'
        for row in x.find_elements(By.CSS_SELECTOR, '#recent tr')), 120),
       'the On air page lists it under what aired')
    shot(d, shots, 'air-4-aired')


def main():
    loa, station, tmp, shots = sys.argv[1:5]
    os.makedirs(shots, exist_ok=True)
    srv = Server(loa, None, root=station).start()
    base = 'http://127.0.0.1:%d' % srv.port
    daemon = air.daemon(loa, station, tmp)
    d = None
    try:
        d = browser.browser()
        log_in(d, base, shots)
        hear(d, shots)
        send(d, shots)
        aired(d, station, shots)
        logs = [e for e in d.get_log('browser') if e['level'] == 'SEVERE']
        ok(not logs, 'no error in the browser console (CSP, scripts)', logs)
    finally:
        if d:
            d.quit()
        daemon.terminate()
        daemon.wait(timeout=60)
        err = srv.stop()
    ok('AddressSanitizer' not in err and 'runtime error' not in err,
       'the server stopped cleanly', err)
    rows = air.q(station, "SELECT count(*) FROM asrun WHERE tier = 'emergency'")
    ok(rows[0][0] == 1, 'one emergency row, no double airing', rows)
    fails = failures()
    print('ok - the end' if not fails else '# %d failed' % fails)
    return 1 if fails else 0


if __name__ == '__main__':
    sys.exit(main())
