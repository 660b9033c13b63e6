using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DroitEmploi.Core.Features.Cooperatives;

public sealed class PayRequestConfiguration : IEntityTypeConfiguration<PayRequest>
{
    public void Configure(EntityTypeBuilder<PayRequest> builder)
    {
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.Amount).HasPrecision(12, 2);
        builder.Property(r => r.DecidedBy).HasMaxLength(256);
        builder.Property(r => r.RejectionReason).HasMaxLength(500);
        builder.Property(r => r.AdvanceDecision).HasMaxLength(300);
        builder.HasOne<Kpa>().WithMany().HasForeignKey(r => r.KpaId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Cooperant>().WithMany().HasForeignKey(r => r.CooperantId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.KpaId, r.Month });
        builder.HasIndex(r => new { r.CooperantId, r.Status });
    }
}
