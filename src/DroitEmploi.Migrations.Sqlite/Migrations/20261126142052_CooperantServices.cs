using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DroitEmploi.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class CooperantServices : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "CooperantId",
                table: "ServiceRecords",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "CooperantId",
                table: "Invoices",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_ServiceRecords_CooperantId",
                table: "ServiceRecords",
                column: "CooperantId");

            migrationBuilder.CreateIndex(
                name: "IX_Invoices_CooperantId",
                table: "Invoices",
                column: "CooperantId");

            migrationBuilder.AddForeignKey(
                name: "FK_Invoices_Cooperants_CooperantId",
                table: "Invoices",
                column: "CooperantId",
                principalTable: "Cooperants",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_ServiceRecords_Cooperants_CooperantId",
                table: "ServiceRecords",
                column: "CooperantId",
                principalTable: "Cooperants",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Invoices_Cooperants_CooperantId",
                table: "Invoices");

            migrationBuilder.DropForeignKey(
                name: "FK_ServiceRecords_Cooperants_CooperantId",
                table: "ServiceRecords");

            migrationBuilder.DropIndex(
                name: "IX_ServiceRecords_CooperantId",
                table: "ServiceRecords");

            migrationBuilder.DropIndex(
                name: "IX_Invoices_CooperantId",
                table: "Invoices");

            migrationBuilder.DropColumn(
                name: "CooperantId",
                table: "ServiceRecords");

            migrationBuilder.DropColumn(
                name: "CooperantId",
                table: "Invoices");
        }
    }
}
