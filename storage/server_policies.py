"""What the shared PostgreSQL server itself enforces, whatever program or `psql` a person connects with.

Each account is a login role `<username>@<database>`, member of one of the database's three group roles
(`langmoi_secretariat@<db>`, `langmoi_team_lead@<db>`, `langmoi_viewer@<db>`; per database, because a group
granted in two databases of one server would let one database's viewer read the other). Least first:

- the viewer reads;
- the team lead reads, and inserts, changes and deletes assessments and village records only in the villages whose
  support team the account leads, within the plan the row belongs to (row-level security; the lead is found as
  domain/access.py finds it: the account's member name, with its agency when it has one, as the lead of a village's
  team in a plan holding the village; an assessment, a criterion's file and a dated record (a household count, a
  visit, a resource, a difficulty, an initiative) belong to the plans whose years, and criteria set, they fall in, a
  review to its round's plan, a record's file to its record, of the file's own village: lead_scope); of the review
  cycle, it
  sends and comments on its own villages' reviews, never approves, returns or reopens one (a row trigger);
- nobody but the owner changes a village's checklist or records of a year its approved review or a closed year
  locks (statement triggers, LOCKED_BY_YEAR);
- the secretariat writes everything but the audit trail and Alembic's version, and manages the accounts' login
  roles through SECURITY DEFINER functions (no CREATEROLE: on PostgreSQL 15 that could change the owner's password);
- nobody but the owner changes the schema, and nobody (the owner aside) updates, deletes or truncates the audit.

Audit written by the server: every table but the audit and Alembic's version has a trigger writing, in the same
transaction, one audit row per changed row (field `(máy chủ) INSERT|UPDATE|DELETE`: domain.audit.SERVER_FIELD;
the changed columns' old and new values as JSON, never a password hash). A trigger on the audit table stamps every
row a client writes, the program's descriptive rows too, with the server's time (`now()`, the transaction's start)
and the server's "who": the account's username for an account's login role, the role's own name for any other
role. A client cannot insert a row marked as the server's. The owner (the administrator, who could switch triggers
off anyway) is left alone: migrations, `copy-db` and the owner's own program keep their rows as written. The
history shows a transaction's program rows, and its server rows only when the program wrote none
(domain/audit.shown_in_history).

Everything here is installed by `setup-server`, idempotently, in one transaction.
"""

from collections.abc import Iterable, Mapping, Sequence

import psycopg
from psycopg import sql
from sqlalchemy import Connection, text

from domain.vocabulary import Role
from storage.errors import StorageError

GROUP_PREFIX = {Role.SECRETARIAT: "langmoi_secretariat", Role.TEAM_LEAD: "langmoi_team_lead",
                Role.VIEWER: "langmoi_viewer"}
VILLAGE_WORK = ("assessment", "householdindicators", "communitymodel", "contribution", "visit", "concern",
                "villagecontact", "initiative", "attachment")
"""The tables a team lead writes, each row in one village (its village_id): the checklist, the records and the
files attached to them."""
CONTENTS = ("filecontent", "contentchunk")
"""The evidence files' bytes, keyed by their SHA-256: added by the secretariat and team leads, changed and deleted by
nobody. A content may be named by attachments of several villages, so it is no village's: it has no row security,
and a row a team lead wrote with a wrong digest is refused by the program when it reads it back (its digest is
checked). Its attachments are village work."""
REVIEW_WORK = {"villagereview": "INSERT, UPDATE", "reviewcomment": "INSERT"}
"""The review cycle's tables a team lead writes (the privileges), each row in one village: a lead sends the review of
a village they lead and comments on it; a trigger (langmoi_review_step_guard) keeps the lead's changes of a review to
sending it, and the policy below keeps their comments to a submission's or a remark. Rounds and closed years are
the secretariat's alone, as every other table."""
REVIEW_LEAD_CHECK = {"villagereview": "", "reviewcomment": " AND step IN ('submit', 'comment')"}
LEAD_PLANS = ("SELECT t.plan_id FROM public.supportteam t "
              "JOIN public.planvillage v ON v.plan_id = t.plan_id AND v.village_id = t.village_id "
              "JOIN public.teammember m ON m.team_id = t.id AND m.role = 'leader' "
              "JOIN public.useraccount a ON a.username = (SELECT public.langmoi_account_name()) AND a.active "
              "AND a.role = 'team_lead' AND a.member_name <> '' "
              "AND public.langmoi_name_key(m.full_name) = public.langmoi_name_key(a.member_name) "
              "AND (a.member_agency_id IS NULL OR a.member_agency_id = m.agency_id) "
              "WHERE t.village_id = {row}.village_id")
"""The plans in which the account signed in leads the support team of the village of the row `{row}` (the table's
name), the village still in the plan: a team lead as domain/access.leads_village finds it (its member name, with its
agency when it has one). The account is worked out once per statement (an uncorrelated sub-select); the rest, per
row, through the teams' village index."""
DATED = {"householdindicators": "{row}.year", "initiative": "{row}.year",
         "contribution": "extract(year FROM {row}.day)::integer", "visit": "extract(year FROM {row}.day)::integer",
         "concern": "extract(year FROM {row}.raised_on)::integer"}
