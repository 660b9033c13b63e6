using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DroitEmploi.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class CommitteeSeatsLinkedToAccounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "AccountId",
                table: "CommitteeMembers",
                type: "text",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_CommitteeMembers_AccountId",
                table: "CommitteeMembers",
                column: "AccountId");

            migrationBuilder.AddForeignKey(
                name: "FK_CommitteeMembers_AspNetUsers_AccountId",
                table: "CommitteeMembers",
                column: "AccountId",
                principalTable: "AspNetUsers",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_CommitteeMembers_AspNetUsers_AccountId",
                table: "CommitteeMembers");

            migrationBuilder.DropIndex(
                name: "IX_CommitteeMembers_AccountId",
                table: "CommitteeMembers");

            migrationBuilder.DropColumn(
                name: "AccountId",
                table: "CommitteeMembers");
        }
    }
}
