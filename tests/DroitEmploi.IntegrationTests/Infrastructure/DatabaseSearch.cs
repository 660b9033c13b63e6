using DroitEmploi.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DroitEmploi.IntegrationTests.Infrastructure;

/// <summary>Looks for a text in every text column of every table the model maps, on either provider.</summary>
public static class DatabaseSearch
{
    public static async Task<List<string>> PlacesHoldingAsync(AppFactory app, string text)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        var places = new List<string>();
        foreach (var entity in db.Model.GetEntityTypes().Where(e => e.GetTableName() is not null && !e.IsOwned()))
        {
            var table = entity.GetTableName()!;
            foreach (var property in entity.GetProperties().Where(p => (p.GetProviderClrType() ?? p.ClrType) == typeof(string)))
            {
                // Table and column names come from the model, never from input; the text is a parameter.
                var sql = "SELECT COUNT(*) AS \"Value\" FROM \"" + table + "\" WHERE \"" + property.GetColumnName() + "\" LIKE {0}";
                var count = await db.Database.SqlQueryRaw<int>(sql, $"%{text}%").SingleAsync();
                if (count > 0)
                {
                    places.Add($"{table}.{property.GetColumnName()} ({count})");
                }
            }
        }
        return places;
    }
}
