using DroitEmploi.Core.Common;
using DroitEmploi.Core.Data;
using DroitEmploi.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DroitEmploi.IntegrationTests.Features.Platform;

[Collection(SqliteCollection.Name)]
public sealed class ModelConventionTests(SqliteApp app)
{
    [Fact]
    public async Task Every_versioned_entity_checks_its_version_when_saved()
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        var versioned = db.Model.GetEntityTypes().Where(e => typeof(IVersioned).IsAssignableFrom(e.ClrType)).ToList();

        Assert.True(versioned.Count >= 7, $"Only {versioned.Count} versioned entities were found.");
        Assert.All(versioned, entity => Assert.True(entity.FindProperty(nameof(IVersioned.Version))!.IsConcurrencyToken, $"{entity.ClrType.Name}.Version"));
    }
}
