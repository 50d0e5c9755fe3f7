-- Completes `reply_scores` and `conversation_scores` of a partly scored benchmark workspace on
-- PostgreSQL by copying the outcomes of replies that WERE coached (same agent, cyclically), so that
-- the report's SQL runs over the full number of rows. Used for the PostgreSQL report figures in
-- packages/server/src/team/README.md when coaching all 500,000 replies did not fit the session;
-- it measures aggregation, not coaching. Run with: psql "$URL" -v schema=<schema> -f bench/team-fill-scores.sql
set search_path to :"schema";
with src as (
  select r.*, row_number() over (partition by agent_id order by message_id) - 1 as rn,
         count(*) over (partition by agent_id) as n
  from reply_scores r
), todo as (
  select m.id, m.workspace_id, m.conversation_id, m.author_user_id, m.created_at,
         row_number() over (partition by m.author_user_id order by m.id) - 1 as rn
  from messages m
  where m.author_kind = 'agent'
    and not exists (select 1 from reply_scores r where r.message_id = m.id)
)
insert into reply_scores (message_id, workspace_id, conversation_id, agent_id, at, week, score, empathy,
  active_listening, regulation, de_escalation, apology_fit, personalisation, jargon_free, heat_before,
  heat_after, customer_emotional, customer_hostile, scored_at)
select t.id, t.workspace_id, t.conversation_id, t.author_user_id, t.created_at,
  to_char(date_trunc('week', t.created_at::timestamp), 'YYYY-MM-DD'),
  s.score, s.empathy, s.active_listening, s.regulation, s.de_escalation, s.apology_fit, s.personalisation,
  s.jargon_free, s.heat_before, s.heat_after, s.customer_emotional, s.customer_hostile,
  to_char(now() at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
from todo t join src s on s.agent_id = t.author_user_id and s.rn = t.rn % s.n;

with src as (
  select c.*, row_number() over (partition by agent_id order by conversation_id) - 1 as rn,
         count(*) over (partition by agent_id) as n
  from conversation_scores c where agent_id is not null
), per as (
  select m.conversation_id, max(m.created_at) filter (where m.author_kind = 'customer') as last_at,
         count(*) filter (where m.author_kind = 'agent') as replies
  from messages m group by m.conversation_id
), todo as (
  select c.id, c.workspace_id, c.assigned_user_id, p.last_at, p.replies,
         row_number() over (partition by c.assigned_user_id order by c.id) - 1 as rn
  from conversations c join per p on p.conversation_id = c.id
  where not exists (select 1 from conversation_scores s where s.conversation_id = c.id)
)
insert into conversation_scores (conversation_id, workspace_id, agent_id, at, week, end_valence, ended_well, replies, scored_at)
select t.id, t.workspace_id, t.assigned_user_id, t.last_at, to_char(date_trunc('week', t.last_at::timestamp), 'YYYY-MM-DD'),
  s.end_valence, s.ended_well, t.replies, to_char(now() at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
from todo t join src s on s.agent_id = t.assigned_user_id and s.rn = t.rn % s.n;
