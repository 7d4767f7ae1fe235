using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Semillero.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class XapiResources : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "member_agents",
                table: "xapi_statements",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "object_agent_key",
                table: "xapi_statements",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "related_activities",
                table: "xapi_statements",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "related_agents",
                table: "xapi_statements",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "email_sha1",
                table: "learners",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "xapi_actor_links",
                columns: table => new
                {
                    actor_key = table.Column<string>(type: "TEXT", maxLength: 2048, nullable: false),
                    learner_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    source = table.Column<int>(type: "INTEGER", nullable: false),
                    linked_by = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    linked_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_xapi_actor_links", x => x.actor_key);
                    table.ForeignKey(
                        name: "fk_xapi_actor_links_learners_learner_id",
                        column: x => x.learner_id,
                        principalTable: "learners",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "xapi_attachments",
                columns: table => new
                {
                    sha2 = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    content_type = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    content = table.Column<byte[]>(type: "BLOB", nullable: false),
                    stored_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_xapi_attachments", x => x.sha2);
                });

            migrationBuilder.CreateTable(
                name: "xapi_documents",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    partner = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    kind = table.Column<int>(type: "INTEGER", nullable: false),
                    activity_id = table.Column<string>(type: "TEXT", maxLength: 2048, nullable: false),
                    agent_key = table.Column<string>(type: "TEXT", maxLength: 2048, nullable: false),
                    registration = table.Column<string>(type: "TEXT", maxLength: 36, nullable: false),
                    scope = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    document_id = table.Column<string>(type: "TEXT", maxLength: 1024, nullable: false),
                    content_type = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    content = table.Column<byte[]>(type: "BLOB", nullable: false),
                    e_tag = table.Column<string>(type: "TEXT", maxLength: 66, nullable: false),
                    updated = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_xapi_documents", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "xapi_rejections",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    partner = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    status = table.Column<int>(type: "INTEGER", nullable: false),
                    statement_count = table.Column<int>(type: "INTEGER", nullable: false),
                    reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_xapi_rejections", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_xapi_statements_object_agent_key_sequence",
                table: "xapi_statements",
                columns: new[] { "object_agent_key", "sequence" });

            migrationBuilder.CreateIndex(
                name: "ix_xapi_statements_partner_stored_at",
                table: "xapi_statements",
                columns: new[] { "partner", "stored_at" });

            migrationBuilder.CreateIndex(
                name: "ix_learners_email",
                table: "learners",
                column: "email");

            migrationBuilder.CreateIndex(
                name: "ix_learners_email_sha1",
                table: "learners",
                column: "email_sha1");

            migrationBuilder.CreateIndex(
                name: "ix_xapi_actor_links_learner_id",
                table: "xapi_actor_links",
                column: "learner_id");

            migrationBuilder.CreateIndex(
                name: "ix_xapi_documents_partner_scope_document_id",
                table: "xapi_documents",
                columns: new[] { "partner", "scope", "document_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_xapi_rejections_at",
                table: "xapi_rejections",
                column: "at");

            migrationBuilder.CreateIndex(
                name: "ix_xapi_rejections_partner_at",
                table: "xapi_rejections",
                columns: new[] { "partner", "at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "xapi_actor_links");

            migrationBuilder.DropTable(
                name: "xapi_attachments");

            migrationBuilder.DropTable(
                name: "xapi_documents");

            migrationBuilder.DropTable(
                name: "xapi_rejections");

            migrationBuilder.DropIndex(
                name: "ix_xapi_statements_object_agent_key_sequence",
                table: "xapi_statements");

            migrationBuilder.DropIndex(
                name: "ix_xapi_statements_partner_stored_at",
                table: "xapi_statements");

            migrationBuilder.DropIndex(
                name: "ix_learners_email",
                table: "learners");

            migrationBuilder.DropIndex(
                name: "ix_learners_email_sha1",
                table: "learners");

            migrationBuilder.DropColumn(
                name: "member_agents",
                table: "xapi_statements");

            migrationBuilder.DropColumn(
                name: "object_agent_key",
                table: "xapi_statements");

            migrationBuilder.DropColumn(
                name: "related_activities",
                table: "xapi_statements");

            migrationBuilder.DropColumn(
                name: "related_agents",
                table: "xapi_statements");

            migrationBuilder.DropColumn(
                name: "email_sha1",
                table: "learners");
        }
    }
}
