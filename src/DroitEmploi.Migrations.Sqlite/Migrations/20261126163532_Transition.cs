using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DroitEmploi.Migrations.Sqlite.Migrations
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
                    OrganisationId = table.Column<int>(type: "INTEGER", nullable: false),
                    LocalCurrency = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    RsaConvention = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", nullable: true)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CteId = table.Column<int>(type: "INTEGER", nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 160, nullable: true),
                    PersonId = table.Column<int>(type: "INTEGER", nullable: true),
                    JoinedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    LeftOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Shares = table.Column<int>(type: "INTEGER", nullable: false),
                    AccountId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", nullable: true)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CteId = table.Column<int>(type: "INTEGER", nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CteId = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    ValidFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    InvestmentCeiling = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    TrainingCeiling = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    PoolContributionRate = table.Column<decimal>(type: "TEXT", precision: 6, scale: 4, nullable: false),
                    RsaHoursCap = table.Column<int>(type: "INTEGER", nullable: true),
                    Source = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", nullable: true),
                    Criteria = table.Column<string>(type: "TEXT", nullable: true),
                    Rows = table.Column<string>(type: "TEXT", nullable: true)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CteId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    HolderId = table.Column<int>(type: "INTEGER", nullable: true),
                    StartedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    SpunOffOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Siren = table.Column<string>(type: "TEXT", maxLength: 9, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", nullable: true),
                    FollowUps = table.Column<string>(type: "TEXT", nullable: true),
                    Results = table.Column<string>(type: "TEXT", nullable: true)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CteId = table.Column<int>(type: "INTEGER", nullable: false),
                    MemberId = table.Column<int>(type: "INTEGER", nullable: false),
                    ActivityId = table.Column<int>(type: "INTEGER", nullable: true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    GridId = table.Column<int>(type: "INTEGER", nullable: false),
                    GridNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    Household = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    OtherMonthlyIncome = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    Criteria = table.Column<string>(type: "TEXT", nullable: false),
                    MonthlyAmount = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    Total = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Months = table.Column<int>(type: "INTEGER", nullable: false),
                    LocalCurrencyShare = table.Column<decimal>(type: "TEXT", precision: 5, scale: 4, nullable: false),
                    RsaHoursPerYear = table.Column<int>(type: "INTEGER", nullable: true),
                    DecidedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Decision = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    EndedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EndReason = table.Column<string>(type: "TEXT", maxLength: 24, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", nullable: true)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CteId = table.Column<int>(type: "INTEGER", nullable: false),
                    GrantId = table.Column<int>(type: "INTEGER", nullable: false),
                    Month = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Currency = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
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
