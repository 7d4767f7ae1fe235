using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Semillero.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class RecordClaims : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "record_claims",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    learner_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    proof = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: false),
                    given_names = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    first_surname = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    second_surname = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    state_code = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    segment = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    password_hash = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    optional_consents = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    link_secret_hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    link_expires_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    decided_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    decided_by = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    decided_by_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    user_id = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_record_claims", x => x.id);
                    table.ForeignKey(
                        name: "fk_record_claims_learners_learner_id",
                        column: x => x.learner_id,
                        principalTable: "learners",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_record_claims_learner_id_status",
                table: "record_claims",
                columns: new[] { "learner_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_record_claims_status_created_at",
                table: "record_claims",
                columns: new[] { "status", "created_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "record_claims");
        }
    }
}
