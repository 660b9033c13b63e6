using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DroitEmploi.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class FiguresFromTheIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_People_TerritoryId_State_CandidacyDate_Id",
                table: "People");

            migrationBuilder.CreateIndex(
                name: "IX_People_TerritoryId_State_CandidacyDate_Id",
                table: "People",
                columns: new[] { "TerritoryId", "State", "CandidacyDate", "Id" },
                filter: "\"ImportJobId\" IS NULL")
                .Annotation("Npgsql:IndexInclude", new[] { "BirthDate", "Sex", "Version", "AnonymisedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_People_TerritoryId_State_CandidacyDate_Id",
                table: "People");

            migrationBuilder.CreateIndex(
                name: "IX_People_TerritoryId_State_CandidacyDate_Id",
                table: "People",
                columns: new[] { "TerritoryId", "State", "CandidacyDate", "Id" },
                filter: "\"ImportJobId\" IS NULL");
        }
    }
}
