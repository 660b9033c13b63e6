using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DroitEmploi.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class PlanningJobHeartbeat : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Attempts",
                table: "Schedules",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateTime>(
                name: "HeartbeatAt",
                table: "Schedules",
                type: "timestamp with time zone",
                nullable: true);

            // Databases where requests raced hold several active jobs for one week: keep the oldest.
            migrationBuilder.Sql("""
                UPDATE "Schedules" SET "Status" = 'Cancelled', "Message" = 'Calcul en double, annulé.'
                WHERE "Status" IN ('Queued', 'Running') AND "Id" NOT IN (
                    SELECT MIN("Id") FROM "Schedules" WHERE "Status" IN ('Queued', 'Running') GROUP BY "OrganisationId", "WeekStart")
                """);

            migrationBuilder.CreateIndex(
                name: "IX_Schedules_OneActivePerWeek",
                table: "Schedules",
                columns: new[] { "OrganisationId", "WeekStart" },
                unique: true,
                filter: "\"Status\" IN ('Queued', 'Running')");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Schedules_OneActivePerWeek",
                table: "Schedules");

            migrationBuilder.DropColumn(
                name: "Attempts",
                table: "Schedules");

            migrationBuilder.DropColumn(
                name: "HeartbeatAt",
                table: "Schedules");
        }
    }
}
