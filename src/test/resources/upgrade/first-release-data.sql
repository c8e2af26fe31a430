-- Data as Caretaker's first released schema (migrations V1 to V6) held it: written against that schema
-- only, never to be changed. UpgradeTest migrates it to the current schema and checks every row.
insert into app_user (id, subject, name, email, roles, first_seen_at, last_seen_at) values
  (1, 'kc:alice', 'Alice Admin', 'alice@example.com', '{admin}', '2026-01-05 08:00:00+00', '2026-03-01 09:30:00+00'),
  (2, 'kc:bob', 'Bob Engineer', 'bob@example.com', '{engineer}', '2026-01-05 08:10:00+00', '2026-03-02 17:45:12.345678+00'),
  (3, 'kc:carol', 'Carol Reporter', null, '{reporter}', '2026-01-06 10:00:00+00', '2026-02-27 11:00:00+00'),
  (4, 'kc:zoë', 'Zoë Ünïcode „quotes" \ backslash', 'zoe@example.com', '{viewer,reporter}', '2026-01-07 00:00:00+00', '2026-01-07 00:00:00+00');

insert into component (id, name, description, owner_id, created_at, updated_at, version) values
  (1, 'Trading engine', 'Order matching and the ledger.', 2, '2026-01-05 09:00:00+00', '2026-01-05 09:00:00+00', 0),
  (2, 'Exchange API', null, null, '2026-01-05 09:05:00+00', '2026-02-01 12:00:00+00', 3);

insert into release (id, version, version_sort, name, release_date, notes, shipped_at, created_by_id, created_at, updated_at, lock_version) values
  (1, '1.9.0', '00000001.00000009.00000000', 'Winter', '2026-01-20', 'Rate limit backoff.', '2026-01-20 15:00:00+00', 1, '2026-01-10 09:00:00+00', '2026-01-20 15:00:00+00', 2),
  (2, '1.10.0', '00000001.00000010.00000000', null, '2026-03-15', null, null, 1, '2026-02-01 09:00:00+00', '2026-02-01 09:00:00+00', 0);

select setval('bug_number_seq', 4);
insert into bug (id, number, title, description, severity, priority, status, resolution, component_id, reporter_id, assignee_id,
                 environment, steps_to_reproduce, confidential, duplicate_of_id, fixed_in_release_id, created_at, updated_at,
                 triaged_at, started_at, resolved_at, closed_at, reopened_at, version) values
  (1, 1, 'Orders rejected with 429 during the open', 'The exchange answers **429** for a minute.', 'S1', 'P0', 'RESOLVED', 'FIXED', 2, 3, 2,
   'prod', '1. Open at 09:00\n2. Watch the log', false, null, 1, '2026-01-12 09:01:00+00', '2026-01-19 10:00:00+00',
   '2026-01-12 09:20:00+00', '2026-01-12 10:00:00+00', '2026-01-19 10:00:00+00', null, null, 5),
  (2, 2, 'Ledger balance off by one cent ≠ exchange', 'Rounding of fees.', 'S2', 'P1', 'IN_PROGRESS', null, 1, 2, 2,
   null, null, false, null, null, '2026-02-01 08:00:00+00', '2026-02-02 08:00:00+00',
   '2026-02-01 09:00:00+00', '2026-02-02 08:00:00+00', null, null, null, 2),
  (3, 3, 'API keys visible in debug log', 'Keys printed at start-up.', 'S1', null, 'NEW', null, null, 3, null,
   null, null, true, null, null, '2026-02-10 12:00:00+00', '2026-02-10 12:00:00+00', null, null, null, null, null, 0),
  -- a duplicate of a bug reported after it: imported and upgraded all the same
  (4, 4, 'Too many requests at market open', '', 'S3', 'P2', 'CLOSED', 'DUPLICATE', 2, 4, null,
   null, null, false, 1, null, '2026-01-11 09:00:00+00', '2026-01-13 09:00:00+00',
   '2026-01-12 09:30:00+00', null, '2026-01-12 09:30:00+00', '2026-01-13 09:00:00+00', null, 3);

insert into label (id, name) values (1, 'rate-limits'), (2, 'ledger'), (3, 'security');
insert into bug_label (bug_id, label_id) values (1, 1), (4, 1), (2, 2), (3, 3);

insert into bug_comment (id, bug_id, author_id, body, created_at, updated_at, version) values
  (1, 1, 2, 'Backoff with jitter shipped in 1.9.0.', '2026-01-19 10:00:00+00', '2026-01-19 10:00:00+00', 0),
  (2, 3, 1, 'Rotated the keys; fixing the log.', '2026-02-10 13:00:00+00', '2026-02-10 13:05:00+00', 1);

insert into bug_activity (id, bug_id, actor_id, kind, field, from_value, to_value, created_at) values
  (1, 1, 3, 'CREATED', null, null, null, '2026-01-12 09:01:00+00'),
  (2, 1, 2, 'TRIAGED', 'severity', null, 'S1', '2026-01-12 09:20:00+00'),
  (3, 1, 2, 'STATUS_CHANGED', 'status', 'IN_PROGRESS', 'RESOLVED', '2026-01-19 10:00:00+00'),
  (4, 4, 2, 'MARKED_DUPLICATE', 'duplicateOf', null, 'BUG-1', '2026-01-12 09:30:00+00');

