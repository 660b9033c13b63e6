using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DroitEmploi.Core.Features.Directory;

public sealed class OrganisationTerritoryConfiguration : IEntityTypeConfiguration<OrganisationTerritory>
{
    public void Configure(EntityTypeBuilder<OrganisationTerritory> builder)
    {
        builder.HasKey(t => new { t.OrganisationId, t.TerritoryId });
        builder.Property(t => t.Role).HasConversion<string>().HasMaxLength(40);
        builder.HasOne(t => t.Organisation).WithMany(o => o.Territories).HasForeignKey(t => t.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(t => t.Territory).WithMany().HasForeignKey(t => t.TerritoryId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(t => t.TerritoryId);
    }
}