"""The village records that belong to a year (domain/recording.YEAR_FIELD): the year of a row `{row}`."""
IN_PLAN_YEARS = ("EXISTS (SELECT 1 FROM public.plan p WHERE {year} BETWEEN p.first_year AND p.last_year "
                 "AND p.id IN ({plans}))")
PLAN_ROWS = {
    "assessment": "EXISTS (SELECT 1 FROM public.plan p "
                  "JOIN public.criterion c ON c.criteria_set_id = p.criteria_set_id WHERE c.id = {row}.criterion_id "
                  "AND {row}.year BETWEEN p.first_year AND p.last_year "
                  "AND p.id IN ({plans}))",
    **{table: IN_PLAN_YEARS.replace("{year}", year) for table, year in DATED.items()},
    "villagereview": "EXISTS (SELECT 1 FROM public.reviewround r WHERE r.id = {row}.round_id "
                     "AND r.plan_id IN ({plans}))",
    "reviewcomment": "EXISTS (SELECT 1 FROM public.villagereview w JOIN public.reviewround r ON r.id = w.round_id "
                     "WHERE w.id = {row}.review_id AND w.village_id = {row}.village_id AND r.plan_id IN ({plans}))",
}
"""The rows of one plan's, which a team lead writes only in a plan in which it leads the village, as the use cases
check the plan: an assessment's year within the plan's years and its criterion in the plan's criteria set
(domain/assessing.apply_assessment; a criterion's file likewise, domain/attaching._place), a dated record's year
(its day's, a difficulty's by the day it was raised, its follow-up included) within them (domain/access
.require_lead_in_plan_years), a review's round (and a comment's review) of the plan (domain/reviewing). A village's
records without a year (models, contacts) are the village's, whichever plan it is worked in: any plan in which the
account leads it."""
RECORD_TABLES = ("householdindicators", "communitymodel", "contribution", "visit", "concern", "villagecontact",
                 "initiative")
"""The records a file may be attached to (attachment.record_table: domain/recording.KINDS' tables), each in one
village."""
LOCKED_BY_YEAR = {"assessment": ("year", "*"), "householdindicators": ("year", "*"), "initiative": ("year", "*"),
                  "contribution": ("extract(year FROM day)::integer", "*"),
                  "visit": ("extract(year FROM day)::integer", "*"),
                  "concern": ("extract(year FROM raised_on)::integer", "village_id,raised_on,text"),
                  "attachment": ("CASE WHEN record_table IN ('communitymodel', 'villagecontact') THEN NULL "
                                 "ELSE year END", "*")}
"""The tables whose rows belong to a year a review's approval or a closed year locks (as domain/review_locks.py and
domain/recording.YEAR_FIELD decide in the program): the year of a row, and the columns whose change an UPDATE of a
locked year is refused for ("*": any; a difficulty raised then is still followed up). The server refuses a change
to a locked village-year to everyone but the owner, whatever program writes it. An evidence file counts toward its
criterion's or record's year, but for a community model's and a contact's (no year locks them: domain/attaching.py)."""
NOT_AUDITED = ("auditevent", "alembic_version", "contentchunk")
"""Not audited by the server: the audit itself, Alembic's version, and the bytes of the files (1 MiB a row, which an
audit row would only cut to its first 4,000 characters; the content's own row, audited, names its digest and
size)."""
IDENTIFIER_BYTES = 63

