using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Semillero.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class StatementRefTargets : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameColumn(
                name: "voids_statement_id",
                table: "xapi_statements",
                newName: "target_statement_id");

            migrationBuilder.CreateIndex(
                name: "ix_xapi_statements_target_statement_id",
                table: "xapi_statements",
                column: "target_statement_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_xapi_statements_target_statement_id",
                table: "xapi_statements");

            migrationBuilder.RenameColumn(
                name: "target_statement_id",
                table: "xapi_statements",
                newName: "voids_statement_id");
        }
    }
}
