using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DroitEmploi.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class KpaMoney : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "SharingRule",
                table: "Kpas",
                type: "TEXT",
                maxLength: 12,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<bool>(
                name: "OnMinimumIncome",
                table: "Cooperants",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "ContributionSchedules",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PortageId = table.Column<int>(type: "INTEGER", nullable: false),
                    ValidFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Mode = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    MonthlyFee = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    FeeWaivedOnMinimumIncome = table.Column<bool>(type: "INTEGER", nullable: false),
                    CutOffDay = table.Column<int>(type: "INTEGER", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", nullable: true),
                    Brackets = table.Column<string>(type: "TEXT", nullable: true),
                    TrainingBrackets = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContributionSchedules", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ContributionSchedules_Organisations_PortageId",
                        column: x => x.PortageId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PayRequests",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    KpaId = table.Column<int>(type: "INTEGER", nullable: false),
                    CooperantId = table.Column<int>(type: "INTEGER", nullable: false),
                    Month = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    RequestedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    SubmittedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DecidedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    RejectionReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    AdvanceDecision = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PayRequests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PayRequests_Cooperants_CooperantId",
                        column: x => x.CooperantId,
                        principalTable: "Cooperants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PayRequests_Kpas_KpaId",
                        column: x => x.KpaId,
                        principalTable: "Kpas",
                        principalColumn: "OrganisationId",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "LedgerLines",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    KpaId = table.Column<int>(type: "INTEGER", nullable: false),
                    CooperantId = table.Column<int>(type: "INTEGER", nullable: true),
                    RealisedById = table.Column<int>(type: "INTEGER", nullable: true),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    Training = table.Column<bool>(type: "INTEGER", nullable: false),
                    Label = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SharingMonth = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PayRequestId = table.Column<int>(type: "INTEGER", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LedgerLines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LedgerLines_Cooperants_CooperantId",
                        column: x => x.CooperantId,
                        principalTable: "Cooperants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_LedgerLines_Cooperants_RealisedById",
                        column: x => x.RealisedById,
                        principalTable: "Cooperants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_LedgerLines_Kpas_KpaId",
                        column: x => x.KpaId,
                        principalTable: "Kpas",
                        principalColumn: "OrganisationId",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_LedgerLines_PayRequests_PayRequestId",
                        column: x => x.PayRequestId,
                        principalTable: "PayRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ContributionSchedules_PortageId_ValidFrom",
                table: "ContributionSchedules",
                columns: new[] { "PortageId", "ValidFrom" });

            migrationBuilder.CreateIndex(
                name: "IX_LedgerLines_CooperantId_On",
                table: "LedgerLines",
                columns: new[] { "CooperantId", "On" });

            migrationBuilder.CreateIndex(
                name: "IX_LedgerLines_KpaId_On",
                table: "LedgerLines",
                columns: new[] { "KpaId", "On" });

            migrationBuilder.CreateIndex(
                name: "IX_LedgerLines_PayRequestId",
                table: "LedgerLines",
                column: "PayRequestId");

            migrationBuilder.CreateIndex(
                name: "IX_LedgerLines_RealisedById",
                table: "LedgerLines",
                column: "RealisedById");

            migrationBuilder.CreateIndex(
                name: "IX_PayRequests_CooperantId_Status",
                table: "PayRequests",
                columns: new[] { "CooperantId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_PayRequests_KpaId_Month",
                table: "PayRequests",
                columns: new[] { "KpaId", "Month" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ContributionSchedules");

            migrationBuilder.DropTable(
                name: "LedgerLines");

            migrationBuilder.DropTable(
                name: "PayRequests");

            migrationBuilder.DropColumn(
                name: "SharingRule",
                table: "Kpas");

            migrationBuilder.DropColumn(
                name: "OnMinimumIncome",
                table: "Cooperants");
        }
    }
}