# Functions in schema public, every one with a fixed search_path. Non-definer ones run as the caller, so that
# current_user in them is who acts; the SECURITY DEFINER ones run as the owner and check session_user (the login:
# the secretariat's, or the owner's own for setup-server's conversion of existing accounts).
FUNCTIONS = r"""
CREATE OR REPLACE FUNCTION public.langmoi_login_role(username text) RETURNS text
LANGUAGE plpgsql STABLE SET search_path = pg_catalog, pg_temp AS $f$
DECLARE
  name text := username || '@' || current_database();
BEGIN
  IF username IS NULL OR username !~ '^[a-z0-9._-]{3,60}$' THEN
    RAISE EXCEPTION 'langmoi: tên đăng nhập “%” không hợp lệ', username USING ERRCODE = '22023';
  END IF;
  IF octet_length(name) > 63 THEN
    RAISE EXCEPTION 'langmoi: tên vai trò “%” dài quá 63 byte', name USING ERRCODE = '22023';
  END IF;
  RETURN name;
END $f$;

CREATE OR REPLACE FUNCTION public.langmoi_group(kind text) RETURNS text
LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $f$
  SELECT CASE kind WHEN 'secretariat' THEN 'langmoi_secretariat@' || current_database()
                   WHEN 'team_lead' THEN 'langmoi_team_lead@' || current_database()
                   WHEN 'viewer' THEN 'langmoi_viewer@' || current_database() END
$f$;

CREATE OR REPLACE FUNCTION public.langmoi_is_owner() RETURNS boolean
LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $f$
  SELECT pg_has_role(current_user, d.datdba, 'MEMBER') FROM pg_database d WHERE d.datname = current_database()
$f$;

CREATE OR REPLACE FUNCTION public.langmoi_account_of(role_name text) RETURNS text
LANGUAGE plpgsql STABLE SET search_path = pg_catalog, pg_temp AS $f$
DECLARE
  suffix text := '@' || current_database();
BEGIN
  IF right(role_name, length(suffix)) <> suffix OR NOT EXISTS (SELECT 1 FROM pg_roles r WHERE r.rolname = role_name)
     OR NOT EXISTS (SELECT 1 FROM pg_roles g WHERE g.rolname = public.langmoi_group('viewer')) THEN
    RETURN NULL;
  END IF;
  IF pg_has_role(role_name, public.langmoi_group('secretariat'), 'MEMBER')
     OR pg_has_role(role_name, public.langmoi_group('team_lead'), 'MEMBER')
     OR pg_has_role(role_name, public.langmoi_group('viewer'), 'MEMBER') THEN
    RETURN left(role_name, length(role_name) - length(suffix));
  END IF;
  RETURN NULL;
END $f$;

CREATE OR REPLACE FUNCTION public.langmoi_account_name() RETURNS text
LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $f$
  SELECT public.langmoi_account_of(current_user::text)
$f$;

CREATE OR REPLACE FUNCTION public.langmoi_name_key(name text) RETURNS text
LANGUAGE sql IMMUTABLE SET search_path = pg_catalog, pg_temp AS $f$
  SELECT lower(regexp_replace(regexp_replace(normalize(coalesce(name, ''), NFC), '\s+', ' ', 'g'),
                              '^ | $', '', 'g'))
$f$;

CREATE OR REPLACE FUNCTION public.langmoi_review_step_guard() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $f$
DECLARE
  refused text := 'langmoi: tổ trưởng chỉ gửi được rà soát của thôn mình phụ trách; duyệt, trả lại, mở lại là việc '
                  'của Văn phòng';
BEGIN
  -- A team lead's change to a village's review (its village is checked by the row-level policy): only sending it
  -- (Đang rà soát or Trả lại to Đã gửi), or a step that leaves the state (a comment raises the version); never the
  -- secretariat's decision, the round, or the day of the first sending once it is set.
  IF public.langmoi_is_owner() OR pg_has_role(current_user, 'langmoi_secretariat@' || current_database(), 'MEMBER')
     OR NOT pg_has_role(current_user, 'langmoi_team_lead@' || current_database(), 'MEMBER') THEN
    RETURN NEW;
  END IF;
  IF NEW.first_submitted_on IS NOT NULL AND NEW.first_submitted_on NOT BETWEEN current_date - 1 AND current_date + 1
     AND (TG_OP = 'INSERT' OR OLD.first_submitted_on IS DISTINCT FROM NEW.first_submitted_on) THEN
    RAISE EXCEPTION '%', refused USING ERRCODE = '42501';
  END IF;
  IF TG_OP = 'INSERT' THEN
    IF NEW.state NOT IN ('in_review', 'submitted') OR NEW.decided_by <> '' OR NEW.decided_at IS NOT NULL THEN
      RAISE EXCEPTION '%', refused USING ERRCODE = '42501';
    END IF;
  ELSIF NOT (NEW.state = OLD.state OR (OLD.state IN ('in_review', 'returned') AND NEW.state = 'submitted'))
        OR NEW.round_id <> OLD.round_id OR NEW.decided_by IS DISTINCT FROM OLD.decided_by
        OR NEW.decided_at IS DISTINCT FROM OLD.decided_at
        OR (OLD.first_submitted_on IS NOT NULL AND NEW.first_submitted_on IS DISTINCT FROM OLD.first_submitted_on) THEN
    RAISE EXCEPTION '%', refused USING ERRCODE = '42501';
  END IF;
  RETURN NEW;
END $f$;

CREATE OR REPLACE FUNCTION public.langmoi_village_year_locked(village integer, yr integer) RETURNS boolean
LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $f$
  SELECT EXISTS (SELECT 1 FROM public.villagereview v JOIN public.reviewround r ON r.id = v.round_id
                 WHERE v.village_id = village AND r.year = yr AND r.kind = 'yearly' AND v.state = 'approved')
      OR EXISTS (SELECT 1 FROM public.yearclosure c JOIN public.planvillage p ON p.plan_id = c.plan_id
                 WHERE p.village_id = village AND c.year = yr)
$f$;

CREATE OR REPLACE FUNCTION public.langmoi_refuse_locked_years() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $f$
DECLARE
  year_of text := TG_ARGV[0];  -- the row's year, as an expression of its columns
  kept text := TG_ARGV[1];  -- the columns an UPDATE is checked for ('*': every one)
  touched text;
  changed text;
  village integer;
  yr integer;
BEGIN
  IF public.langmoi_is_owner() THEN
    RETURN NULL;
  END IF;
  IF TG_OP = 'INSERT' THEN
    touched := format('SELECT village_id, %s AS yr FROM new_rows', year_of);
  ELSIF TG_OP = 'DELETE' THEN
    touched := format('SELECT village_id, %s AS yr FROM old_rows', year_of);
  ELSE
    changed := 'true';
    IF kept <> '*' THEN
      SELECT format('ROW(%s) IS DISTINCT FROM ROW(%s)', string_agg(format('o.%I', c), ', '),
                    string_agg(format('n.%I', c), ', '))
        INTO changed FROM unnest(string_to_array(kept, ',')) AS c;
    END IF;
    touched := format('SELECT village_id, %1$s AS yr FROM (SELECT o.* FROM old_rows o JOIN new_rows n ON n.id = o.id '
                      'WHERE %2$s) x UNION ALL SELECT village_id, %1$s FROM (SELECT n.* FROM old_rows o '
                      'JOIN new_rows n ON n.id = o.id WHERE %2$s) y', year_of, changed);
  END IF;
  EXECUTE format('SELECT village_id, yr FROM (%s) t WHERE public.langmoi_village_year_locked(village_id, yr) '
                 'LIMIT 1', touched) INTO village, yr;
  IF village IS NOT NULL THEN
    RAISE EXCEPTION 'langmoi: năm % của thôn (làng) số % đã được duyệt hoặc đã khóa sổ: không ai sửa được; Văn '
                    'phòng mở lại kèm lý do để sửa', yr, village USING ERRCODE = '42501';
  END IF;
  RETURN NULL;
END $f$;

CREATE OR REPLACE FUNCTION public.langmoi_audit_stamp() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $f$
BEGIN
  -- Deeper than 1: written by langmoi_audit_rows below (no client can make a trigger of its own), already stamped.
  IF pg_trigger_depth() > 1 OR public.langmoi_is_owner() THEN
    RETURN NEW;
  END IF;
  IF NEW.field LIKE '(máy chủ)%' THEN
    RAISE EXCEPTION 'langmoi: chỉ máy chủ ghi được dòng nhật ký “(máy chủ)”' USING ERRCODE = '42501';
  END IF;
  NEW.at := now();
  NEW.actor := coalesce(public.langmoi_account_name(), current_user::text);
  RETURN NEW;
END $f$;

-- The two helpers of every audited row have no SET clause, which would cost a configuration change per call and
-- keep them from being inlined: they name nothing but pg_catalog's (always searched first) and qualified objects.
CREATE OR REPLACE FUNCTION public.langmoi_hidden(row_values jsonb) RETURNS jsonb
LANGUAGE sql IMMUTABLE AS $f$
  SELECT CASE WHEN row_values ? 'password_hash' THEN row_values || '{"password_hash": "(ẩn)"}' ELSE row_values END
$f$;

CREATE OR REPLACE FUNCTION public.langmoi_changed(before jsonb, after jsonb, OUT old_values jsonb,
                                                  OUT new_values jsonb)
LANGUAGE sql IMMUTABLE AS $f$
  -- The columns that changed, old and new; a row without its pair ('{}': its key changed) whole.
  SELECT public.langmoi_hidden(CASE WHEN before = '{}' OR after = '{}' THEN before
                                    ELSE coalesce(jsonb_object_agg(n.key, before -> n.key), '{}') END),
         public.langmoi_hidden(CASE WHEN before = '{}' OR after = '{}' THEN after
                                    ELSE coalesce(jsonb_object_agg(n.key, n.value), '{}') END)
  FROM jsonb_each(after) n WHERE n.value IS DISTINCT FROM before -> n.key
$f$;

-- One statement-level trigger per event and table (transition tables): "who" and the owner's exemption are worked
-- out once per statement, and the rows are written by one INSERT … SELECT. TG_ARGV[0]: the table's key columns,
-- quoted, to pair an UPDATE's old and new rows; a row whose key itself changed is written whole, old and new.
CREATE OR REPLACE FUNCTION public.langmoi_audit_rows() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $f$
DECLARE
  who text;
  said text;
BEGIN
  IF public.langmoi_is_owner() THEN
    RETURN NULL;
  END IF;
  who := coalesce(public.langmoi_account_name(), current_user::text);
  said := left('vai trò ' || current_user::text
               || coalesce('; ' || nullif(current_setting('application_name', true), ''), ''), 500);
  IF TG_OP = 'INSERT' THEN
    INSERT INTO public.auditevent (at, actor, entity, entity_id, field, old_value, new_value, context, village_id)
    SELECT now(), who, TG_TABLE_NAME, (r ->> 'id')::integer, '(máy chủ) INSERT', NULL,
           left(public.langmoi_hidden(r)::text, 4000), said, (r ->> 'village_id')::integer
    FROM (SELECT to_jsonb(n) AS r FROM new_rows n) added;
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO public.auditevent (at, actor, entity, entity_id, field, old_value, new_value, context, village_id)
    SELECT now(), who, TG_TABLE_NAME, (r ->> 'id')::integer, '(máy chủ) DELETE',
           left(public.langmoi_hidden(r)::text, 4000), NULL, said, (r ->> 'village_id')::integer
    FROM (SELECT to_jsonb(o) AS r FROM old_rows o) removed;
  ELSE
    EXECUTE format(
      'INSERT INTO public.auditevent (at, actor, entity, entity_id, field, old_value, new_value, context, village_id) '
      'SELECT now(), $1, $2, (coalesce(nullif(r, ''{}''), b) ->> ''id'')::integer, ''(máy chủ) UPDATE'', '
      '       left(c.old_values::text, 4000), left(c.new_values::text, 4000), $3, '
      '       (coalesce(nullif(r, ''{}''), b) ->> ''village_id'')::integer '
      'FROM (SELECT to_jsonb(o) AS b, to_jsonb(n) AS r FROM old_rows o JOIN new_rows n USING (%1$s) '
      '      UNION ALL SELECT to_jsonb(o), ''{}'' FROM old_rows o LEFT JOIN new_rows n USING (%1$s) WHERE n IS NULL '
      '      UNION ALL SELECT ''{}'', to_jsonb(n) FROM new_rows n LEFT JOIN old_rows o USING (%1$s) WHERE o IS NULL '
      '     ) pairs, LATERAL public.langmoi_changed(b, r) c WHERE c.new_values <> ''{}'' OR r = ''{}''',
      TG_ARGV[0]) USING who, TG_TABLE_NAME, said;
  END IF;
  RETURN NULL;
END $f$;

CREATE OR REPLACE FUNCTION public.langmoi_require_secretariat() RETURNS void
LANGUAGE plpgsql STABLE SET search_path = pg_catalog, pg_temp AS $f$
BEGIN
  IF NOT (pg_has_role(session_user, public.langmoi_group('secretariat'), 'MEMBER')
          OR pg_has_role(session_user, (SELECT d.datdba FROM pg_database d WHERE d.datname = current_database()),
                         'MEMBER')) THEN
    RAISE EXCEPTION 'langmoi: chỉ Văn phòng (thư ký) được quản lý tài khoản' USING ERRCODE = '42501';
  END IF;
END $f$;

CREATE OR REPLACE FUNCTION public.langmoi_require_verifier(verifier text) RETURNS void
LANGUAGE plpgsql IMMUTABLE SET search_path = pg_catalog, pg_temp AS $f$
BEGIN
  IF verifier IS NULL OR verifier !~ '^SCRAM-SHA-256\$[0-9]+:[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+$' THEN
    RAISE EXCEPTION 'langmoi: mật khẩu phải được gửi dưới dạng SCRAM-SHA-256, không phải chữ thường'
      USING ERRCODE = '22023';
  END IF;
END $f$;

CREATE OR REPLACE FUNCTION public.langmoi_group_of_kind(kind text) RETURNS text
LANGUAGE plpgsql STABLE SET search_path = pg_catalog, pg_temp AS $f$
BEGIN
  IF kind IS NULL OR kind NOT IN ('secretariat', 'team_lead', 'viewer') THEN
    RAISE EXCEPTION 'langmoi: vai trò “%” không có', kind USING ERRCODE = '22023';
  END IF;
  RETURN public.langmoi_group(kind);
END $f$;

CREATE OR REPLACE FUNCTION public.langmoi_account_role(username text) RETURNS text
LANGUAGE plpgsql STABLE SET search_path = pg_catalog, pg_temp AS $f$
DECLARE
  name text := public.langmoi_login_role(username);
BEGIN
  IF public.langmoi_account_of(name) IS NULL OR EXISTS (
      SELECT 1 FROM pg_roles r WHERE r.rolname = name
         AND (r.rolsuper OR r.rolcreaterole OR r.rolcreatedb OR r.rolreplication OR r.rolbypassrls
              OR pg_has_role(r.oid, (SELECT d.datdba FROM pg_database d WHERE d.datname = current_database()),
                             'MEMBER'))) THEN
    RAISE EXCEPTION 'langmoi: “%” không phải tài khoản của cơ sở dữ liệu này', name USING ERRCODE = '42704';
  END IF;
  RETURN name;
END $f$;

CREATE OR REPLACE FUNCTION public.langmoi_create_login(username text, verifier text, kind text) RETURNS text
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $f$
DECLARE
  name text := public.langmoi_login_role(username);
BEGIN
  PERFORM public.langmoi_require_secretariat();
  PERFORM public.langmoi_require_verifier(verifier);
  IF EXISTS (SELECT 1 FROM pg_roles r WHERE r.rolname = name) THEN
    RAISE EXCEPTION 'langmoi: máy chủ đã có vai trò “%”', name USING ERRCODE = '42710';
  END IF;
  EXECUTE format('CREATE ROLE %I LOGIN INHERIT NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS '
                 'PASSWORD %L IN ROLE %I', name, verifier, public.langmoi_group_of_kind(kind));
  RETURN name;
END $f$;

CREATE OR REPLACE FUNCTION public.langmoi_set_password(username text, verifier text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $f$
BEGIN
  PERFORM public.langmoi_require_secretariat();
  PERFORM public.langmoi_require_verifier(verifier);
  EXECUTE format('ALTER ROLE %I PASSWORD %L', public.langmoi_account_role(username), verifier);
END $f$;

CREATE OR REPLACE FUNCTION public.langmoi_set_login(username text, allowed boolean) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $f$
BEGIN
  PERFORM public.langmoi_require_secretariat();
  EXECUTE format('ALTER ROLE %I %s', public.langmoi_account_role(username),
                 CASE WHEN allowed THEN 'LOGIN' ELSE 'NOLOGIN' END);
END $f$;

CREATE OR REPLACE FUNCTION public.langmoi_set_group(username text, kind text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $f$
DECLARE
  name text := public.langmoi_account_role(username);
  wanted text := public.langmoi_group_of_kind(kind);
  other text;
BEGIN
  PERFORM public.langmoi_require_secretariat();
  FOREACH other IN ARRAY ARRAY[public.langmoi_group('secretariat'), public.langmoi_group('team_lead'),
                               public.langmoi_group('viewer')] LOOP
    IF other <> wanted AND pg_has_role(name, other, 'MEMBER') THEN
      EXECUTE format('REVOKE %I FROM %I', other, name);
    END IF;
  END LOOP;
  EXECUTE format('GRANT %I TO %I', wanted, name);
END $f$;

CREATE OR REPLACE FUNCTION public.langmoi_drop_login(username text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $f$
BEGIN
  PERFORM public.langmoi_require_secretariat();
  EXECUTE format('DROP ROLE %I', public.langmoi_account_role(username));
END $f$;

CREATE OR REPLACE FUNCTION public.langmoi_password_changed() RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $f$
DECLARE
  who text := public.langmoi_account_of(session_user::text);
BEGIN
  IF who IS NULL THEN
    RAISE EXCEPTION 'langmoi: “%” không phải tài khoản của cơ sở dữ liệu này', session_user USING ERRCODE = '42704';
  END IF;
  -- Run as the owner, whose changes the triggers leave alone: the server's row is written here.
  INSERT INTO public.auditevent (at, actor, entity, entity_id, field, old_value, new_value, context)
  SELECT now(), who, 'useraccount', a.id, '(máy chủ) UPDATE', '{"must_change_password": true}',
         '{"must_change_password": false}', left('vai trò ' || session_user::text, 500)
  FROM public.useraccount a WHERE a.username = who AND a.must_change_password;
  UPDATE public.useraccount SET must_change_password = false, version = version + 1
   WHERE username = who AND must_change_password;
END $f$;
"""

