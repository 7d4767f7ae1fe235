using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Semillero.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class StartupCredits : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "credit_accounts",
                columns: table => new
                {
                    company_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    granted_cents = table.Column<long>(type: "INTEGER", nullable: false),
                    last_award_cents = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_credit_accounts", x => x.company_id);
                    table.CheckConstraint("ck_credit_accounts_nonnegative", "granted_cents >= 0");
                    table.ForeignKey(
                        name: "fk_credit_accounts_companies_company_id",
                        column: x => x.company_id,
                        principalTable: "companies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "credit_code_batches",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    imported_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    imported_by = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    codes = table.Column<int>(type: "INTEGER", nullable: false),
                    total_cents = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_credit_code_batches", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "credit_pools",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    starts_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ends_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    amount_cents = table.Column<long>(type: "INTEGER", nullable: false),
                    awarded_cents = table.Column<long>(type: "INTEGER", nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    created_by = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_credit_pools", x => x.id);
                    table.CheckConstraint("ck_credit_pools_within_amount", "awarded_cents >= 0 AND awarded_cents <= amount_cents");
                });

            migrationBuilder.CreateTable(
                name: "credit_program_versions",
                columns: table => new
                {
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    json = table.Column<string>(type: "TEXT", maxLength: 100000, nullable: false),
                    published_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    published_by = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_credit_program_versions", x => x.version);
                });

            migrationBuilder.CreateTable(
                name: "credit_reviewers",
                columns: table => new
                {
                    user_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    active = table.Column<bool>(type: "INTEGER", nullable: false),
                    added_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    added_by = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_credit_reviewers", x => x.user_id);
                    table.ForeignKey(
                        name: "fk_credit_reviewers_asp_net_users_user_id",
                        column: x => x.user_id,
                        principalTable: "AspNetUsers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "startup_profiles",
                columns: table => new
                {
                    company_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    founded_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    stage = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    funding = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    pitch = table.Column<string>(type: "TEXT", maxLength: 1500, nullable: false),
                    visible_to_investors = table.Column<bool>(type: "INTEGER", nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    updated_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    updated_by = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_startup_profiles", x => x.company_id);
                    table.ForeignKey(
                        name: "fk_startup_profiles_companies_company_id",
                        column: x => x.company_id,
                        principalTable: "companies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "vouching_codes",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    organization_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    code_hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    hint = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    note = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    created_by = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    terms_version = table.Column<int>(type: "INTEGER", nullable: false),
                    expires_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    revoked_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    revoked_by = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    used_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    used_by_company_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    used_by_application_id = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_vouching_codes", x => x.id);
                    table.ForeignKey(
                        name: "fk_vouching_codes_organizations_organization_id",
                        column: x => x.organization_id,
                        principalTable: "organizations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "credit_conflicts",
                columns: table => new
                {
                    reviewer_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    company_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    declared_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    declared_by = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_credit_conflicts", x => new { x.reviewer_id, x.company_id });
                    table.ForeignKey(
                        name: "fk_credit_conflicts_companies_company_id",
                        column: x => x.company_id,
                        principalTable: "companies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_credit_conflicts_credit_reviewers_reviewer_id",
                        column: x => x.reviewer_id,
                        principalTable: "credit_reviewers",
                        principalColumn: "user_id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "startup_founders",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    company_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    curp = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    learner_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    added_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_startup_founders", x => x.id);
                    table.ForeignKey(
                        name: "fk_startup_founders_learners_learner_id",
                        column: x => x.learner_id,
                        principalTable: "learners",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_startup_founders_startup_profiles_company_id",
                        column: x => x.company_id,
                        principalTable: "startup_profiles",
                        principalColumn: "company_id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "credit_applications",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    company_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    open_company_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    program_version = table.Column<int>(type: "INTEGER", nullable: false),
                    tier_key = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    requested_cents = table.Column<long>(type: "INTEGER", nullable: false),
                    use_plan = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    vouching_code_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    vouching_organization_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    eligibility_json = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    submitted_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    submitted_by = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    status_changed_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    withdrawn_at = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_credit_applications", x => x.id);
                    table.CheckConstraint("ck_credit_applications_requested", "requested_cents > 0");
                    table.ForeignKey(
                        name: "fk_credit_applications_companies_company_id",
                        column: x => x.company_id,
                        principalTable: "companies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_credit_applications_organizations_vouching_organization_id",
                        column: x => x.vouching_organization_id,
                        principalTable: "organizations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_credit_applications_vouching_codes_vouching_code_id",
                        column: x => x.vouching_code_id,
                        principalTable: "vouching_codes",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "credit_decisions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    application_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    outcome = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    amount_cents = table.Column<long>(type: "INTEGER", nullable: true),
                    reasons = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    decided_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    decided_by = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_credit_decisions", x => x.id);
                    table.ForeignKey(
                        name: "fk_credit_decisions_credit_applications_application_id",
                        column: x => x.application_id,
                        principalTable: "credit_applications",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "credit_reviews",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    application_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    reviewer_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    round = table.Column<int>(type: "INTEGER", nullable: false),
                    assigned_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    assigned_by = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    submitted_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    scores_json = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    total = table.Column<int>(type: "INTEGER", nullable: true),
                    comment = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_credit_reviews", x => x.id);
                    table.ForeignKey(
                        name: "fk_credit_reviews_credit_applications_application_id",
                        column: x => x.application_id,
                        principalTable: "credit_applications",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_credit_reviews_credit_reviewers_reviewer_id",
                        column: x => x.reviewer_id,
                        principalTable: "credit_reviewers",
                        principalColumn: "user_id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "credit_awards",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    application_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    decision_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    company_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    pool_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    tier_key = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    total_cents = table.Column<long>(type: "INTEGER", nullable: false),
                    granted_cents = table.Column<long>(type: "INTEGER", nullable: false),
                    awarded_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    state_code = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    sector_code = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    stage = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    expires_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    delivered_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    redeemed_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    reminder60sent_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    reminder30sent_at = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_credit_awards", x => x.id);
                    table.CheckConstraint("ck_credit_awards_granted", "granted_cents > 0 AND granted_cents <= total_cents");
                    table.ForeignKey(
                        name: "fk_credit_awards_companies_company_id",
                        column: x => x.company_id,
                        principalTable: "companies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_credit_awards_credit_applications_application_id",
                        column: x => x.application_id,
                        principalTable: "credit_applications",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_credit_awards_credit_decisions_decision_id",
                        column: x => x.decision_id,
                        principalTable: "credit_decisions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_credit_awards_credit_pools_pool_id",
                        column: x => x.pool_id,
                        principalTable: "credit_pools",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "credit_codes",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    batch_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    encrypted = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    code_hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    value_cents = table.Column<long>(type: "INTEGER", nullable: false),
                    provider_expires_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    award_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    delivered_at = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_credit_codes", x => x.id);
                    table.CheckConstraint("ck_credit_codes_value", "value_cents > 0");
                    table.ForeignKey(
                        name: "fk_credit_codes_credit_awards_award_id",
                        column: x => x.award_id,
                        principalTable: "credit_awards",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_credit_codes_credit_code_batches_batch_id",
                        column: x => x.batch_id,
                        principalTable: "credit_code_batches",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_credit_applications_company_id_submitted_at",
                table: "credit_applications",
                columns: new[] { "company_id", "submitted_at" });

            migrationBuilder.CreateIndex(
                name: "ix_credit_applications_open_company_id",
                table: "credit_applications",
                column: "open_company_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_credit_applications_status_submitted_at",
                table: "credit_applications",
                columns: new[] { "status", "submitted_at" });

            migrationBuilder.CreateIndex(
                name: "ix_credit_applications_vouching_code_id",
                table: "credit_applications",
                column: "vouching_code_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_credit_applications_vouching_organization_id",
                table: "credit_applications",
                column: "vouching_organization_id");

            migrationBuilder.CreateIndex(
                name: "ix_credit_awards_application_id",
                table: "credit_awards",
                column: "application_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_credit_awards_company_id_awarded_at",
                table: "credit_awards",
                columns: new[] { "company_id", "awarded_at" });

            migrationBuilder.CreateIndex(
                name: "ix_credit_awards_decision_id",
                table: "credit_awards",
                column: "decision_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_credit_awards_expires_on",
                table: "credit_awards",
                column: "expires_on");

            migrationBuilder.CreateIndex(
                name: "ix_credit_awards_pool_id_awarded_at",
                table: "credit_awards",
                columns: new[] { "pool_id", "awarded_at" });

            migrationBuilder.CreateIndex(
                name: "ix_credit_codes_award_id_value_cents",
                table: "credit_codes",
                columns: new[] { "award_id", "value_cents" });

            migrationBuilder.CreateIndex(
                name: "ix_credit_codes_batch_id",
                table: "credit_codes",
                column: "batch_id");

            migrationBuilder.CreateIndex(
                name: "ix_credit_codes_code_hash",
                table: "credit_codes",
                column: "code_hash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_credit_conflicts_company_id",
                table: "credit_conflicts",
                column: "company_id");

            migrationBuilder.CreateIndex(
                name: "ix_credit_decisions_application_id_decided_at",
                table: "credit_decisions",
                columns: new[] { "application_id", "decided_at" });

            migrationBuilder.CreateIndex(
                name: "ix_credit_pools_name",
                table: "credit_pools",
                column: "name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_credit_pools_starts_on_ends_on",
                table: "credit_pools",
                columns: new[] { "starts_on", "ends_on" });

            migrationBuilder.CreateIndex(
                name: "ix_credit_reviews_application_id_reviewer_id",
                table: "credit_reviews",
                columns: new[] { "application_id", "reviewer_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_credit_reviews_reviewer_id_submitted_at",
                table: "credit_reviews",
                columns: new[] { "reviewer_id", "submitted_at" });

            migrationBuilder.CreateIndex(
                name: "ix_startup_founders_company_id_curp",
                table: "startup_founders",
                columns: new[] { "company_id", "curp" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_startup_founders_curp",
                table: "startup_founders",
                column: "curp");

            migrationBuilder.CreateIndex(
                name: "ix_startup_founders_learner_id",
                table: "startup_founders",
                column: "learner_id");

            migrationBuilder.CreateIndex(
                name: "ix_startup_profiles_visible_to_investors_stage",
                table: "startup_profiles",
                columns: new[] { "visible_to_investors", "stage" });

            migrationBuilder.CreateIndex(
                name: "ix_vouching_codes_code_hash",
                table: "vouching_codes",
                column: "code_hash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_vouching_codes_organization_id_created_at",
                table: "vouching_codes",
                columns: new[] { "organization_id", "created_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "credit_accounts");

            migrationBuilder.DropTable(
                name: "credit_codes");

            migrationBuilder.DropTable(
                name: "credit_conflicts");

            migrationBuilder.DropTable(
                name: "credit_program_versions");

            migrationBuilder.DropTable(
                name: "credit_reviews");

            migrationBuilder.DropTable(
                name: "startup_founders");

            migrationBuilder.DropTable(
                name: "credit_awards");

            migrationBuilder.DropTable(
                name: "credit_code_batches");

            migrationBuilder.DropTable(
                name: "credit_reviewers");

            migrationBuilder.DropTable(
                name: "startup_profiles");

            migrationBuilder.DropTable(
                name: "credit_decisions");

            migrationBuilder.DropTable(
                name: "credit_pools");

            migrationBuilder.DropTable(
                name: "credit_applications");

            migrationBuilder.DropTable(
                name: "vouching_codes");
        }
    }
}
