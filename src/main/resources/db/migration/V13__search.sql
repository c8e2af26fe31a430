-- One search across articles, runbooks and bugs: a document per searchable object, kept current by
-- triggers (whatever writes the rows: the application, an import, a bulk SQL fix), ranked through a
-- weighted tsvector (title A, body B) with a GIN index.
create table search_document (
    type        varchar(10) not null check (type in ('ARTICLE', 'RUNBOOK', 'BUG')),
    object_id   bigint      not null,
    title       text        not null,
    body        text        not null,
    -- the article's or runbook's category; bugs have none
    category    varchar(30),
    -- article tags, bug labels
    tags        text[]      not null default '{}',
    -- who may find it: EVERYONE; ENGINEERS (article drafts: engineers and admins); REPORTER (a confidential
    -- bug: its reporter, engineers and admins)
    audience    varchar(10) not null check (audience in ('EVERYONE', 'ENGINEERS', 'REPORTER')),
    reporter_id bigint,
    document    tsvector generated always as (
                    setweight(to_tsvector('english', title), 'A') || setweight(to_tsvector('english', body), 'B')) stored,
    -- the title alone, for the ranking bonus of a title that holds the query closely ("Exchange API rate limits"
    -- for "exchange rate limits") without re-parsing titles at query time
    title_words tsvector generated always as (to_tsvector('english', title)) stored,
    primary key (type, object_id)
);
create index search_document_idx on search_document using gin (document);

-- Articles: archived ones leave the search.
create function search_index_article() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        delete from search_document where type = 'ARTICLE' and object_id = old.id;
    elsif new.status = 'ARCHIVED' then
        delete from search_document where type = 'ARTICLE' and object_id = new.id;
    else
        insert into search_document (type, object_id, title, body, category, tags, audience, reporter_id)
        values ('ARTICLE', new.id, new.title, new.body, new.category, new.tags,
                case when new.status = 'DRAFT' then 'ENGINEERS' else 'EVERYONE' end, null)
        on conflict (type, object_id) do update
            set title = excluded.title, body = excluded.body, category = excluded.category, tags = excluded.tags,
                audience = excluded.audience;
    end if;
    return null;
end $$;
create trigger article_search after insert or update of title, body, category, tags, status or delete on article
    for each row execute function search_index_article();

-- Runbooks: the purpose and every step of the current revision. A revision's steps are written after the
-- runbook row, so the document is built at commit (a deferred trigger), from what is there then.
create function search_refresh_runbook(runbook bigint) returns void language sql as $$
    insert into search_document (type, object_id, title, body, category, tags, audience, reporter_id)
    select 'RUNBOOK', r.id, r.title,
           concat_ws(E'\n', r.purpose, string_agg(concat_ws(E'\n', s.title, s.instructions, s.command, s.expected_result),
                                                  E'\n' order by s.position)),
           r.category, '{}', 'EVERYONE', null
    from runbook r
    left join runbook_revision v on v.runbook_id = r.id and v.number = r.current_revision
    left join runbook_step s on s.revision_id = v.id
    where r.id = runbook
    group by r.id
    on conflict (type, object_id) do update
        set title = excluded.title, body = excluded.body, category = excluded.category;
$$;
create function search_index_runbook() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        delete from search_document where type = 'RUNBOOK' and object_id = old.id;
    else
        perform search_refresh_runbook(new.id);
    end if;
    return null;
end $$;
create constraint trigger runbook_search after insert or update on runbook
    deferrable initially deferred for each row execute function search_index_runbook();
create trigger runbook_search_delete after delete on runbook
    for each row execute function search_index_runbook();

-- Bugs: title, description and steps to reproduce; labels as tags; confidential ones for their audience.
create function search_refresh_bug(bug_id bigint) returns void language sql as $$
    insert into search_document (type, object_id, title, body, category, tags, audience, reporter_id)
    select 'BUG', b.id, b.title, concat_ws(E'\n', b.description, b.steps_to_reproduce), null,
           coalesce((select array_agg(l.name order by l.name) from bug_label bl join label l on l.id = bl.label_id
                     where bl.bug_id = b.id), '{}'),
           case when b.confidential then 'REPORTER' else 'EVERYONE' end, b.reporter_id
    from bug b where b.id = bug_id
    on conflict (type, object_id) do update
        set title = excluded.title, body = excluded.body, tags = excluded.tags, audience = excluded.audience,
            reporter_id = excluded.reporter_id;
$$;
create function search_index_bug() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        delete from search_document where type = 'BUG' and object_id = old.id;
    else
        perform search_refresh_bug(new.id);
    end if;
    return null;
end $$;
create trigger bug_search after insert or delete on bug
    for each row execute function search_index_bug();
-- status changes (the most frequent update) leave the document alone
create trigger bug_search_update after update on bug
    for each row when (old.title is distinct from new.title or old.description is distinct from new.description
                       or old.steps_to_reproduce is distinct from new.steps_to_reproduce
                       or old.confidential is distinct from new.confidential or old.reporter_id is distinct from new.reporter_id)
    execute function search_index_bug();
create function search_index_bug_label() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        perform search_refresh_bug(old.bug_id);
    else
        perform search_refresh_bug(new.bug_id);
    end if;
    return null;
end $$;
create trigger bug_label_search after insert or delete on bug_label
    for each row execute function search_index_bug_label();

-- The matches of a query that a user may see, with the rank of their title alone: cheap, as it reads no
-- body (ts_rank rather than ts_rank_cd: half the cost, and only used to choose which matches to rank fully).
-- Always through the GIN index: for a broad query the planner would rather scan the table, not knowing that
-- testing a row means reading its whole document from TOAST (ten times slower here). PL/pgSQL, so that
-- the plan is prepared once per connection (a SQL function with SET options is planned at every call).
-- jit off: compiling costs more than the work of one search.
create function search_matches(query tsquery, viewer bigint, sees_all boolean, required_tags text[])
    returns table (type varchar, object_id bigint, category varchar, title_rank real)
    language plpgsql stable
    set enable_seqscan = off set jit = off
as $$
begin
    return query
    select d.type, d.object_id, d.category, ts_rank(d.title_words, query)
    from search_document d
    where d.document @@ query
      and (sees_all or d.audience = 'EVERYONE' or (d.audience = 'REPORTER' and d.reporter_id = viewer))
      and d.tags @> required_tags;
end $$;

-- Searches that found nothing, grouped by their normalized text: what the knowledge base lacks.
create table knowledge_gap (
    id               bigint generated by default as identity primary key,
    normalized_query varchar(200) not null unique,
    -- the latest wording that normalized to it
    example_query    varchar(200) not null,
    searches         bigint       not null,
    first_seen_at    timestamptz  not null,
    last_seen_at     timestamptz  not null
);
-- keyset orderings SEARCHES and LAST_SEEN_AT
create index knowledge_gap_searches_idx on knowledge_gap (searches, id);
create index knowledge_gap_last_seen_idx on knowledge_gap (last_seen_at, id);

-- What exists already.
insert into search_document (type, object_id, title, body, category, tags, audience, reporter_id)
select 'ARTICLE', a.id, a.title, a.body, a.category, a.tags,
       case when a.status = 'DRAFT' then 'ENGINEERS' else 'EVERYONE' end, null
from article a where a.status <> 'ARCHIVED';
select search_refresh_runbook(id) from runbook;
select search_refresh_bug(id) from bug;