SECRETARIAT_FUNCTIONS = ("langmoi_create_login(text, text, text)", "langmoi_set_password(text, text)",
                         "langmoi_set_login(text, boolean)", "langmoi_set_group(text, text)",
                         "langmoi_drop_login(text)")
EVERY_ACCOUNT_FUNCTIONS = ("langmoi_password_changed()",)


def group_names(database: str) -> dict[Role, str]:
    return {role: f"{prefix}@{database}" for role, prefix in GROUP_PREFIX.items()}


def policy_statements(database: str, keys: Mapping[str, Sequence[str]], sequences: Mapping[str, str],
                      app_role: str | None = None) -> list[sql.Composable]:
    """Every statement of the installation but the functions and the group roles' creation, in order: the
    database's and schema's privileges, each table's grants (all taken back first, so a second run gives exactly
    these), row-level security on the team lead's tables, the audit triggers, the functions' EXECUTE."""
    groups = group_names(database)
    everyone = [sql.Identifier(name) for name in groups.values()]
    secretariat, lead = sql.Identifier(groups[Role.SECRETARIAT]), sql.Identifier(groups[Role.TEAM_LEAD])
    db, public = sql.Identifier(database), sql.Identifier("public")
    all_groups = sql.SQL(", ").join(everyone)
    statements: list[sql.Composable] = [
        sql.SQL("REVOKE CONNECT, TEMPORARY ON DATABASE {} FROM PUBLIC").format(db),
        sql.SQL("REVOKE CREATE ON SCHEMA {} FROM PUBLIC").format(public),
        sql.SQL("GRANT CONNECT ON DATABASE {} TO {}").format(db, all_groups),
        sql.SQL("REVOKE TEMPORARY ON DATABASE {} FROM {}").format(db, all_groups),
        sql.SQL("REVOKE CREATE ON SCHEMA {} FROM {}").format(public, all_groups),
        sql.SQL("GRANT USAGE ON SCHEMA {} TO {}").format(public, all_groups),
    ]
    if app_role is not None:
        statements.append(sql.SQL("GRANT {} TO {}").format(secretariat, sql.Identifier(app_role)))
    for name in sorted(keys):
        table = sql.Identifier("public", name)
        statements += [sql.SQL("REVOKE ALL ON {} FROM PUBLIC").format(table),
                       sql.SQL("REVOKE ALL ON {} FROM {}").format(table, all_groups),
                       sql.SQL("GRANT SELECT ON {} TO {}").format(table, all_groups)]
        if name == "auditevent":
            statements.append(sql.SQL("GRANT INSERT ON {} TO {}").format(table, all_groups))
        elif name in CONTENTS:
            statements.append(sql.SQL("GRANT INSERT ON {} TO {}").format(table,
                                                                          sql.SQL(", ").join([secretariat, lead])))
        elif name != "alembic_version":
            writers = sql.SQL(", ").join([secretariat, lead] if name in VILLAGE_WORK else [secretariat])
            statements.append(sql.SQL("GRANT INSERT, UPDATE, DELETE ON {} TO {}").format(table, writers))
        if name in REVIEW_WORK:
            statements.append(sql.SQL(f"GRANT {REVIEW_WORK[name]} ON {{}} TO {{}}").format(table, lead))
            statements += _row_security(table, secretariat, lead, lead_scope(name), REVIEW_LEAD_CHECK[name])
        if name == "villagereview":
            statements += [sql.SQL("DROP TRIGGER IF EXISTS langmoi_review_steps ON {}").format(table),
                           sql.SQL("CREATE TRIGGER langmoi_review_steps BEFORE INSERT OR UPDATE ON {} FOR EACH ROW "
                                   "EXECUTE FUNCTION public.langmoi_review_step_guard()").format(table)]
        if name in VILLAGE_WORK:
            statements += _row_security(table, secretariat, lead, lead_scope(name), lead_check(name))
        if name not in NOT_AUDITED:
            statements += _audit_triggers(table, keys[name])
        if name in LOCKED_BY_YEAR:
            statements += _lock_triggers(table, *LOCKED_BY_YEAR[name])
    # The team lead's rule of earlier installations, which no policy uses any more (it covered any plan).
    statements.append(sql.SQL("DROP FUNCTION IF EXISTS public.langmoi_leads_village(integer)"))
    audit = sql.Identifier("public", "auditevent")
    statements += [sql.SQL("DROP TRIGGER IF EXISTS langmoi_audit_stamp ON {}").format(audit),
                   sql.SQL("CREATE TRIGGER langmoi_audit_stamp BEFORE INSERT ON {} "
                           "FOR EACH ROW EXECUTE FUNCTION public.langmoi_audit_stamp()").format(audit)]
    for name, table in sequences.items():
        sequence = sql.Identifier("public", name)
        statements.append(sql.SQL("REVOKE ALL ON SEQUENCE {} FROM {}").format(sequence, all_groups))
        writers = everyone if table == "auditevent" else [secretariat, lead] \
            if table in VILLAGE_WORK or table in REVIEW_WORK else [secretariat]
        statements.append(sql.SQL("GRANT USAGE ON SEQUENCE {} TO {}").format(sequence, sql.SQL(", ").join(writers)))
    for signature in (*SECRETARIAT_FUNCTIONS, *EVERY_ACCOUNT_FUNCTIONS):
        function = sql.SQL("public.") + sql.SQL(signature)
        grantees = secretariat if signature in SECRETARIAT_FUNCTIONS else all_groups
        statements += [sql.SQL("REVOKE ALL ON FUNCTION {} FROM PUBLIC").format(function),
                       sql.SQL("GRANT EXECUTE ON FUNCTION {} TO {}").format(function, grantees)]
    return statements


