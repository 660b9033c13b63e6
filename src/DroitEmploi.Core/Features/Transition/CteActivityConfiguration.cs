using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DroitEmploi.Core.Features.Transition;

public sealed class CteActivityConfiguration : IEntityTypeConfiguration<CteActivity>
{
    public void Configure(EntityTypeBuilder<CteActivity> builder)
    {
        builder.Property(a => a.Name).HasMaxLength(120).IsRequired();
        builder.Property(a => a.Siren).HasMaxLength(9);
        builder.OwnsMany(a => a.Results, r =>
        {
            r.ToJson();
            r.Property(x => x.Turnover).HasPrecision(12, 2);
            r.Property(x => x.Costs).HasPrecision(12, 2);
            r.Ignore(x => x.Result);
        });
        builder.OwnsMany(a => a.FollowUps, f => f.ToJson());
        builder.HasOne<Cte>().WithMany().HasForeignKey(a => a.CteId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<CteMember>().WithMany().HasForeignKey(a => a.HolderId).OnDelete(DeleteBehavior.SetNull);
    }
}
