using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DroitEmploi.Core.Features.Activities;

public sealed class TerritoryNeedConfiguration : IEntityTypeConfiguration<TerritoryNeed>
{
    public void Configure(EntityTypeBuilder<TerritoryNeed> builder)
    {
        builder.Property(n => n.What).HasMaxLength(500).IsRequired();
        builder.Property(n => n.Where).HasMaxLength(200);
        builder.Property(n => n.ForWhom).HasMaxLength(200);
        builder.Property(n => n.ReportedBy).HasMaxLength(256);
        builder.Property(n => n.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(n => n.DropReason).HasMaxLength(500);
        builder.HasOne<Territories.Territory>().WithMany().HasForeignKey(n => n.TerritoryId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Activity>().WithMany().HasForeignKey(n => n.ActivityId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(n => new { n.TerritoryId, n.Status });
    }
}
