using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Semillero.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CatalogCompletionsBadges : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<double>(
                name: "score_scaled",
                table: "xapi_statements",
                type: "REAL",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "badge_signing_keys",
                columns: table => new
                {
                    kid = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    algorithm = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    public_jwk = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    protected_private_key = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    retired_at = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_badge_signing_keys", x => x.kid);
                });

            migrationBuilder.CreateTable(
                name: "badge_subjects",
                columns: table => new
                {
                    learner_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    subject_id = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_badge_subjects", x => x.learner_id);
                    table.ForeignKey(
                        name: "fk_badge_subjects_learners_learner_id",
                        column: x => x.learner_id,
                        principalTable: "learners",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "completion_reports",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    provider = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    file_name = table.Column<string>(type: "TEXT", maxLength: 260, nullable: false),
                    sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    imported_by = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    imported_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    rows = table.Column<int>(type: "INTEGER", nullable: false),
                    completions = table.Column<int>(type: "INTEGER", nullable: false),
                    rejected = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_completion_reports", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "courses",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    code = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    provider = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    name_es = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    name_en = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    url = table.Column<string>(type: "TEXT", maxLength: 2048, nullable: true),
                    hours = table.Column<int>(type: "INTEGER", nullable: true),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_courses", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "learning_paths",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    code = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    area = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    level = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    name_es = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    name_en = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    summary_es = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    summary_en = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    criteria_es = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    criteria_en = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    published = table.Column<bool>(type: "INTEGER", nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    updated_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_learning_paths", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "course_activities",
                columns: table => new
                {
                    activity_id = table.Column<string>(type: "TEXT", maxLength: 2048, nullable: false),
                    course_id = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_course_activities", x => x.activity_id);
                    table.ForeignKey(
                        name: "fk_course_activities_courses_course_id",
                        column: x => x.course_id,
                        principalTable: "courses",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "completion_rules",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    course_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    path_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    verbs = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    min_scaled_score = table.Column<decimal>(type: "TEXT", precision: 5, scale: 4, nullable: true),
                    accepts_reports = table.Column<bool>(type: "INTEGER", nullable: false),
                    min_courses = table.Column<int>(type: "INTEGER", nullable: true),
                    reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    created_by = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_completion_rules", x => x.id);
                    table.CheckConstraint("ck_completion_rules_one_target", "(course_id IS NULL) <> (path_id IS NULL)");
                    table.ForeignKey(
                        name: "fk_completion_rules_courses_course_id",
                        column: x => x.course_id,
                        principalTable: "courses",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_completion_rules_learning_paths_path_id",
                        column: x => x.path_id,
                        principalTable: "learning_paths",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "path_courses",
                columns: table => new
                {
                    path_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    course_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    position = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_path_courses", x => new { x.path_id, x.course_id });
                    table.ForeignKey(
                        name: "fk_path_courses_courses_course_id",
                        column: x => x.course_id,
                        principalTable: "courses",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_path_courses_learning_paths_path_id",
                        column: x => x.path_id,
                        principalTable: "learning_paths",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "path_skills",
                columns: table => new
                {
                    path_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    skill_id = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_path_skills", x => new { x.path_id, x.skill_id });
                    table.ForeignKey(
                        name: "fk_path_skills_learning_paths_path_id",
                        column: x => x.path_id,
                        principalTable: "learning_paths",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "course_completions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    learner_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    course_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    rule_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    evidence = table.Column<int>(type: "INTEGER", nullable: false),
                    statement_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    report_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    report_row = table.Column<int>(type: "INTEGER", nullable: true),
                    note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    awarded_by = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    scaled_score = table.Column<decimal>(type: "TEXT", precision: 5, scale: 4, nullable: true),
                    completed_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    recorded_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    paths_evaluated_at = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_course_completions", x => x.id);
                    table.ForeignKey(
                        name: "fk_course_completions_completion_rules_rule_id",
                        column: x => x.rule_id,
                        principalTable: "completion_rules",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_course_completions_courses_course_id",
                        column: x => x.course_id,
                        principalTable: "courses",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_course_completions_learners_learner_id",
                        column: x => x.learner_id,
                        principalTable: "learners",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "path_completions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    learner_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    path_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    rule_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    completed_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    recorded_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_path_completions", x => x.id);
                    table.ForeignKey(
                        name: "fk_path_completions_completion_rules_rule_id",
                        column: x => x.rule_id,
                        principalTable: "completion_rules",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_path_completions_learners_learner_id",
                        column: x => x.learner_id,
                        principalTable: "learners",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_path_completions_learning_paths_path_id",
                        column: x => x.path_id,
                        principalTable: "learning_paths",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "rule_evaluations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    rule_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    started_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    finished_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    examined = table.Column<int>(type: "INTEGER", nullable: false),
                    added = table.Column<int>(type: "INTEGER", nullable: false),
                    no_longer_qualifying = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_rule_evaluations", x => x.id);
                    table.ForeignKey(
                        name: "fk_rule_evaluations_completion_rules_rule_id",
                        column: x => x.rule_id,
                        principalTable: "completion_rules",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "badge_awards",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    learner_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    path_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    path_completion_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    issued_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    credential = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    key_id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    status_index = table.Column<int>(type: "INTEGER", nullable: false),
                    revoked_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    revoked_reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    revoked_by = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_badge_awards", x => x.id);
                    table.ForeignKey(
                        name: "fk_badge_awards_learners_learner_id",
                        column: x => x.learner_id,
                        principalTable: "learners",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_badge_awards_learning_paths_path_id",
                        column: x => x.path_id,
                        principalTable: "learning_paths",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_badge_awards_path_completions_path_completion_id",
                        column: x => x.path_completion_id,
                        principalTable: "path_completions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_badge_awards_learner_id_path_id",
                table: "badge_awards",
                columns: new[] { "learner_id", "path_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_badge_awards_path_completion_id",
                table: "badge_awards",
                column: "path_completion_id");

            migrationBuilder.CreateIndex(
                name: "ix_badge_awards_path_id",
                table: "badge_awards",
                column: "path_id");

            migrationBuilder.CreateIndex(
                name: "ix_badge_awards_status_index",
                table: "badge_awards",
                column: "status_index",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_badge_subjects_subject_id",
                table: "badge_subjects",
                column: "subject_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_completion_reports_provider_sha256",
                table: "completion_reports",
                columns: new[] { "provider", "sha256" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_completion_rules_course_id_version",
                table: "completion_rules",
                columns: new[] { "course_id", "version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_completion_rules_path_id_version",
                table: "completion_rules",
                columns: new[] { "path_id", "version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_course_activities_course_id",
                table: "course_activities",
                column: "course_id");

            migrationBuilder.CreateIndex(
                name: "ix_course_completions_course_id",
                table: "course_completions",
                column: "course_id");

            migrationBuilder.CreateIndex(
                name: "ix_course_completions_learner_id_course_id",
                table: "course_completions",
                columns: new[] { "learner_id", "course_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_course_completions_paths_evaluated_at",
                table: "course_completions",
                column: "paths_evaluated_at");

            migrationBuilder.CreateIndex(
                name: "ix_course_completions_rule_id",
                table: "course_completions",
                column: "rule_id");

            migrationBuilder.CreateIndex(
                name: "ix_courses_provider_code",
                table: "courses",
                columns: new[] { "provider", "code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_learning_paths_code",
                table: "learning_paths",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_path_completions_learner_id_path_id",
                table: "path_completions",
                columns: new[] { "learner_id", "path_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_path_completions_path_id_completed_at",
                table: "path_completions",
                columns: new[] { "path_id", "completed_at" });

            migrationBuilder.CreateIndex(
                name: "ix_path_completions_rule_id",
                table: "path_completions",
                column: "rule_id");

            migrationBuilder.CreateIndex(
                name: "ix_path_courses_course_id",
                table: "path_courses",
                column: "course_id");

            migrationBuilder.CreateIndex(
                name: "ix_path_skills_skill_id",
                table: "path_skills",
                column: "skill_id");

            migrationBuilder.CreateIndex(
                name: "ix_rule_evaluations_rule_id",
                table: "rule_evaluations",
                column: "rule_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "badge_awards");

            migrationBuilder.DropTable(
                name: "badge_signing_keys");

            migrationBuilder.DropTable(
                name: "badge_subjects");

            migrationBuilder.DropTable(
                name: "completion_reports");

            migrationBuilder.DropTable(
                name: "course_activities");

            migrationBuilder.DropTable(
                name: "course_completions");

            migrationBuilder.DropTable(
                name: "path_courses");

            migrationBuilder.DropTable(
                name: "path_skills");

            migrationBuilder.DropTable(
                name: "rule_evaluations");

            migrationBuilder.DropTable(
                name: "path_completions");

            migrationBuilder.DropTable(
                name: "completion_rules");

            migrationBuilder.DropTable(
                name: "courses");

            migrationBuilder.DropTable(
                name: "learning_paths");

            migrationBuilder.DropColumn(
                name: "score_scaled",
                table: "xapi_statements");
        }
    }
}
