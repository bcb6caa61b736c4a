"""The Week and the Log and reports pages in a real browser (Debian's
chromium through chromium-driver and python3-selenium), with the
helpers of browser.py: log in, open the week of a commune, find the item
of a bundled script with its approval state and what aired, go to the
next week, add a bundled script to a slot there ("Thêm vào lịch") and
find it on the week, open a day's log, download the month's report (openpyxl
reads it).  Screenshots: SHOTS/week-*.png.  TAP lines on stdout.
usage: browser_week.py LOA PROJECT TOOLS SHOTS"""
import datetime
import glob
import os
import subprocess
import sys
import time
import zoneinfo

sys.path.insert(0, os.path.dirname(__file__))
import browser as b  # noqa: E402
import client  # noqa: E402
from client import Server, scratch  # noqa: E402

import openpyxl  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support.ui import Select  # noqa: E402

NAME = 'Lê Văn C'
PASSWORD = 'mat-khau-cua-c'


def station(srv, tools):
    a = subprocess.run([srv.loa, 'approve', 'scripts/lua-dao-truc-tuyen.yaml',
                        '--commune', 'schedules/communes/tien-minh.yaml',
                        '--by', NAME, '--examples', '-q'], cwd=srv.root,
                       capture_output=True, text=True)
    db = os.path.join(srv.root, 'loa.db')
    p = subprocess.run([os.path.join(tools, 'asrun-put'), db, 'tien-minh',
                        '2026-11-30', '06:00', 'sang', 'lua-dao-truc-tuyen',
                        'aired'], capture_output=True, text=True)
    g = subprocess.run([os.path.join(tools, 'gen-asrun'), db, 'xa-a',
                        '2026-11-01', '28'], capture_output=True, text=True)
    b.ok(a.returncode == p.returncode == g.returncode == 0,
         'a station with an approval and as-run items', a.stderr + p.stderr + g.stderr)


def login(d, base):
    d.get(base + '/login')
    d.find_element(By.ID, 'user').send_keys(NAME)
    d.find_element(By.ID, 'password').send_keys(PASSWORD)
    d.find_element(By.ID, 'login').click()
    b.ok(b.wait(d, 'logged in', lambda x: x.find_elements(By.CSS_SELECTOR, 'nav')),
         'logs in')


def set_value(d, element_id, value):
    d.execute_script("document.getElementById(arguments[0]).value = arguments[1];",
                     element_id, value)


def tops(d):
    return d.execute_script("return Array.from(document.querySelectorAll("
                            "'section.day')).map(s => s.getBoundingClientRect().top);")


def week(d, shots):
    d.find_element(By.LINK_TEXT, 'Lịch tuần').click()
    Select(d.find_element(By.ID, 'commune')).select_by_value('tien-minh')
    set_value(d, 'week', '2026-W49')
    d.find_element(By.ID, 'show').click()
    b.ok(b.wait(d, 'the week opens', lambda x: 'xã Tiên Minh · tuần 49' in
                x.find_element(By.ID, 'week-title').text),
         'chooses a commune and a week from the form')
    first = d.find_elements(By.CSS_SELECTOR, 'section.day')[0]
    items = [li.text for li in first.find_elements(
        By.CSS_SELECTOR, 'li[data-script="lua-dao-truc-tuyen"]')]
    b.ok(items and 'Thứ Hai' in first.text and '06:00' in items[0] and
         'Đã duyệt (số 1)' in items[0] and 'Đã phát 06:00:02' in items[0],
         'the bundled script on Monday 06:00: approved, and aired', items)
    t = tops(d)
    b.ok(len(t) == 7 and len(set(t)) == 7, 'at phone width the days are a list', t)
    b.shot(d, shots, 'week-1-phone')
    d.set_window_size(1400, 1000)
    t = tops(d)
    b.ok(len(set(t)) == 1, 'on a wide screen the days are side by side', t)
    b.shot(d, shots, 'week-2-wide')
    d.set_window_size(412, 915)
    d.find_element(By.PARTIAL_LINK_TEXT, 'Tuần sau').click()
    b.ok(b.wait(d, 'next week', lambda x: 'tuần 50' in
                x.find_element(By.ID, 'week-title').text),
         'next week keeps the commune')


