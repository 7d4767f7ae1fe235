using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Semillero.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Talent : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "company_id",
                table: "AspNetUsers",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "company_id",
                table: "api_keys",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "companies",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    rfc = table.Column<string>(type: "TEXT", maxLength: 13, nullable: false),
                    rfc_check_digit_matches = table.Column<bool>(type: "INTEGER", nullable: false),
                    legal_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    trade_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    sector_code = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    state_code = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    workers = table.Column<int>(type: "INTEGER", nullable: false),
                    annual_sales_mdp = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: false),
                    size_band = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    website = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    updated_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    created_by = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    verified_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    verified_by = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    rejected_reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_companies", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "follow_up_surveys",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    learner_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    path_completion_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    path_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    months = table.Column<int>(type: "INTEGER", nullable: false),
                    cohort = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    state_code = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    due_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    expires_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    sent_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    reminders = table.Column<int>(type: "INTEGER", nullable: false),
                    last_reminder_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    answered_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    employment = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    sector_code = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    salary_band = table.Column<string>(type: "TEXT", maxLength: 12, nullable: true),
                    helped = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                    comment = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_follow_up_surveys", x => x.id);
                    table.ForeignKey(
                        name: "fk_follow_up_surveys_learners_learner_id",
                        column: x => x.learner_id,
                        principalTable: "learners",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_follow_up_surveys_learning_paths_path_id",
                        column: x => x.path_id,
                        principalTable: "learning_paths",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "talent_profiles",
                columns: table => new
                {
                    learner_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    alias = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    availability = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    accepts_presencial = table.Column<bool>(type: "INTEGER", nullable: false),
                    accepts_hibrido = table.Column<bool>(type: "INTEGER", nullable: false),
                    accepts_remoto = table.Column<bool>(type: "INTEGER", nullable: false),
                    summary = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    updated_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_talent_profiles", x => x.learner_id);
                    table.ForeignKey(
                        name: "fk_talent_profiles_learners_learner_id",
                        column: x => x.learner_id,
                        principalTable: "learners",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "vacancies",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    company_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    title = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                    description = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    modality = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    state_code = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    salary_min = table.Column<int>(type: "INTEGER", nullable: true),
                    salary_max = table.Column<int>(type: "INTEGER", nullable: true),
                    openings = table.Column<int>(type: "INTEGER", nullable: false),
                    closes_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    updated_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    published_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    closed_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    created_by = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_vacancies", x => x.id);
                    table.CheckConstraint("ck_vacancies_salary_band", "salary_min IS NULL OR salary_max IS NULL OR salary_min <= salary_max");
                    table.ForeignKey(
                        name: "fk_vacancies_companies_company_id",
                        column: x => x.company_id,
                        principalTable: "companies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "declared_skills",
                columns: table => new
                {
                    learner_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    skill_id = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    level = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_declared_skills", x => new { x.learner_id, x.skill_id });
                    table.ForeignKey(
                        name: "fk_declared_skills_talent_profiles_learner_id",
                        column: x => x.learner_id,
                        principalTable: "talent_profiles",
                        principalColumn: "learner_id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "applications",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    vacancy_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    learner_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    origin = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    stage = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    message = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    contact_accepted_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    updated_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    created_by = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_applications", x => x.id);
                    table.ForeignKey(
                        name: "fk_applications_learners_learner_id",
                        column: x => x.learner_id,
                        principalTable: "learners",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_applications_vacancies_vacancy_id",
                        column: x => x.vacancy_id,
                        principalTable: "vacancies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "vacancy_skills",
                columns: table => new
                {
                    vacancy_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    skill_id = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    level = table.Column<int>(type: "INTEGER", nullable: false),
                    required = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_vacancy_skills", x => new { x.vacancy_id, x.skill_id });
                    table.ForeignKey(
                        name: "fk_vacancy_skills_vacancies_vacancy_id",
                        column: x => x.vacancy_id,
                        principalTable: "vacancies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "application_events",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    application_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    stage = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    by = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_application_events", x => x.id);
                    table.ForeignKey(
                        name: "fk_application_events_applications_application_id",
                        column: x => x.application_id,
                        principalTable: "applications",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "placements",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    learner_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    company_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    vacancy_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    application_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    starts_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    salary_band = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    contract_type = table.Column<string>(type: "TEXT", maxLength: 14, nullable: false),
                    state_code = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    recorded_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    recorded_by = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_placements", x => x.id);
                    table.ForeignKey(
                        name: "fk_placements_applications_application_id",
                        column: x => x.application_id,
                        principalTable: "applications",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_placements_companies_company_id",
                        column: x => x.company_id,
                        principalTable: "companies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_placements_learners_learner_id",
                        column: x => x.learner_id,
                        principalTable: "learners",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_placements_vacancies_vacancy_id",
                        column: x => x.vacancy_id,
                        principalTable: "vacancies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "placement_badges",
                columns: table => new
                {
                    placement_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    badge_award_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    path_id = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_placement_badges", x => new { x.placement_id, x.badge_award_id });
                    table.ForeignKey(
                        name: "fk_placement_badges_badge_awards_badge_award_id",
                        column: x => x.badge_award_id,
                        principalTable: "badge_awards",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_placement_badges_placements_placement_id",
                        column: x => x.placement_id,
                        principalTable: "placements",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_asp_net_users_company_id",
                table: "AspNetUsers",
                column: "company_id");

            migrationBuilder.CreateIndex(
                name: "ix_api_keys_company_id",
                table: "api_keys",
                column: "company_id");

            migrationBuilder.CreateIndex(
                name: "ix_application_events_application_id",
                table: "application_events",
                column: "application_id");

            migrationBuilder.CreateIndex(
                name: "ix_applications_learner_id",
                table: "applications",
                column: "learner_id");

            migrationBuilder.CreateIndex(
                name: "ix_applications_vacancy_id_learner_id",
                table: "applications",
                columns: new[] { "vacancy_id", "learner_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_companies_rfc",
                table: "companies",
                column: "rfc",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_companies_verified_at",
                table: "companies",
                column: "verified_at");

            migrationBuilder.CreateIndex(
                name: "ix_follow_up_surveys_cohort_path_id",
                table: "follow_up_surveys",
                columns: new[] { "cohort", "path_id" });

            migrationBuilder.CreateIndex(
                name: "ix_follow_up_surveys_due_at",
                table: "follow_up_surveys",
                column: "due_at");

            migrationBuilder.CreateIndex(
                name: "ix_follow_up_surveys_learner_id_months",
                table: "follow_up_surveys",
                columns: new[] { "learner_id", "months" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_follow_up_surveys_path_id",
                table: "follow_up_surveys",
                column: "path_id");

            migrationBuilder.CreateIndex(
                name: "ix_placement_badges_badge_award_id",
                table: "placement_badges",
                column: "badge_award_id");

            migrationBuilder.CreateIndex(
                name: "ix_placement_badges_path_id",
                table: "placement_badges",
                column: "path_id");

            migrationBuilder.CreateIndex(
                name: "ix_placements_application_id",
                table: "placements",
                column: "application_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_placements_company_id",
                table: "placements",
                column: "company_id");

            migrationBuilder.CreateIndex(
                name: "ix_placements_learner_id",
                table: "placements",
                column: "learner_id");

            migrationBuilder.CreateIndex(
                name: "ix_placements_vacancy_id",
                table: "placements",
                column: "vacancy_id");

            migrationBuilder.CreateIndex(
                name: "ix_talent_profiles_alias",
                table: "talent_profiles",
                column: "alias",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_talent_profiles_updated_at",
                table: "talent_profiles",
                column: "updated_at");

            migrationBuilder.CreateIndex(
                name: "ix_vacancies_company_id",
                table: "vacancies",
                column: "company_id");

            migrationBuilder.CreateIndex(
                name: "ix_vacancies_status_closes_on",
                table: "vacancies",
                columns: new[] { "status", "closes_on" });

            migrationBuilder.CreateIndex(
                name: "ix_vacancy_skills_skill_id",
                table: "vacancy_skills",
                column: "skill_id");

            migrationBuilder.AddForeignKey(
                name: "fk_api_keys_companies_company_id",
                table: "api_keys",
                column: "company_id",
                principalTable: "companies",
                principalColumn: "id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "fk_asp_net_users_companies_company_id",
                table: "AspNetUsers",
                column: "company_id",
                principalTable: "companies",
                principalColumn: "id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_api_keys_companies_company_id",
                table: "api_keys");

            migrationBuilder.DropForeignKey(
                name: "fk_asp_net_users_companies_company_id",
                table: "AspNetUsers");

            migrationBuilder.DropTable(
                name: "application_events");

            migrationBuilder.DropTable(
                name: "declared_skills");

            migrationBuilder.DropTable(
                name: "follow_up_surveys");

            migrationBuilder.DropTable(
                name: "placement_badges");

            migrationBuilder.DropTable(
                name: "vacancy_skills");

            migrationBuilder.DropTable(
                name: "talent_profiles");

            migrationBuilder.DropTable(
                name: "placements");

            migrationBuilder.DropTable(
                name: "applications");

            migrationBuilder.DropTable(
                name: "vacancies");

            migrationBuilder.DropTable(
                name: "companies");

            migrationBuilder.DropIndex(
                name: "ix_asp_net_users_company_id",
                table: "AspNetUsers");

            migrationBuilder.DropIndex(
                name: "ix_api_keys_company_id",
                table: "api_keys");

            migrationBuilder.DropColumn(
                name: "company_id",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "company_id",
                table: "api_keys");
        }
    }
}
