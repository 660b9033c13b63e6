using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DroitEmploi.Core.Features.SharedCosts;

public sealed class SharedCostConfiguration : IEntityTypeConfiguration<SharedCost>
{
    public void Configure(EntityTypeBuilder<SharedCost> builder)
    {
        builder.Property(c => c.Name).HasMaxLength(200);
        builder.Property(c => c.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.Key).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.MonthlyCost).HasPrecision(12, 2);
        builder.Property(c => c.InvestmentAmount).HasPrecision(12, 2);
        builder.Ignore(c => c.FollowsUse);
        builder.OwnsMany(c => c.Parties, party =>
        {
            party.ToTable("SharedCostParties");
            party.WithOwner().HasForeignKey("SharedCostId");
            party.Property<int>("Id");
            party.HasKey("Id");
            party.Property(p => p.Weight).HasPrecision(12, 2);
        });
        builder.OwnsMany(c => c.Usages, usage =>
        {
            usage.ToTable("SharedCostUsages");
            usage.WithOwner().HasForeignKey("SharedCostId");
            usage.Property<int>("Id");
            usage.HasKey("Id");
            usage.Property(u => u.Quantity).HasPrecision(12, 2);
        });
        builder.HasOne<Directory.Organisation>().WithMany().HasForeignKey(c => c.OwnerOrganisationId).OnDelete(DeleteBehavior.Cascade);
    }
}