def _audit_triggers(table: sql.Composable, key: Sequence[str]) -> list[sql.Composable]:
    """The three statement-level triggers writing the server's audit rows; `key` pairs an UPDATE's old and new
    rows."""
    columns = ", ".join('"' + column.replace('"', '""') + '"' for column in key)  # the trigger's argument
    statements: list[sql.Composable] = []
    events = (("INSERT", "NEW TABLE AS new_rows"), ("UPDATE", "OLD TABLE AS old_rows NEW TABLE AS new_rows"),
              ("DELETE", "OLD TABLE AS old_rows"))
    for event, referencing in events:
        trigger = sql.Identifier(f"langmoi_audit_{event.lower()}")
        statements += [
            sql.SQL("DROP TRIGGER IF EXISTS {} ON {}").format(trigger, table),
            sql.SQL(f"CREATE TRIGGER {{}} AFTER {event} ON {{}} REFERENCING {referencing} FOR EACH STATEMENT "
                    "EXECUTE FUNCTION public.langmoi_audit_rows({})").format(trigger, table, sql.Literal(columns))]
    return statements


def _lock_triggers(table: sql.Composable, year_of: str, kept: str) -> list[sql.Composable]:
    """The three statement-level triggers refusing a change to a locked village-year (langmoi_refuse_locked_years)."""
    statements: list[sql.Composable] = []
    events = (("INSERT", "NEW TABLE AS new_rows"), ("UPDATE", "OLD TABLE AS old_rows NEW TABLE AS new_rows"),
              ("DELETE", "OLD TABLE AS old_rows"))
    for event, referencing in events:
        trigger = sql.Identifier(f"langmoi_lock_{event.lower()}")
        statements += [
            sql.SQL("DROP TRIGGER IF EXISTS {} ON {}").format(trigger, table),
            sql.SQL(f"CREATE TRIGGER {{}} AFTER {event} ON {{}} REFERENCING {referencing} FOR EACH STATEMENT "
                    "EXECUTE FUNCTION public.langmoi_refuse_locked_years({}, {})").format(
                trigger, table, sql.Literal(year_of), sql.Literal(kept))]
    return statements


