"""The web page in a real browser (Debian's chromium through
chromium-driver and python3-selenium): log in, make a new script from
the Scripts page, write it, save it and hear it; open a bundled script,
introduce an error and see it at its line, fix it, listen, approve, and
find the approval in `loa approvals`.  A screenshot of each page goes to
SHOTS.  TAP lines on stdout.  usage: browser.py LOA PROJECT SHOTS"""
import os
import sqlite3
import subprocess
import sys

sys.path.insert(0, os.path.dirname(__file__))
from client import Client, Server, failures, ok, scratch  # noqa: E402

from selenium import webdriver  # noqa: E402
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.common.exceptions import (  # noqa: E402
    NoSuchElementException, StaleElementReferenceException)
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402

NAME = 'Nguyễn Văn A'
PASSWORD = 'mat-khau-cua-a'


def browser():
    o = webdriver.ChromeOptions()
    for a in ('--headless=new', '--no-sandbox', '--disable-gpu',
              '--disable-dev-shm-usage', '--window-size=412,915',
              '--autoplay-policy=no-user-gesture-required',
              '--user-data-dir=' + scratch('loa-chromium-')):
        o.add_argument(a)
    o.binary_location = '/usr/bin/chromium'
    return webdriver.Chrome(service=Service('/usr/bin/chromedriver'), options=o)


def wait(d, what, fn, timeout=60):
    # A click that loads a new page can leave fn holding an element of the
    # old one (stale) for a moment, as much as one not there yet: try again.
    try:
        WebDriverWait(d, timeout, ignored_exceptions=(
            NoSuchElementException, StaleElementReferenceException)
        ).until(lambda drv: fn(drv))
        return True
    except Exception as e:  # a timeout: the step failed
        ok(False, what, repr(e))
        return False


def shot(d, shots, name):
    d.save_screenshot(os.path.join(shots, name + '.png'))


def set_text(d, text):
    d.execute_script("const t = document.getElementById('text');"
                     "t.value = arguments[0];"
                     "t.dispatchEvent(new Event('input'));", text)


def findings(d):
    return d.execute_script(
        "return Array.from(document.querySelectorAll('#findings li'))"
        ".map(li => [li.className, li.dataset.line || '', li.textContent]);")


def new_script(d, base, shots, root):
    """Kịch bản mới: the name follows the title, the editor opens on the
    blank skeleton; written, saved and heard."""
    d.get(base + '/scripts')
    d.find_element(By.ID, 'new-title').send_keys('Tiêm phòng dại cho chó, mèo')
    ok(d.find_element(By.ID, 'new-name').get_property('value') == 'tiem-phong-dai-cho-cho-meo',
       'the file name follows the title, without diacritics',
       d.find_element(By.ID, 'new-name').get_property('value'))
    shot(d, shots, '1-new-script')
    d.find_element(By.ID, 'new-create').click()
    ok(wait(d, 'the editor opens on the new script', lambda x: x.find_elements(
        By.CSS_SELECTOR, '#editor[data-name="tiem-phong-dai-cho-cho-meo"]')),
       'Tạo kịch bản makes the script and opens the editor on it')
    d.find_element(By.CSS_SELECTOR, '#commune option[value="tien-minh"]').click()
    ok(wait(d, 'the skeleton is checked', lambda x: findings(x) and
            not any(f[0] == 'error' for f in findings(x))), 'the blank skeleton has no error')
    text = d.find_element(By.ID, 'text').get_property('value')
    body = ('Sáng 15/12, xã tổ chức tiêm phòng dại cho chó, mèo tại nhà văn '
            'hóa các thôn. Đề nghị bà con đưa vật nuôi đến tiêm đầy đủ.')
    set_text(d, text.replace('Viết nội dung thông báo vào đây.', body))
    ok(wait(d, 'the edit is checked', lambda x: 'tiêm phòng dại' in
            x.find_element(By.ID, 'spoken').text), 'the edit is checked, spoken form and all')
    d.find_element(By.ID, 'save').click()
    path = os.path.join(root, 'scripts', 'tiem-phong-dai-cho-cho-meo.yaml')
    ok(wait(d, 'saved', lambda x: x.find_element(By.ID, 'status').text == 'Đã lưu.' and
            body in open(path, encoding='utf-8').read()), 'Lưu writes the edit to the new file')
    d.find_element(By.ID, 'listen').click()
    ok(wait(d, 'the new script decodes in the page', lambda x: x.execute_script(
        "const p = document.getElementById('player');"
        "return p.src && p.readyState >= 1 && p.duration > 5;"), 240),
       'Nghe thử renders the new script and the page plays it')
    shot(d, shots, '1-new-script-heard')


