using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DroitEmploi.Migrations.Postgres.Migrations
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
                type: "bytea",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LogoContentType",
                table: "Issuers",
                type: "character varying(20)",
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
