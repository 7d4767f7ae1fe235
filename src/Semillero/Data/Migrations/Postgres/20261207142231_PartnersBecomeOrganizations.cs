using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Semillero.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class PartnersBecomeOrganizations : Migration
    {
        // The data migration of docs/adr/0011-partners-are-organisations.md: every partner name in use
        // becomes a verified organisation (kind proveedor until an operator corrects it; no RFC until
        // its administrator completes it), and every column that named a partner by name names it by
        // its partner key (the organisation's id, 32 hex digits) from here on.
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(MigrationSql);
        }

        // Names are not restored: the organisations keep them, and the partner keys stay valid.
        protected override void Down(MigrationBuilder migrationBuilder)
        {
        }

        private const string MigrationSql = """
            -- Every name a partner acted under before organisations existed: its keys' names, its accounts'
            -- organisation, the providers named by courses, and who registered people. Not the registry's
            -- own sources (Access/ReservedOwners), which no partner may take, nor operators, whose
            -- registrations carry their key's or their own name.
            CREATE TEMP TABLE partner_names AS
            SELECT DISTINCT name FROM (
                SELECT k.name AS name FROM api_keys k WHERE k.role = 'aliado'
                UNION SELECT u.organization FROM "AspNetUsers" u
                    JOIN "AspNetUserRoles" ur ON ur.user_id = u.id JOIN "AspNetRoles" r ON r.id = ur.role_id
                    WHERE r.name = 'aliado' AND u.organization IS NOT NULL
                UNION SELECT c.provider FROM courses c
                UNION SELECT l.registered_by FROM learners l
                    WHERE l.registered_by IS NOT NULL AND lower(l.registered_by) NOT IN ('registro', 'demo', 'cli')
                      AND l.registered_by NOT IN (SELECT k.name FROM api_keys k WHERE k.role <> 'aliado')
                      AND l.registered_by NOT IN (SELECT u.display_name FROM "AspNetUsers" u
                          JOIN "AspNetUserRoles" ur ON ur.user_id = u.id JOIN "AspNetRoles" r ON r.id = ur.role_id
                          WHERE r.name <> 'aliado')
            ) n
            WHERE name IS NOT NULL AND trim(name) <> '' AND lower(trim(name)) NOT IN ('registro', 'demo', 'cli')
              AND NOT EXISTS (SELECT 1 FROM organizations o WHERE o.name = n.name);

            INSERT INTO organizations (id, kind, name, legal_name, rfc_check_digit_matches, created_at, updated_at, created_by, verified_at, verified_by)
            SELECT gen_random_uuid(), 'Proveedor', name, name, false, now(), now(), 'migración', now(), 'migración' FROM partner_names;

            UPDATE "AspNetUsers" u SET organization_id = o.id, organization_role = 'administrador'
            FROM organizations o
            WHERE u.organization = o.name AND u.organization_id IS NULL
              AND EXISTS (SELECT 1 FROM "AspNetUserRoles" ur JOIN "AspNetRoles" r ON r.id = ur.role_id WHERE ur.user_id = u.id AND r.name = 'aliado');
            UPDATE api_keys k SET organization_id = o.id FROM organizations o WHERE k.role = 'aliado' AND k.name = o.name AND k.organization_id IS NULL;
            UPDATE learners t SET registered_by = replace(o.id::text, '-', '') FROM organizations o WHERE t.registered_by = o.name;
            UPDATE learner_imports t SET imported_by = replace(o.id::text, '-', '') FROM organizations o WHERE t.imported_by = o.name;
            UPDATE xapi_statements t SET partner = replace(o.id::text, '-', '') FROM organizations o WHERE t.partner = o.name;
            UPDATE xapi_documents t SET partner = replace(o.id::text, '-', '') FROM organizations o WHERE t.partner = o.name;
            UPDATE xapi_rejections t SET partner = replace(o.id::text, '-', '') FROM organizations o WHERE t.partner = o.name;
            UPDATE courses t SET provider = replace(o.id::text, '-', '') FROM organizations o WHERE t.provider = o.name;
            UPDATE completion_reports t SET provider = replace(o.id::text, '-', '') FROM organizations o WHERE t.provider = o.name;

            -- The KPI cells name providers too: start the rollup afresh, as on a new database; it recomputes
            -- everyone from the raw records on its next rounds.
            DELETE FROM kpi_cells;
            DELETE FROM kpi_learner_marks;
            DELETE FROM kpi_rollup_state;
            DROP TABLE partner_names;
            """;
    }
}
