using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DroitEmploi.Core.Features.Committee;

public sealed class CommitteeRulesConfiguration : IEntityTypeConfiguration<CommitteeRules>
{
    public void Configure(EntityTypeBuilder<CommitteeRules> builder)
    {
        builder.HasKey(r => r.TerritoryId);
        builder.Property(r => r.TerritoryId).ValueGeneratedNever();
        builder.Property(r => r.QuorumShare).HasPrecision(4, 3);
        builder.HasOne<Territories.Territory>().WithOne().HasForeignKey<CommitteeRules>(r => r.TerritoryId).OnDelete(DeleteBehavior.Cascade);
    }
}
