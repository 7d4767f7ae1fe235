using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Semillero.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class KpiRollups : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "kpi_cells",
                columns: table => new
                {
                    metric = table.Column<short>(type: "INTEGER", nullable: false),
                    period = table.Column<int>(type: "INTEGER", nullable: false),
                    state_code = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    sex = table.Column<string>(type: "TEXT", maxLength: 1, nullable: false),
                    age_band = table.Column<short>(type: "INTEGER", nullable: false),
                    segment = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    path_key = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    provider = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    people = table.Column<int>(type: "INTEGER", nullable: false),
                    revision = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_kpi_cells", x => new { x.metric, x.period, x.state_code, x.sex, x.age_band, x.segment, x.path_key, x.provider });
                });

            migrationBuilder.CreateTable(
                name: "kpi_learner_marks",
                columns: table => new
                {
                    learner_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    state_code = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    sex = table.Column<string>(type: "TEXT", maxLength: 1, nullable: false),
                    age_band = table.Column<short>(type: "INTEGER", nullable: false),
                    segment = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    marks = table.Column<string>(type: "TEXT", nullable: false),
                    computed_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_kpi_learner_marks", x => x.learner_id);
                });

            migrationBuilder.CreateTable(
                name: "kpi_rollup_state",
                columns: table => new
                {
                    source = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    position = table.Column<long>(type: "INTEGER", nullable: false),
                    updated_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_kpi_rollup_state", x => x.source);
                });

            migrationBuilder.CreateTable(
                name: "kpi_targets",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    key = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    metric = table.Column<short>(type: "INTEGER", nullable: false),
                    year = table.Column<int>(type: "INTEGER", nullable: true),
                    scope = table.Column<short>(type: "INTEGER", nullable: false),
                    scope_value = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    people = table.Column<long>(type: "INTEGER", nullable: false),
                    due_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    created_by = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_kpi_targets", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_xapi_actor_links_linked_at",
                table: "xapi_actor_links",
                column: "linked_at");

            migrationBuilder.CreateIndex(
                name: "ix_placements_recorded_at",
                table: "placements",
                column: "recorded_at");

            migrationBuilder.CreateIndex(
                name: "ix_path_completions_recorded_at",
                table: "path_completions",
                column: "recorded_at");

            migrationBuilder.CreateIndex(
                name: "ix_learners_updated_at",
                table: "learners",
                column: "updated_at");

            migrationBuilder.CreateIndex(
                name: "ix_course_completions_recorded_at",
                table: "course_completions",
                column: "recorded_at");

            migrationBuilder.CreateIndex(
                name: "ix_kpi_cells_revision",
                table: "kpi_cells",
                column: "revision");

            migrationBuilder.CreateIndex(
                name: "ix_kpi_targets_key_version",
                table: "kpi_targets",
                columns: new[] { "key", "version" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "kpi_cells");

            migrationBuilder.DropTable(
                name: "kpi_learner_marks");

            migrationBuilder.DropTable(
                name: "kpi_rollup_state");

            migrationBuilder.DropTable(
                name: "kpi_targets");

            migrationBuilder.DropIndex(
                name: "ix_xapi_actor_links_linked_at",
                table: "xapi_actor_links");

            migrationBuilder.DropIndex(
                name: "ix_placements_recorded_at",
                table: "placements");

            migrationBuilder.DropIndex(
                name: "ix_path_completions_recorded_at",
                table: "path_completions");

            migrationBuilder.DropIndex(
                name: "ix_learners_updated_at",
                table: "learners");

            migrationBuilder.DropIndex(
                name: "ix_course_completions_recorded_at",
                table: "course_completions");
        }
    }
}
