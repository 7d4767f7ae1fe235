using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Semillero.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PymeDiagnostic : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "assessments",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    company_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    bank_version = table.Column<int>(type: "INTEGER", nullable: false),
                    mode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    organization_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    started_by = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    started_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    last_answered_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    submitted_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    submitted_by = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    sequence = table.Column<int>(type: "INTEGER", nullable: true),
                    latest = table.Column<bool>(type: "INTEGER", nullable: false),
                    overall_score = table.Column<int>(type: "INTEGER", nullable: true),
                    level = table.Column<int>(type: "INTEGER", nullable: true),
                    advanced_ai = table.Column<bool>(type: "INTEGER", nullable: false),
                    respondents = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_assessments", x => x.id);
                    table.ForeignKey(
                        name: "fk_assessments_companies_company_id",
                        column: x => x.company_id,
                        principalTable: "companies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_assessments_organizations_organization_id",
                        column: x => x.organization_id,
                        principalTable: "organizations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "question_bank_versions",
                columns: table => new
                {
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    json = table.Column<string>(type: "TEXT", maxLength: 200000, nullable: false),
                    published_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    published_by = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_question_bank_versions", x => x.version);
                });

            migrationBuilder.CreateTable(
                name: "training_invitations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    company_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    assessment_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: false),
                    path_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    cohort_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    invited_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    invited_by = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_training_invitations", x => x.id);
                    table.ForeignKey(
                        name: "fk_training_invitations_companies_company_id",
                        column: x => x.company_id,
                        principalTable: "companies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "assessment_respondents",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    assessment_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    lead = table.Column<bool>(type: "INTEGER", nullable: false),
                    email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: true),
                    invited_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    invited_by = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    last_answered_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    revoked_at = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_assessment_respondents", x => x.id);
                    table.ForeignKey(
                        name: "fk_assessment_respondents_assessments_assessment_id",
                        column: x => x.assessment_id,
                        principalTable: "assessments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "assessment_scores",
                columns: table => new
                {
                    assessment_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    dimension_id = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    score = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_assessment_scores", x => new { x.assessment_id, x.dimension_id });
                    table.ForeignKey(
                        name: "fk_assessment_scores_assessments_assessment_id",
                        column: x => x.assessment_id,
                        principalTable: "assessments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "assessment_answers",
                columns: table => new
                {
                    respondent_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    question_id = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    score = table.Column<int>(type: "INTEGER", nullable: false),
                    answered_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_assessment_answers", x => new { x.respondent_id, x.question_id });
                    table.ForeignKey(
                        name: "fk_assessment_answers_assessment_respondents_respondent_id",
                        column: x => x.respondent_id,
                        principalTable: "assessment_respondents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_assessment_respondents_assessment_id",
                table: "assessment_respondents",
                column: "assessment_id");

            migrationBuilder.CreateIndex(
                name: "ix_assessments_bank_version_latest",
                table: "assessments",
                columns: new[] { "bank_version", "latest" });

            migrationBuilder.CreateIndex(
                name: "ix_assessments_company_id_submitted_at",
                table: "assessments",
                columns: new[] { "company_id", "submitted_at" });

            migrationBuilder.CreateIndex(
                name: "ix_assessments_organization_id",
                table: "assessments",
                column: "organization_id");

            migrationBuilder.CreateIndex(
                name: "ix_training_invitations_company_id_email_path_id_cohort_id",
                table: "training_invitations",
                columns: new[] { "company_id", "email", "path_id", "cohort_id" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "assessment_answers");

            migrationBuilder.DropTable(
                name: "assessment_scores");

            migrationBuilder.DropTable(
                name: "question_bank_versions");

            migrationBuilder.DropTable(
                name: "training_invitations");

            migrationBuilder.DropTable(
                name: "assessment_respondents");

            migrationBuilder.DropTable(
                name: "assessments");
        }
    }
}
