using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DroitEmploi.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class ParameterCorrections : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_DatedParameters_Key_ValidFrom",
                table: "DatedParameters");

            migrationBuilder.AddColumn<int>(
                name: "CorrectsId",
                table: "DatedParameters",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Reason",
                table: "DatedParameters",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "WithdrawalReason",
                table: "DatedParameters",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "WithdrawnAt",
                table: "DatedParameters",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "WithdrawnBy",
                table: "DatedParameters",
                type: "character varying(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_DatedParameters_Key_ValidFrom",
                table: "DatedParameters",
                columns: new[] { "Key", "ValidFrom" },
                unique: true,
                filter: "\"WithdrawnAt\" IS NULL");

            // Sources read by people carry no internal notes (issue #14): the seeded texts, as now written in the catalogue.
            migrationBuilder.Sql("UPDATE \"DatedParameters\" SET \"Source\" = 'Décret n° 2023-1216 du 20 décembre 2023' WHERE \"Source\" = 'Décret n° 2023-1216 du 20 décembre 2023 (DOMAIN.md)';");
            migrationBuilder.Sql("UPDATE \"DatedParameters\" SET \"Source\" = 'Décret n° 2024-951 du 23 octobre 2024' WHERE \"Source\" = 'Décret n° 2024-951 du 23 octobre 2024 (DOMAIN.md)';");
            migrationBuilder.Sql("UPDATE \"DatedParameters\" SET \"Source\" = 'Revalorisation au 1er janvier 2026' WHERE \"Source\" = 'Revalorisation au 1er janvier 2026 (DOMAIN.md)';");
            migrationBuilder.Sql("UPDATE \"DatedParameters\" SET \"Source\" = 'Arrêtés annuels du fonds ETCLD : 101 % en 2017 et 2018' WHERE \"Source\" = 'Arrêtés annuels du fonds ETCLD (DOMAIN.md : 101 % en 2017–2018)';");
            migrationBuilder.Sql("UPDATE \"DatedParameters\" SET \"Source\" = 'Arrêté de 2019 : 95 %' WHERE \"Source\" = 'Arrêté 2019 (DOMAIN.md : 95 % en 2019 ; reconduit jusqu''en juin 2021, à vérifier)';");
            migrationBuilder.Sql("UPDATE \"DatedParameters\" SET \"Source\" = 'Arrêtés de juillet 2021 à septembre 2023 : 102 %' WHERE \"Source\" = 'Arrêtés de juillet 2021 à septembre 2023 (DOMAIN.md : 102 %)';");
            migrationBuilder.Sql("UPDATE \"DatedParameters\" SET \"Source\" = 'Arrêté d''octobre 2023 : 95 %' WHERE \"Source\" = 'Arrêté d''octobre 2023 (DOMAIN.md : 95 % d''octobre 2023 à 2025)';");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_DatedParameters_Key_ValidFrom",
                table: "DatedParameters");

            migrationBuilder.DropColumn(
                name: "CorrectsId",
                table: "DatedParameters");

            migrationBuilder.DropColumn(
                name: "Reason",
                table: "DatedParameters");

            migrationBuilder.DropColumn(
                name: "WithdrawalReason",
                table: "DatedParameters");

            migrationBuilder.DropColumn(
                name: "WithdrawnAt",
                table: "DatedParameters");

            migrationBuilder.DropColumn(
                name: "WithdrawnBy",
                table: "DatedParameters");

            migrationBuilder.CreateIndex(
                name: "IX_DatedParameters_Key_ValidFrom",
                table: "DatedParameters",
                columns: new[] { "Key", "ValidFrom" },
                unique: true);
        }
    }
}
