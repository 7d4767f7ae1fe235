using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Semillero.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class EnrolmentTimesIndexed : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_cohort_enrolments_created_at",
                table: "cohort_enrolments",
                column: "created_at");

            migrationBuilder.CreateIndex(
                name: "ix_cohort_enrolments_seated_at",
                table: "cohort_enrolments",
                column: "seated_at");

            migrationBuilder.CreateIndex(
                name: "ix_cohort_enrolments_withdrawn_at",
                table: "cohort_enrolments",
                column: "withdrawn_at");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_cohort_enrolments_created_at",
                table: "cohort_enrolments");

            migrationBuilder.DropIndex(
                name: "ix_cohort_enrolments_seated_at",
                table: "cohort_enrolments");

            migrationBuilder.DropIndex(
                name: "ix_cohort_enrolments_withdrawn_at",
                table: "cohort_enrolments");
        }
    }
}
