"""M4A and raw AAC clips on the Week page (tests/e2e/web_m4a.sh): a
throwaway station whose script plays two .m4a clips made by ffmpeg (the
movie header after the audio, as ffmpeg writes it, and before it,
-movflags +faststart) and an ADTS .aac clip; loa-serve, which does not
link libavformat, estimates the item at the clips' length as ffprobe
reads it (to 0.1 s), as `loa plan` does, the .aac's part to 50 ms of the
end of its last packet (ffprobe's format duration of raw AAC is only a
guess from its bitrate).
TAP lines on stdout.  usage: week_m4a.py LOA PROJECT"""
import datetime
import json
import os
import re
import subprocess
import sys
import zoneinfo

sys.path.insert(0, os.path.dirname(__file__))
from client import Client, Server, failures, ok, stopped_cleanly  # noqa: E402

SCRIPT = """id: ban-tin-m4a
title: "Lời của chủ tịch xã, thu sẵn"
topic: other
parts:
  - play: audio/loi-chao.m4a
  - play: audio/loi-ket.m4a
  - play: audio/loi-giua.aac
"""


def probe(path):
    r = subprocess.run(['ffprobe', '-v', 'error', '-show_entries', 'format=duration',
                        '-of', 'csv=p=0', path], capture_output=True, text=True, check=True)
    return float(r.stdout)


def probe_packets(path):
    """Where the last packet ends: the frames' own length."""
    r = subprocess.run(['ffprobe', '-v', 'error', '-show_entries', 'packet=pts_time,duration_time',
                        '-of', 'csv=p=0', path], capture_output=True, text=True, check=True)
    pts, duration = r.stdout.split()[-1].split(',')[:2]
    return float(pts) + float(duration)


def station(srv):
    """The clips, the script and thu-lam's Saturday slot playing it."""
    audio = os.path.join(srv.root, 'audio')
    for name, seconds, extra in (('loi-chao', 7.3, ['-ac', '1', '-ar', '44100']),
                                 ('loi-ket', 2.6, ['-ar', '48000', '-movflags', '+faststart'])):
        subprocess.run(['ffmpeg', '-v', 'error', '-y', '-f', 'lavfi', '-i',
                        'sine=f=440:d=%s' % seconds] + extra +
                       ['-c:a', 'aac', os.path.join(audio, name + '.m4a')], check=True)
    # Raw AAC, ADTS frames, as the brief's officer would make it.
    subprocess.run(['ffmpeg', '-v', 'error', '-y', '-f', 'lavfi', '-i', 'sine=d=3',
                    '-c:a', 'aac', os.path.join(audio, 'loi-giua.aac')], check=True)
    with open(os.path.join(srv.root, 'scripts', 'ban-tin-m4a.yaml'), 'w',
              encoding='utf-8') as f:
        f.write(SCRIPT)
    path = os.path.join(srv.root, 'schedules', 'thu-lam.yaml')
    text = open(path, encoding='utf-8').read()
    new = text.replace('      - lua-dao-truc-tuyen\n', '      - ban-tin-m4a\n')
    with open(path, 'w', encoding='utf-8') as f:
        f.write(new)
    ok(new != text, 'thu-lam plays the script of two M4A clips and an AAC one on Saturdays')
    return (sum(probe(os.path.join(audio, n + '.m4a')) for n in ('loi-chao', 'loi-ket')),
            probe_packets(os.path.join(audio, 'loi-giua.aac')))


def main():
    loa, project = sys.argv[1], sys.argv[2]
    srv = Server(loa, project)
    try:
        m4a, aac = station(srv)
        want = m4a + aac
        today = datetime.datetime.now(zoneinfo.ZoneInfo('Asia/Ho_Chi_Minh')).date()
        week = '%d-W%02d' % (today + datetime.timedelta(days=7)).isocalendar()[:2]
        r = subprocess.run([loa, 'plan', 'schedules/thu-lam.yaml', '--week', week,
                            '--format', 'json'], cwd=srv.root, capture_output=True, text=True)
        got = [b['duration_s'] for b in json.loads(r.stdout or '{}').get('broadcasts', [])
               if b['script'] == 'ban-tin-m4a'] if r.returncode == 0 else []
        ok(got == [round(want)], 'loa plan estimates the item at the clips\' length '
           '(%.2f s by ffprobe)' % want, (got, r.stderr))
        srv.user('ap', 'approver', 'mat-khau-ap')
        srv.start()
        c = Client(srv.port)
        ok(c.login('ap', 'mat-khau-ap')[0] == 303, 'an approver logs in')
        s, _, page = c.request('GET', '/week?commune=thu-lam&week=' + week)
        page = page.decode()
        items = [it for it in page.split('<li class="item')[1:]
                 if 'data-script="ban-tin-m4a"' in it]
        secs = [float(m) for it in items for m in re.findall(r'data-seconds="([0-9.]+)"', it)]
        ok(s == 200 and len(secs) == 1 and abs(secs[0] - want) <= 0.1,
           'loa-serve\'s week shows the item at the clips\' length, to 0.1 s', (s, secs, want))
        ok(len(secs) == 1 and aac > 2.9 and abs(secs[0] - m4a - aac) <= 0.05,
           'the raw AAC clip counts its %.3f s (ffprobe\'s packets), to 50 ms, not 0' % aac,
           (secs, m4a, aac))
        shown = [re.search(r'<span class="dur"[^>]*>([^<]*)', it).group(1) for it in items]
        ok(shown == ['0:%02d' % round(want)], 'and writes it m:ss', shown)
        stopped_cleanly(srv)
    finally:
        srv.cleanup()
    sys.exit(1 if failures() else 0)


main()
