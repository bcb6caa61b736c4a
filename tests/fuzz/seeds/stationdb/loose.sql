DROP TABLE approvals;
CREATE TABLE approvals (id INTEGER PRIMARY KEY, kind, at, by, note, revokes,
  example, script_id, script_file, script_sha, commune_id, commune_values,
  assets, settings, spoken_sha, fingerprint, audio_sha, frames_sha,
  prev_hash, row_hash);
INSERT INTO approvals VALUES (1, NULL, x'00ff', 3.5, NULL, 'a', 'b', NULL,
  NULL, NULL, 'tm', NULL, NULL, NULL, NULL, '00', NULL, NULL, NULL, NULL);
DROP TABLE asrun;
CREATE TABLE asrun (id INTEGER PRIMARY KEY, event, item, commune_id,
  scheduled, started, ended, slot, zones, outputs, file, sha256, script_id,
  topic, title, length_ms, approval, tier, outcome, reason, retry_of,
  simulated, prev_hash, row_hash);
INSERT INTO asrun VALUES (1, 'start', NULL, 'tm', '2026-12-01T06:30:00+07:00',
  NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'long', NULL,
  'odd', 'nope', NULL, 1, 'x', NULL, NULL);
INSERT INTO asrun VALUES (2, 'end', 1, 'tm', NULL, NULL, NULL, NULL, NULL,
  NULL, NULL, NULL, NULL, NULL, NULL, -1, 99, NULL, 'aired', NULL, 2, 0, '', '');
INSERT INTO air_events (at, kind, item, message) VALUES ('2026-12-01', 'clock', 7, 'x');
