DROP TRIGGER approvals_no_update;
DROP TRIGGER approvals_no_delete;
INSERT INTO approvals (id, kind, at, by, prev_hash, row_hash, commune_id, script_id, fingerprint)
  VALUES (1, 'approve', '2026-12-03T10:00:00+07:00', 'x', '', '', 'tm', 'a', '00');
INSERT INTO approvals (id, kind, at, by, revokes, prev_hash, row_hash)
  VALUES (5, 'revoke', '', '', 1, 'zz', 'zz');
UPDATE approvals SET note = 'changed' WHERE id = 1;
