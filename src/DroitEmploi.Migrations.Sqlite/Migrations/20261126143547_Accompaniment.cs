using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DroitEmploi.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Accompaniment : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "ContributorId",
                table: "Cooperants",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Contributors",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    KpaId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    CooperantId = table.Column<int>(type: "INTEGER", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Contributors", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Contributors_Cooperants_CooperantId",
                        column: x => x.CooperantId,
                        principalTable: "Cooperants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_Contributors_Kpas_KpaId",
                        column: x => x.KpaId,
                        principalTable: "Kpas",
                        principalColumn: "OrganisationId",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AccompanimentNotes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CooperantId = table.Column<int>(type: "INTEGER", nullable: false),
                    ContributorId = table.Column<int>(type: "INTEGER", nullable: true),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Theme = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AccompanimentNotes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AccompanimentNotes_Contributors_ContributorId",
                        column: x => x.ContributorId,
                        principalTable: "Contributors",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_AccompanimentNotes_Cooperants_CooperantId",
                        column: x => x.CooperantId,
                        principalTable: "Cooperants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Cooperants_ContributorId",
                table: "Cooperants",
                column: "ContributorId");

            migrationBuilder.CreateIndex(
                name: "IX_AccompanimentNotes_ContributorId",
                table: "AccompanimentNotes",
                column: "ContributorId");

            migrationBuilder.CreateIndex(
                name: "IX_AccompanimentNotes_CooperantId_On",
                table: "AccompanimentNotes",
                columns: new[] { "CooperantId", "On" });

            migrationBuilder.CreateIndex(
                name: "IX_Contributors_CooperantId",
                table: "Contributors",
                column: "CooperantId");

            migrationBuilder.CreateIndex(
                name: "IX_Contributors_KpaId",
                table: "Contributors",
                column: "KpaId");

            migrationBuilder.AddForeignKey(
                name: "FK_Cooperants_Contributors_ContributorId",
                table: "Cooperants",
                column: "ContributorId",
                principalTable: "Contributors",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Cooperants_Contributors_ContributorId",
                table: "Cooperants");

            migrationBuilder.DropTable(
                name: "AccompanimentNotes");

            migrationBuilder.DropTable(
                name: "Contributors");

            migrationBuilder.DropIndex(
                name: "IX_Cooperants_ContributorId",
                table: "Cooperants");

            migrationBuilder.DropColumn(
                name: "ContributorId",
                table: "Cooperants");
        }
    }
}