def lead_scope(table: str) -> str:
    """The rows of `table` a team lead may write, as SQL of the row's columns (a policy's USING and WITH CHECK)."""
    plans = LEAD_PLANS.format(row=table)
    if table == "attachment":
        return (f"CASE WHEN {table}.criterion_id IS NULL THEN {_record_file_scope(table, plans)} "
                f"ELSE {PLAN_ROWS['assessment'].format(row=table, plans=plans)} END")
    if table in PLAN_ROWS:
        return PLAN_ROWS[table].format(row=table, plans=plans)
    return f"EXISTS ({plans})"


def _record_file_scope(table: str, plans: str) -> str:
    """A record's file: its record (record_table, record_id) is a record of the file's own village, which the lead
    may write (a dated one within the years of a plan in which the lead leads the village, as lead_scope)."""
    cases = []
    for record in RECORD_TABLES:
        scope = PLAN_ROWS[record].format(row="r", plans=plans) if record in PLAN_ROWS else f"EXISTS ({plans})"
        cases.append(f"WHEN '{record}' THEN EXISTS (SELECT 1 FROM public.{record} r WHERE r.id = {table}.record_id "
                     f"AND r.village_id = {table}.village_id AND {scope})")
    return f"CASE {table}.record_table {' '.join(cases)} ELSE false END"


