using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Semillero.Data.Migrations.Postgres
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
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    actor_key = table.Column<string>(type: "character varying(2048)", maxLength: 2048, nullable: false),
                    learner_id = table.Column<Guid>(type: "uuid", nullable: false),
                    claimed_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    claimed_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    status = table.Column<int>(type: "integer", nullable: false),
                    review = table.Column<int>(type: "integer", nullable: false),
                    decided_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    decided_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
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
