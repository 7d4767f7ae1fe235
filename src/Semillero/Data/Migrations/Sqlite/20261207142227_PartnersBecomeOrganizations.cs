using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Semillero.Data.Migrations.Sqlite
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
            SELECT upper(substr(h, 1, 8) || '-' || substr(h, 9, 4) || '-4' || substr(h, 14, 3) || '-' || substr('89AB', 1 + (abs(random()) % 4), 1) || substr(h, 18, 3) || '-' || substr(h, 21, 12)), 'Proveedor', name, name, 0, strftime('%Y-%m-%d %H:%M:%f', 'now'), strftime('%Y-%m-%d %H:%M:%f', 'now'), 'migración', strftime('%Y-%m-%d %H:%M:%f', 'now'), 'migración'
            FROM (SELECT name, lower(hex(randomblob(16))) AS h FROM partner_names);

            UPDATE "AspNetUsers" SET organization_id = o.id, organization_role = 'administrador'
            FROM organizations o
            WHERE "AspNetUsers".organization = o.name AND "AspNetUsers".organization_id IS NULL
              AND EXISTS (SELECT 1 FROM "AspNetUserRoles" ur JOIN "AspNetRoles" r ON r.id = ur.role_id WHERE ur.user_id = "AspNetUsers".id AND r.name = 'aliado');
            UPDATE api_keys SET organization_id = o.id FROM organizations o WHERE api_keys.role = 'aliado' AND api_keys.name = o.name AND api_keys.organization_id IS NULL;
            UPDATE learners SET registered_by = lower(replace(o.id, '-', '')) FROM organizations o WHERE learners.registered_by = o.name;
            UPDATE learner_imports SET imported_by = lower(replace(o.id, '-', '')) FROM organizations o WHERE learner_imports.imported_by = o.name;
            UPDATE xapi_statements SET partner = lower(replace(o.id, '-', '')) FROM organizations o WHERE xapi_statements.partner = o.name;
            UPDATE xapi_documents SET partner = lower(replace(o.id, '-', '')) FROM organizations o WHERE xapi_documents.partner = o.name;
            UPDATE xapi_rejections SET partner = lower(replace(o.id, '-', '')) FROM organizations o WHERE xapi_rejections.partner = o.name;
            UPDATE courses SET provider = lower(replace(o.id, '-', '')) FROM organizations o WHERE courses.provider = o.name;
            UPDATE completion_reports SET provider = lower(replace(o.id, '-', '')) FROM organizations o WHERE completion_reports.provider = o.name;

            -- The KPI cells name providers too: start the rollup afresh, as on a new database; it recomputes
            -- everyone from the raw records on its next rounds.
            DELETE FROM kpi_cells;
            DELETE FROM kpi_learner_marks;
            DELETE FROM kpi_rollup_state;
            DROP TABLE partner_names;
            """;
    }
}
