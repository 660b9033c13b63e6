using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DroitEmploi.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class IssuerLogo : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<byte[]>(
                name: "Logo",
                table: "Issuers",
                type: "BLOB",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LogoContentType",
                table: "Issuers",
                type: "TEXT",
                maxLength: 20,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Logo",
                table: "Issuers");

            migrationBuilder.DropColumn(
                name: "LogoContentType",
                table: "Issuers");
        }
    }
}