def edit(d, base, shots):
    d.get(base + '/scripts')
    d.find_element(By.LINK_TEXT, 'lua-dao-truc-tuyen').click()
    d.find_element(By.CSS_SELECTOR, '#commune option[value="tien-minh"]').click()
    ok(wait(d, 'the check runs on opening', lambda x: findings(x) and
            x.find_element(By.ID, 'spoken').text), 'a bundled script opens, checked')
    # The check on opening was for the first commune; the one for the
    # commune chosen follows (the worker is warm: either may come first).
    ok(wait(d, 'the spoken form for the commune chosen', lambda x:
            'Tiên Minh' in x.find_element(By.ID, 'spoken').text),
       'its spoken form is beside the text, with the commune filled in')
    shot(d, shots, '2-editor')
    text = d.find_element(By.ID, 'text').get_property('value')
    lines = text.split('\n')
    n = next(i for i, l in enumerate(lines) if l.startswith('topic:')) + 1
    set_text(d, text.replace('topic: online-fraud', 'topic: nonsense'))
    wait(d, 'the error appears', lambda x: any(f[0] == 'error' for f in findings(x)))
    errs = [f for f in findings(d) if f[0] == 'error']
    ok(errs and errs[0][1] == str(n) and 'nonsense' in errs[0][2],
       'the error is shown at its line (%d)' % n, errs)
    ok('error' in d.find_element(By.ID, 'line-%d' % n).get_attribute('class'),
       'and marked in the margin at that line')
    shot(d, shots, '3-editor-error')
    set_text(d, text)
    ok(wait(d, 'the error goes', lambda x: findings(x) and
            not any(f[0] == 'error' for f in findings(x))), 'fixed, the error goes')


def listen(d, base, root):
    d.find_element(By.ID, 'listen').click()
    ok(wait(d, 'the draft decodes in the page', lambda x: x.execute_script(
        "const p = document.getElementById('player');"
        "return p.src && p.readyState >= 1 && p.duration > 5;"), 240),
       'Listen renders the draft and the page decodes it (<audio> has a duration)')
    src = d.execute_script("return document.getElementById('player').src;")
    c = Client(int(base.rsplit(':', 1)[1]))
    c.cookies['loa_session'] = d.get_cookie('loa_session')['value']
    s, h, data = c.request('GET', src[len(base):])
    path = os.path.join(root, 'listened.mp3')
    open(path, 'wb').write(data)
    probe = subprocess.run(['ffmpeg', '-v', 'error', '-i', path, '-f', 'null', '-'],
                           capture_output=True, text=True)
    ok(s == 200 and h.get('content-type') == 'audio/mpeg' and probe.returncode == 0
       and not probe.stderr, 'the audio served decodes with ffmpeg', probe.stderr)


def approve(d, base, shots, srv):
    d.find_element(By.ID, 'to-approve').click()
    ok(wait(d, 'the approve page renders', lambda x: x.find_elements(By.ID, 'approve'), 240),
       'the Approve page shows the audio, the changes and the button')
    ok('chưa từng được duyệt' in d.find_element(By.ID, 'changes').text,
       'what changed: never approved, in Vietnamese')
    shot(d, shots, '4-approve')
    d.find_element(By.ID, 'example').click()
    d.find_element(By.ID, 'note').send_keys('đã nghe trên trang')
    d.find_element(By.ID, 'approve').click()
    ok(wait(d, 'approved', lambda x: x.find_elements(By.ID, 'done') and
            'Đã duyệt' in x.find_element(By.ID, 'done').text, 240), 'Approve records it')
    shot(d, shots, '5-approved')
    out = subprocess.run([srv.loa, 'approvals', '--root', srv.root, '--format', 'csv'],
                         capture_output=True, text=True)
    ok(out.returncode == 0 and NAME in out.stdout and 'tien-minh' in out.stdout and
       'lua-dao-truc-tuyen' in out.stdout, 'loa approvals lists it, by the person logged in', out.stdout)
    cli = subprocess.run([srv.loa, 'approve', 'scripts/lua-dao-truc-tuyen.yaml', '--commune',
                          'schedules/communes/tien-minh.yaml', '--by', 'CLI', '--examples', '-q'],
                         cwd=srv.root, capture_output=True, text=True)
    with sqlite3.connect(os.path.join(srv.root, 'loa.db')) as c:
        rows = c.execute('SELECT script_file, fingerprint, audio_sha, settings, commune_values '
                         'FROM approvals ORDER BY id').fetchall()
    ok(cli.returncode == 0 and len(rows) == 2 and rows[0] == rows[1],
       'the page wrote the row loa approve writes (same file, fingerprint, audio, settings)',
       (cli.stderr, rows))


def main():
    loa, project, shots = sys.argv[1:4]
    os.makedirs(shots, exist_ok=True)
    srv = Server(loa, project)
    d = None
    try:
        srv.user(NAME, 'admin', PASSWORD)
        srv.start()
        base = 'http://127.0.0.1:%d' % srv.port
        d = browser()
        d.get(base + '/')
        shot(d, shots, '1-login')
        d.find_element(By.ID, 'user').send_keys(NAME)
        d.find_element(By.ID, 'password').send_keys(PASSWORD)
        d.find_element(By.ID, 'login').click()
        ok(wait(d, 'logged in', lambda x: x.find_elements(By.CSS_SELECTOR, 'table.list')),
           'logs in from the form and sees the scripts')
        shot(d, shots, '1-scripts')
        new_script(d, base, shots, srv.root)
        edit(d, base, shots)
        listen(d, base, srv.tmp)
        approve(d, base, shots, srv)
        for page in ('week', 'air', 'reports'):
            d.get(base + '/' + page)
            shot(d, shots, '6-' + page)
        logs = [e for e in d.get_log('browser') if e['level'] == 'SEVERE']
        ok(not logs, 'no error in the browser console (CSP, scripts)', logs)
    finally:
        if d:
            d.quit()
        err = srv.stop()
        ok('AddressSanitizer' not in err and 'runtime error' not in err,
           'the server stopped cleanly', err)
        srv.cleanup()
    sys.exit(1 if failures() else 0)


if __name__ == '__main__':
    main()
