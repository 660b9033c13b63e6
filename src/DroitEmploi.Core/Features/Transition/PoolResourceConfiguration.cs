using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DroitEmploi.Core.Features.Transition;

public sealed class PoolResourceConfiguration : IEntityTypeConfiguration<PoolResource>
{
    public void Configure(EntityTypeBuilder<PoolResource> builder)
    {
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(24);
        builder.Property(r => r.Source).HasMaxLength(200).IsRequired();
        builder.Property(r => r.Amount).HasPrecision(14, 2);
        builder.Property(r => r.RecordedBy).HasMaxLength(256).IsRequired();
        builder.HasOne<Cte>().WithMany().HasForeignKey(r => r.CteId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.CteId, r.On });
    }
}
