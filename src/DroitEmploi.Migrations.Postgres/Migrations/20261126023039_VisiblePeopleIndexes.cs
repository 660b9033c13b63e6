using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DroitEmploi.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class VisiblePeopleIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_People_TerritoryId_DuplicateKey",
                table: "People");

            migrationBuilder.DropIndex(
                name: "IX_People_TerritoryId_State_CandidacyDate_Id",
                table: "People");

            migrationBuilder.CreateIndex(
                name: "IX_People_TerritoryId_DuplicateKey",
                table: "People",
                columns: new[] { "TerritoryId", "DuplicateKey" },
                filter: "\"ImportJobId\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_People_TerritoryId_State_CandidacyDate_Id",
                table: "People",
                columns: new[] { "TerritoryId", "State", "CandidacyDate", "Id" },
                filter: "\"ImportJobId\" IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_People_TerritoryId_DuplicateKey",
                table: "People");

            migrationBuilder.DropIndex(
                name: "IX_People_TerritoryId_State_CandidacyDate_Id",
                table: "People");

            migrationBuilder.CreateIndex(
                name: "IX_People_TerritoryId_DuplicateKey",
                table: "People",
                columns: new[] { "TerritoryId", "DuplicateKey" });

            migrationBuilder.CreateIndex(
                name: "IX_People_TerritoryId_State_CandidacyDate_Id",
                table: "People",
                columns: new[] { "TerritoryId", "State", "CandidacyDate", "Id" });
        }
    }
}
