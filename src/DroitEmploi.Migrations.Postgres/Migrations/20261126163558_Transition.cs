using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace DroitEmploi.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Transition : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Ctes",
                columns: table => new
                {
                    OrganisationId = table.Column<int>(type: "integer", nullable: false),
                    LocalCurrency = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    RsaConvention = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "text", nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Ctes", x => x.OrganisationId);
                    table.ForeignKey(
                        name: "FK_Ctes_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CteMembers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CteId = table.Column<int>(type: "integer", nullable: false),
                    Category = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "character varying(160)", maxLength: 160, nullable: true),
                    PersonId = table.Column<int>(type: "integer", nullable: true),
                    JoinedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    LeftOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Shares = table.Column<int>(type: "integer", nullable: false),
                    AccountId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "text", nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CteMembers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CteMembers_AspNetUsers_AccountId",
                        column: x => x.AccountId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_CteMembers_Ctes_CteId",
                        column: x => x.CteId,
                        principalTable: "Ctes",
                        principalColumn: "OrganisationId",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CteMembers_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "PoolResources",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CteId = table.Column<int>(type: "integer", nullable: false),
                    On = table.Column<DateOnly>(type: "date", nullable: false),
                    Kind = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    Source = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Amount = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PoolResources", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PoolResources_Ctes_CteId",
                        column: x => x.CteId,
                        principalTable: "Ctes",
                        principalColumn: "OrganisationId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RteGrids",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CteId = table.Column<int>(type: "integer", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    ValidFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    InvestmentCeiling = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    TrainingCeiling = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    PoolContributionRate = table.Column<decimal>(type: "numeric(6,4)", precision: 6, scale: 4, nullable: false),
                    RsaHoursCap = table.Column<int>(type: "integer", nullable: true),
                    Source = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "text", nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "text", nullable: true),
                    Criteria = table.Column<string>(type: "jsonb", nullable: true),
                    Rows = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RteGrids", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RteGrids_Ctes_CteId",
                        column: x => x.CteId,
                        principalTable: "Ctes",
                        principalColumn: "OrganisationId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CteActivities",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CteId = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    HolderId = table.Column<int>(type: "integer", nullable: true),
                    StartedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    SpunOffOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Siren = table.Column<string>(type: "character varying(9)", maxLength: 9, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "text", nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "text", nullable: true),
                    FollowUps = table.Column<string>(type: "jsonb", nullable: true),
                    Results = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CteActivities", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CteActivities_CteMembers_HolderId",
                        column: x => x.HolderId,
                        principalTable: "CteMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_CteActivities_Ctes_CteId",
                        column: x => x.CteId,
                        principalTable: "Ctes",
                        principalColumn: "OrganisationId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RteGrants",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CteId = table.Column<int>(type: "integer", nullable: false),
                    MemberId = table.Column<int>(type: "integer", nullable: false),
                    ActivityId = table.Column<int>(type: "integer", nullable: true),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    GridId = table.Column<int>(type: "integer", nullable: false),
                    GridNumber = table.Column<int>(type: "integer", nullable: false),
                    Household = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    OtherMonthlyIncome = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    Criteria = table.Column<List<string>>(type: "text[]", nullable: false),
                    MonthlyAmount = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    Total = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Months = table.Column<int>(type: "integer", nullable: false),
                    LocalCurrencyShare = table.Column<decimal>(type: "numeric(5,4)", precision: 5, scale: 4, nullable: false),
                    RsaHoursPerYear = table.Column<int>(type: "integer", nullable: true),
                    DecidedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Decision = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    EndedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    EndReason = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "text", nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RteGrants", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RteGrants_CteActivities_ActivityId",
                        column: x => x.ActivityId,
                        principalTable: "CteActivities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_RteGrants_CteMembers_MemberId",
                        column: x => x.MemberId,
                        principalTable: "CteMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RteGrants_Ctes_CteId",
                        column: x => x.CteId,
                        principalTable: "Ctes",
                        principalColumn: "OrganisationId",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_RteGrants_RteGrids_GridId",
                        column: x => x.GridId,
                        principalTable: "RteGrids",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RtePayments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CteId = table.Column<int>(type: "integer", nullable: false),
                    GrantId = table.Column<int>(type: "integer", nullable: false),
                    Month = table.Column<DateOnly>(type: "date", nullable: false),
                    Currency = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Amount = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RtePayments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RtePayments_Ctes_CteId",
                        column: x => x.CteId,
                        principalTable: "Ctes",
                        principalColumn: "OrganisationId",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_RtePayments_RteGrants_GrantId",
                        column: x => x.GrantId,
                        principalTable: "RteGrants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CteActivities_CteId",
                table: "CteActivities",
                column: "CteId");

            migrationBuilder.CreateIndex(
                name: "IX_CteActivities_HolderId",
                table: "CteActivities",
                column: "HolderId");

            migrationBuilder.CreateIndex(
                name: "IX_CteMembers_AccountId",
                table: "CteMembers",
                column: "AccountId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CteMembers_CteId_PersonId",
                table: "CteMembers",
                columns: new[] { "CteId", "PersonId" });

            migrationBuilder.CreateIndex(
                name: "IX_CteMembers_PersonId",
                table: "CteMembers",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_PoolResources_CteId_On",
                table: "PoolResources",
                columns: new[] { "CteId", "On" });

            migrationBuilder.CreateIndex(
                name: "IX_RteGrants_ActivityId",
                table: "RteGrants",
                column: "ActivityId");

            migrationBuilder.CreateIndex(
                name: "IX_RteGrants_CteId_StartsOn",
                table: "RteGrants",
                columns: new[] { "CteId", "StartsOn" });

            migrationBuilder.CreateIndex(
                name: "IX_RteGrants_GridId",
                table: "RteGrants",
                column: "GridId");

            migrationBuilder.CreateIndex(
                name: "IX_RteGrants_MemberId",
                table: "RteGrants",
                column: "MemberId");

            migrationBuilder.CreateIndex(
                name: "IX_RteGrids_CteId_Number",
                table: "RteGrids",
                columns: new[] { "CteId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RtePayments_CteId_Month",
                table: "RtePayments",
                columns: new[] { "CteId", "Month" });

            migrationBuilder.CreateIndex(
                name: "IX_RtePayments_GrantId_Month_Currency",
                table: "RtePayments",
                columns: new[] { "GrantId", "Month", "Currency" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PoolResources");

            migrationBuilder.DropTable(
                name: "RtePayments");

            migrationBuilder.DropTable(
                name: "RteGrants");

            migrationBuilder.DropTable(
                name: "CteActivities");

            migrationBuilder.DropTable(
                name: "RteGrids");

            migrationBuilder.DropTable(
                name: "CteMembers");

            migrationBuilder.DropTable(
                name: "Ctes");
        }
    }
}
