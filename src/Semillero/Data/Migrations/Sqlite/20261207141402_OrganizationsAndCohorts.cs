using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Semillero.Data.Migrations.Sqlite
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
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "organization_role",
                table: "AspNetUsers",
                type: "TEXT",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "organization_id",
                table: "api_keys",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "organizations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    legal_name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    rfc = table.Column<string>(type: "TEXT", maxLength: 13, nullable: true),
                    rfc_check_digit_matches = table.Column<bool>(type: "INTEGER", nullable: false),
                    state_code = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    website = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    contact_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    contact_email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: true),
                    contact_phone = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    updated_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    created_by = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    verified_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    verified_by = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    rejected_reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_organizations", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "cohorts",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    organization_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    modality = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    starts_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ends_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    enrolment_opens_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    enrolment_closes_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    capacity = table.Column<int>(type: "INTEGER", nullable: false),
                    enrolled = table.Column<int>(type: "INTEGER", nullable: false),
                    enrolment_mode = table.Column<string>(type: "TEXT", maxLength: 14, nullable: false),
                    eligible_segments = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    min_age = table.Column<int>(type: "INTEGER", nullable: true),
                    max_age = table.Column<int>(type: "INTEGER", nullable: true),
                    status = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    updated_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    created_by = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    reviewed_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    reviewed_by = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    rejected_reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
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
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    registration = table.Column<Guid>(type: "TEXT", nullable: false),
                    cohort_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    learner_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    seated_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    withdrawn_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    created_by = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    withdrawn_by = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
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
                    cohort_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    path_id = table.Column<Guid>(type: "TEXT", nullable: false)
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
                    cohort_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    state_code = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false)
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
