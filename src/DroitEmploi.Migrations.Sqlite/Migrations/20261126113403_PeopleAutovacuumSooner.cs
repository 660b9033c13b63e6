using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DroitEmploi.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class PeopleAutovacuumSooner : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // PostgreSQL's autovacuum thresholds for the People table; SQLite has no autovacuum of that kind.
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {

        }
    }
}
