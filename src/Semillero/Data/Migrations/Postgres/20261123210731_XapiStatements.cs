using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Semillero.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class XapiStatements : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "xapi_statements",
                columns: table => new
                {
                    sequence = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    stored_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    timestamp = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    verb_id = table.Column<string>(type: "character varying(2048)", maxLength: 2048, nullable: false),
                    actor_key = table.Column<string>(type: "character varying(2048)", maxLength: 2048, nullable: false),
                    activity_id = table.Column<string>(type: "character varying(2048)", maxLength: 2048, nullable: true),
                    registration = table.Column<Guid>(type: "uuid", nullable: true),
                    voids_statement_id = table.Column<Guid>(type: "uuid", nullable: true),
                    voided = table.Column<bool>(type: "boolean", nullable: false),
                    partner = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    learner_id = table.Column<Guid>(type: "uuid", nullable: true),
                    content_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    json = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_xapi_statements", x => x.sequence);
                });

            migrationBuilder.CreateIndex(
                name: "ix_xapi_statements_activity_id_sequence",
                table: "xapi_statements",
                columns: new[] { "activity_id", "sequence" });

            migrationBuilder.CreateIndex(
                name: "ix_xapi_statements_actor_key_sequence",
                table: "xapi_statements",
                columns: new[] { "actor_key", "sequence" });

            migrationBuilder.CreateIndex(
                name: "ix_xapi_statements_id",
                table: "xapi_statements",
                column: "id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_xapi_statements_learner_id_sequence",
                table: "xapi_statements",
                columns: new[] { "learner_id", "sequence" });

            migrationBuilder.CreateIndex(
                name: "ix_xapi_statements_partner_sequence",
                table: "xapi_statements",
                columns: new[] { "partner", "sequence" });

            migrationBuilder.CreateIndex(
                name: "ix_xapi_statements_registration",
                table: "xapi_statements",
                column: "registration");

            migrationBuilder.CreateIndex(
                name: "ix_xapi_statements_verb_id_sequence",
                table: "xapi_statements",
                columns: new[] { "verb_id", "sequence" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "xapi_statements");
        }
    }
}
