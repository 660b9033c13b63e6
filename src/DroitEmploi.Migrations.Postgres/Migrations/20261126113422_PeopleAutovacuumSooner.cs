using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DroitEmploi.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class PeopleAutovacuumSooner : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The registry's figures read the people's index alone only where the visibility map is up to date:
            // vacuum the table after 2 % of its rows changed (an import, a wave of decisions) rather than 20 %.
            migrationBuilder.Sql("ALTER TABLE \"People\" SET (autovacuum_vacuum_scale_factor = 0.02, autovacuum_vacuum_insert_scale_factor = 0.02, autovacuum_analyze_scale_factor = 0.02);");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("ALTER TABLE \"People\" RESET (autovacuum_vacuum_scale_factor, autovacuum_vacuum_insert_scale_factor, autovacuum_analyze_scale_factor);");
        }
    }
}
