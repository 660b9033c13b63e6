using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DroitEmploi.Core.Features.Cooperatives;

public sealed class NetworkMeetingConfiguration : IEntityTypeConfiguration<NetworkMeeting>
{
    public void Configure(EntityTypeBuilder<NetworkMeeting> builder)
    {
        builder.Property(m => m.Network).HasMaxLength(120).IsRequired();
        builder.Property(m => m.Place).HasMaxLength(200);
        builder.Property(m => m.Notes).HasMaxLength(4000).IsRequired();
        builder.HasIndex(m => new { m.Network, m.HeldOn });
    }
}

public sealed class SharedResourceConfiguration : IEntityTypeConfiguration<SharedResource>
{
    public void Configure(EntityTypeBuilder<SharedResource> builder)
    {
        builder.Property(r => r.Network).HasMaxLength(120).IsRequired();
        builder.Property(r => r.Title).HasMaxLength(200).IsRequired();
        builder.Property(r => r.Link).HasMaxLength(500).IsRequired();
        builder.HasOne<Kpa>().WithMany().HasForeignKey(r => r.KpaId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.Network, r.SharedOn });
    }
}