def lead_check(table: str) -> str:
    """What a team lead's new or changed row of `table` must meet besides lead_scope (" AND …", SQL): a dated
    record's file carries its record's year (the year its lock is checked by, as domain/attaching._place sets it)."""
    if table != "attachment":
        return ""
    years = " ".join(f"WHEN '{record}' THEN {table}.year = (SELECT {DATED[record].format(row='r')} "
                     f"FROM public.{record} r WHERE r.id = {table}.record_id)" for record in RECORD_TABLES
                     if record in DATED)
    return f" AND ({table}.criterion_id IS NOT NULL OR CASE {table}.record_table {years} ELSE true END)"


def _row_security(table: sql.Composable, secretariat: sql.Composable, lead: sql.Composable,
                  scope: str, lead_check: str = "") -> list[sql.Composable]:
    """Everyone granted SELECT reads every row; the secretariat writes every row; a team lead writes (and moves a row
    to) only the rows meeting `scope` (SQL of the row's columns: lead_scope's), and writes only rows meeting
    `lead_check` too (" AND …", SQL). Not FORCEd: the owner (the administrator) is the one role left unbound, as the
    owner could lift any policy anyway, and the SECURITY DEFINER functions read as the owner."""
    policies = {
        "langmoi_read": sql.SQL("FOR SELECT USING (true)"),
        "langmoi_secretariat": sql.SQL("FOR ALL TO {} USING (true) WITH CHECK (true)").format(secretariat),
        "langmoi_team_lead": sql.SQL(f"FOR ALL TO {{}} USING ({scope}) "
                                     f"WITH CHECK ({scope}{lead_check})").format(lead),
    }
    statements: list[sql.Composable] = [sql.SQL("ALTER TABLE {} ENABLE ROW LEVEL SECURITY").format(table)]
    for policy, body in policies.items():
        statements += [sql.SQL("DROP POLICY IF EXISTS {} ON {}").format(sql.Identifier(policy), table),
                       sql.SQL("CREATE POLICY {} ON {} ").format(sql.Identifier(policy), table) + body]
    return statements


