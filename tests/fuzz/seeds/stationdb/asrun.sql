INSERT INTO asrun (event, commune_id, scheduled, started, slot, zones, outputs,
  file, sha256, script_id, topic, title, length_ms, approval, tier, simulated,
  prev_hash, row_hash)
  VALUES ('start', 'tm', '2026-12-01T06:30:00+07:00', '2026-12-01T06:30:01+07:00',
  'sang', 'Thôn 1', 'alsa:default', '2026-12-01_0630_sang_1_a.mp3',
  '0000000000000000000000000000000000000000000000000000000000000000', 'a',
  'other', 'Tin a', 9000, NULL, 'normal', 1, '', '');
INSERT INTO asrun (event, item, ended, outcome, prev_hash, row_hash)
  VALUES ('end', 1, '2026-12-01T06:30:10+07:00', 'aired', '', '');
