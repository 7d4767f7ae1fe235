using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Semillero.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class OrganizationsAndCohorts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "organization_id",
                table: "AspNetUsers",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "organization_role",
                table: "AspNetUsers",
                type: "character varying(16)",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "organization_id",
                table: "api_keys",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "organizations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    legal_name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    rfc = table.Column<string>(type: "character varying(13)", maxLength: 13, nullable: true),
                    rfc_check_digit_matches = table.Column<bool>(type: "boolean", nullable: false),
                    state_code = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: true),
                    website = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    contact_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    contact_email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: true),
                    contact_phone = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    verified_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    verified_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    rejected_reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_organizations", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "cohorts",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    modality = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    starts_on = table.Column<DateOnly>(type: "date", nullable: false),
                    ends_on = table.Column<DateOnly>(type: "date", nullable: false),
                    enrolment_opens_on = table.Column<DateOnly>(type: "date", nullable: false),
                    enrolment_closes_on = table.Column<DateOnly>(type: "date", nullable: false),
                    capacity = table.Column<int>(type: "integer", nullable: false),
                    enrolled = table.Column<int>(type: "integer", nullable: false),
                    enrolment_mode = table.Column<string>(type: "character varying(14)", maxLength: 14, nullable: false),
                    eligible_segments = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    min_age = table.Column<int>(type: "integer", nullable: true),
                    max_age = table.Column<int>(type: "integer", nullable: true),
                    status = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    reviewed_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    reviewed_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    rejected_reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_cohorts", x => x.id);
                    table.ForeignKey(
                        name: "fk_cohorts_organizations_organization_id",
                        column: x => x.organization_id,
                        principalTable: "organizations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "cohort_enrolments",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    registration = table.Column<Guid>(type: "uuid", nullable: false),
                    cohort_id = table.Column<Guid>(type: "uuid", nullable: false),
                    learner_id = table.Column<Guid>(type: "uuid", nullable: false),
                    status = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    seated_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    withdrawn_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    created_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    withdrawn_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_cohort_enrolments", x => x.id);
                    table.ForeignKey(
                        name: "fk_cohort_enrolments_cohorts_cohort_id",
                        column: x => x.cohort_id,
                        principalTable: "cohorts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_cohort_enrolments_learners_learner_id",
                        column: x => x.learner_id,
                        principalTable: "learners",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "cohort_paths",
                columns: table => new
                {
                    cohort_id = table.Column<Guid>(type: "uuid", nullable: false),
                    path_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_cohort_paths", x => new { x.cohort_id, x.path_id });
                    table.ForeignKey(
                        name: "fk_cohort_paths_cohorts_cohort_id",
                        column: x => x.cohort_id,
                        principalTable: "cohorts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_cohort_paths_learning_paths_path_id",
                        column: x => x.path_id,
                        principalTable: "learning_paths",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "cohort_states",
                columns: table => new
                {
                    cohort_id = table.Column<Guid>(type: "uuid", nullable: false),
                    state_code = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_cohort_states", x => new { x.cohort_id, x.state_code });
                    table.ForeignKey(
                        name: "fk_cohort_states_cohorts_cohort_id",
                        column: x => x.cohort_id,
                        principalTable: "cohorts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_asp_net_users_organization_id",
                table: "AspNetUsers",
                column: "organization_id");

            migrationBuilder.CreateIndex(
                name: "ix_api_keys_organization_id",
                table: "api_keys",
                column: "organization_id");

            migrationBuilder.CreateIndex(
                name: "ix_cohort_enrolments_cohort_id_learner_id",
                table: "cohort_enrolments",
                columns: new[] { "cohort_id", "learner_id" },
                unique: true,
                filter: "status <> 'Baja'");

            migrationBuilder.CreateIndex(
                name: "ix_cohort_enrolments_cohort_id_status_id",
                table: "cohort_enrolments",
                columns: new[] { "cohort_id", "status", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_cohort_enrolments_learner_id",
                table: "cohort_enrolments",
                column: "learner_id");

            migrationBuilder.CreateIndex(
                name: "ix_cohort_enrolments_registration",
                table: "cohort_enrolments",
                column: "registration",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_cohort_paths_path_id",
                table: "cohort_paths",
                column: "path_id");

            migrationBuilder.CreateIndex(
                name: "ix_cohort_states_state_code",
                table: "cohort_states",
                column: "state_code");

            migrationBuilder.CreateIndex(
                name: "ix_cohorts_organization_id",
                table: "cohorts",
                column: "organization_id");

            migrationBuilder.CreateIndex(
                name: "ix_cohorts_status_enrolment_closes_on",
                table: "cohorts",
                columns: new[] { "status", "enrolment_closes_on" });

            migrationBuilder.CreateIndex(
                name: "ix_organizations_name",
                table: "organizations",
                column: "name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_organizations_rfc",
                table: "organizations",
                column: "rfc",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_organizations_verified_at_kind",
                table: "organizations",
                columns: new[] { "verified_at", "kind" });

            migrationBuilder.AddForeignKey(
                name: "fk_api_keys_organizations_organization_id",
                table: "api_keys",
                column: "organization_id",
                principalTable: "organizations",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "fk_asp_net_users_organizations_organization_id",
                table: "AspNetUsers",
                column: "organization_id",
                principalTable: "organizations",
                principalColumn: "id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_api_keys_organizations_organization_id",
                table: "api_keys");

            migrationBuilder.DropForeignKey(
                name: "fk_asp_net_users_organizations_organization_id",
                table: "AspNetUsers");

            migrationBuilder.DropTable(
                name: "cohort_enrolments");

            migrationBuilder.DropTable(
                name: "cohort_paths");

            migrationBuilder.DropTable(
                name: "cohort_states");

            migrationBuilder.DropTable(
                name: "cohorts");

            migrationBuilder.DropTable(
                name: "organizations");

            migrationBuilder.DropIndex(
                name: "ix_asp_net_users_organization_id",
                table: "AspNetUsers");

            migrationBuilder.DropIndex(
                name: "ix_api_keys_organization_id",
                table: "api_keys");

            migrationBuilder.DropColumn(
                name: "organization_id",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "organization_role",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "organization_id",
                table: "api_keys");
        }
    }
}
