import pg from 'pg';

/**
 * Roles are shared by every database of a PostgreSQL cluster; creating the application role once
 * here keeps test files that migrate their own databases in parallel from racing on CREATE ROLE.
 */
export default async function setup(): Promise<void> {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) return;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(`do $$ begin
    if not exists (select 1 from pg_roles where rolname = 'tongcheng_app') then
      create role tongcheng_app nologin nosuperuser nobypassrls nocreatedb nocreaterole;
    end if;
  end $$`);
  await client.end();
}