def install(connection: Connection, app_role: str | None = None) -> None:
    """Create the group roles when missing and install every function, grant, policy and trigger above, on the
    connection's open transaction (run by the owner, who needs CREATEROLE to make the groups and, later, the
    accounts' login roles). `app_role`, the one role every PC used to connect as, is made a member of the
    secretariat's group: what it could do before, the audit aside."""
    user, database, may_create_roles = connection.execute(text(
        "SELECT current_user, current_database(), rolsuper OR rolcreaterole FROM pg_roles "
        "WHERE rolname = current_user")).one()
    if not may_create_roles:
        raise StorageError(f"Tài khoản chủ sở hữu “{user}” cần quyền CREATEROLE để tạo vai trò cho các tài khoản; "
                           f"người quản trị chạy ALTER ROLE \"{user}\" CREATEROLE; rồi chạy lại setup-server.")
    groups = group_names(database)
    longest = max(groups.values(), key=lambda name: len(name.encode()))
    if len(longest.encode()) > IDENTIFIER_BYTES:
        raise StorageError(f"Tên cơ sở dữ liệu “{database}” dài quá: tên vai trò “{longest}” quá "
                           f"{IDENTIFIER_BYTES} byte; đặt tên cơ sở dữ liệu ngắn hơn.")
    keys: dict[str, list[str]] = {}
    for table, column in connection.execute(text(
            "SELECT c.relname, a.attname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
            "LEFT JOIN pg_index i ON i.indrelid = c.oid AND i.indisprimary "
            "LEFT JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = ANY(i.indkey) "
            "WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') ORDER BY c.relname, a.attnum")):
        keys.setdefault(table, [])
        if column is not None:
            keys[table].append(column)
    sequences = dict(connection.execute(text(
        "SELECT s.relname, t.relname FROM pg_class s JOIN pg_namespace n ON n.oid = s.relnamespace "
        "JOIN pg_depend d ON d.objid = s.oid AND d.deptype IN ('a', 'i') JOIN pg_class t ON t.oid = d.refobjid "
        "WHERE n.nspname = 'public' AND s.relkind = 'S'")).all())
    existing = set(connection.execute(text("SELECT rolname FROM pg_roles WHERE rolname = ANY(:names)"),
                                      {"names": list(groups.values())}).scalars())
    statements: list[sql.Composable] = [sql.SQL("CREATE ROLE {} NOLOGIN").format(sql.Identifier(name))
                                        for name in groups.values() if name not in existing]
    statements.append(sql.SQL(FUNCTIONS))
    statements += policy_statements(database, keys, sequences, app_role)
    run_statements(connection, statements, "Không cài được quyền và nhật ký của máy chủ")


def run_statements(connection: Connection, statements: Iterable[sql.Composable], failure: str) -> None:
    """Send psycopg-composed statements (names quoted by psycopg itself, whatever they hold) as written, on the
    connection's open transaction; the first refusal is a StorageError "`failure`: the server's first line"."""
    cursor = connection.connection.driver_connection.cursor()
    try:
        for statement in statements:
            cursor.execute(statement)
    except psycopg.Error as error:
        raise StorageError(f"{failure}: {str(error).strip().splitlines()[0]}") from None
    finally:
        cursor.close()