insert into feature_request (id, title, description, status, requester_id, target_release_id, merged_into_id, reach, impact,
                             confidence, effort, vote_count, created_at, updated_at, version) values
  (1, 'Websocket market data', 'Push instead of polling.', 'PLANNED', 3, 2, null, 500, 2.00, 80.00, 3.50, 2,
   '2026-01-08 10:00:00+00', '2026-02-01 10:00:00+00', 4),
  (2, 'Streaming prices', 'Same as websocket market data.', 'DECLINED', 4, null, 1, null, null, null, null, 0,
   '2026-01-09 10:00:00+00', '2026-01-10 10:00:00+00', 1);
insert into feature_vote (id, feature_request_id, user_id, created_at) values
  (1, 1, 3, '2026-01-08 10:05:00+00'), (2, 1, 4, '2026-01-09 11:00:00+00');

insert into runbook (id, slug, title, purpose, category, owner_id, rto_minutes, drill_interval_days, current_revision,
                     created_at, updated_at, version) values
  (1, 'restore-trading-db', 'Restore the trading database', 'Bring the ledger back from the nightly dump.', 'RESTORE', 2, 60, 90, 2,
   '2026-01-05 12:00:00+00', '2026-02-15 12:00:00+00', 1);
insert into runbook_revision (id, runbook_id, number, message, author_id, created_at) values
  (1, 1, 1, 'First version', 2, '2026-01-05 12:00:00+00'),
  (2, 1, 2, 'Verify row counts', 1, '2026-02-15 12:00:00+00');
insert into runbook_step (id, revision_id, position, title, instructions, command, expected_result) values
  (1, 1, 1, 'Stop the engine', 'Scale to zero.', 'kubectl scale deploy/engine --replicas=0', null),
  (2, 1, 2, 'Restore', '', 'pg_restore -d trading dump.bin', 'No errors'),
  (3, 2, 1, 'Stop the engine', 'Scale to zero.', 'kubectl scale deploy/engine --replicas=0', null),
  (4, 2, 2, 'Restore', '', 'pg_restore -d trading dump.bin', 'No errors'),
  (5, 2, 3, 'Verify', 'Compare row counts with yesterday.', 'select count(*) from ledger_entry;', 'Within 1 %');

insert into article (id, slug, title, body, category, tags, status, owner_id, review_by, current_revision, published_at,
                     created_at, updated_at, version) values
  (1, 'exchange-rate-limits', 'Exchange API rate limits', '# Limits\n\n| exchange | per minute |\n|---|---|\n| A | 1200 |', 'KNOWN_ISSUE',
   '{rate-limits,exchange}', 'PUBLISHED', 2, '2026-06-01', 2, '2026-01-15 09:00:00+00', '2026-01-14 09:00:00+00', '2026-01-20 09:00:00+00', 2),
  (2, 'rotate-api-keys', 'Rotating API keys', 'Draft: <script>alert(1)</script> never rendered raw.', 'HOW_TO',
   '{}', 'DRAFT', 1, null, 1, null, '2026-02-11 09:00:00+00', '2026-02-11 09:00:00+00', 0),
  (3, 'old-vps-notes', 'Old VPS notes', 'Moved to Kubernetes.', 'ARCHITECTURE', '{legacy}', 'ARCHIVED', 2, null, 1,
   '2026-01-02 09:00:00+00', '2026-01-02 09:00:00+00', '2026-02-20 09:00:00+00', 3);
insert into article_revision (id, article_id, number, title, body, message, author_id, created_at) values
  (1, 1, 1, 'Exchange rate limits', 'Limits per exchange.', 'First version', 2, '2026-01-14 09:00:00+00'),
  (2, 1, 2, 'Exchange API rate limits', '# Limits\n\n| exchange | per minute |\n|---|---|\n| A | 1200 |', 'Table', 2, '2026-01-20 09:00:00+00'),
  (3, 2, 1, 'Rotating API keys', 'Draft: <script>alert(1)</script> never rendered raw.', 'Draft', 1, '2026-02-11 09:00:00+00'),
  (4, 3, 1, 'Old VPS notes', 'Moved to Kubernetes.', 'Archive', 2, '2026-01-02 09:00:00+00');

-- identities continue after the fixed ids, as they would have after real use
select setval(pg_get_serial_sequence('app_user', 'id'), 4), setval(pg_get_serial_sequence('component', 'id'), 2), setval(pg_get_serial_sequence('release', 'id'), 2),
       setval(pg_get_serial_sequence('bug', 'id'), 4), setval(pg_get_serial_sequence('label', 'id'), 3),
       setval(pg_get_serial_sequence('bug_comment', 'id'), 2), setval(pg_get_serial_sequence('bug_activity', 'id'), 4),
       setval(pg_get_serial_sequence('feature_request', 'id'), 2), setval(pg_get_serial_sequence('feature_vote', 'id'), 2),
       setval(pg_get_serial_sequence('runbook', 'id'), 1), setval(pg_get_serial_sequence('runbook_revision', 'id'), 2),
       setval(pg_get_serial_sequence('runbook_step', 'id'), 5), setval(pg_get_serial_sequence('article', 'id'), 3),
       setval(pg_get_serial_sequence('article_revision', 'id'), 4);