def add_to_week(d, shots, root):
    """Thêm vào lịch: a bundled script into the afternoon slot from the
    next Monday; the page goes to that week and shows it on Monday."""
    now = datetime.datetime.now(zoneinfo.ZoneInfo('Asia/Ho_Chi_Minh')).date()
    monday = now + datetime.timedelta(days=7 - now.weekday())
    Select(d.find_element(By.ID, 'add-slot')).select_by_value('chieu')
    Select(d.find_element(By.ID, 'add-script')).select_by_value('lua-dao-truc-tuyen')
    set_value(d, 'add-from', monday.isoformat())
    b.shot(d, shots, 'week-5-add')
    d.find_element(By.ID, 'add-button').click()
    b.ok(b.wait(d, 'added', lambda x: x.find_elements(By.ID, 'added')),
         'Thêm vào lịch: the page says it was added')
    first = d.find_elements(By.CSS_SELECTOR, 'section.day')[0]
    items = [li.text for li in first.find_elements(
        By.CSS_SELECTOR, 'li[data-script="lua-dao-truc-tuyen"]')]
    title = d.find_element(By.ID, 'week-title').text
    b.ok('tuần %d' % monday.isocalendar()[1] in title and
         any('Bản tin chiều' in i for i in items),
         'and shows the script in Bản tin chiều on that Monday', (title, items))
    text = open(os.path.join(root, 'schedules', 'tien-minh.yaml'), encoding='utf-8').read()
    b.ok('      - script: lua-dao-truc-tuyen\n        from: %s\n' % monday in text,
         'the schedule file holds the new entry')
    b.shot(d, shots, 'week-6-added')


def day_log(d, shots):
    d.find_element(By.LINK_TEXT, 'Nhật ký và báo cáo').click()
    set_value(d, 'date', '2026-11-30')
    d.find_element(By.ID, 'show-log').click()
    b.ok(b.wait(d, 'the log', lambda x: x.find_elements(
        By.CSS_SELECTOR, '#log tbody tr.aired')), "a day's log opens")
    rows = d.find_elements(By.CSS_SELECTOR, '#log tbody tr')
    b.ok(any('Đã phát' in r.text and 'lua-dao-truc-tuyen' in r.text for r in rows),
         'with the item aired, in Vietnamese', [r.text for r in rows][:5])
    b.shot(d, shots, 'week-3-log')


def report(d, shots):
    dl = scratch('loa-downloads-')
    d.execute_cdp_cmd('Page.setDownloadBehavior',
                      {'behavior': 'allow', 'downloadPath': dl})
    Select(d.find_element(By.ID, 'kind')).select_by_value('month')
    set_value(d, 'month', '2026-11')
    Select(d.find_element(By.ID, 'format')).select_by_value('xlsx')
    b.shot(d, shots, 'week-4-reports')
    d.find_element(By.ID, 'download').click()
    files = []
    for _ in range(120):
        files = [f for f in glob.glob(os.path.join(dl, '*'))
                 if not f.endswith('.crdownload')]
        if files:
            break
        time.sleep(0.5)
    rows = 0
    try:
        wb = openpyxl.load_workbook(files[0])
        rows = sum(ws.max_row for ws in wb.worksheets)
    except Exception as e:  # no file, or not a workbook: fails below
        files.append(repr(e))
    b.ok(len(files) == 1 and files[0].endswith('2026-11.xlsx') and rows > 1,
         "the month's report arrives and openpyxl reads it", files)


def main():
    loa, project, tools, shots = sys.argv[1:5]
    os.makedirs(shots, exist_ok=True)
    srv = Server(loa, project)
    d = None
    try:
        srv.user(NAME, 'admin', PASSWORD)
        station(srv, tools)
        srv.start()
        base = 'http://127.0.0.1:%d' % srv.port
        d = b.browser()
        login(d, base)
        week(d, shots)
        add_to_week(d, shots, srv.root)
        day_log(d, shots)
        report(d, shots)
        logs = [e for e in d.get_log('browser') if e['level'] == 'SEVERE']
        b.ok(not logs, 'no error in the browser console (CSP, scripts)', logs)
    finally:
        if d:
            d.quit()
        err = srv.stop()
        b.ok('AddressSanitizer' not in err and 'runtime error' not in err,
             'the server stopped cleanly', err)
        srv.cleanup()
    sys.exit(1 if client.failures() else 0)


main()
