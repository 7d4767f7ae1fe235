using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Semillero.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class XapiActorClaims : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "xapi_actor_claims",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    actor_key = table.Column<string>(type: "TEXT", maxLength: 2048, nullable: false),
                    learner_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    claimed_by = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    claimed_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    status = table.Column<int>(type: "INTEGER", nullable: false),
                    review = table.Column<int>(type: "INTEGER", nullable: false),
                    decided_by = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    decided_at = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_xapi_actor_claims", x => x.id);
                    table.ForeignKey(
                        name: "fk_xapi_actor_claims_learners_learner_id",
                        column: x => x.learner_id,
                        principalTable: "learners",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_xapi_actor_claims_actor_key_status",
                table: "xapi_actor_claims",
                columns: new[] { "actor_key", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_xapi_actor_claims_learner_id_claimed_at",
                table: "xapi_actor_claims",
                columns: new[] { "learner_id", "claimed_at" });

            migrationBuilder.CreateIndex(
                name: "ix_xapi_actor_claims_status_claimed_at",
                table: "xapi_actor_claims",
                columns: new[] { "status", "claimed_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "xapi_actor_claims");
        }
    }
}
