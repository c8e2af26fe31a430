-- Feature requests: RICE score, maintained by the database, orderable; merged requests.

alter table feature_request add column rice_score numeric(16, 4)
    generated always as (case when reach is not null and impact is not null and confidence is not null and effort > 0
                              then round(reach * impact * confidence / effort, 4) end) stored;
-- keyset ordering RICE_SCORE: unscored requests sort as -1 (last when descending)
create index feature_request_rice_idx on feature_request ((coalesce(rice_score, -1)), id);
create index feature_request_merged_into_idx on feature_request (merged_into_id, created_at, id);
-- shipped features of a release, fixed bugs of a release
create index feature_request_target_shipped_idx on feature_request (target_release_id, title, id) where status = 'SHIPPED';
