using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DroitEmploi.Core.Features.Cooperatives;

public sealed class KpaConfiguration : IEntityTypeConfiguration<Kpa>
{
    public void Configure(EntityTypeBuilder<Kpa> builder)
    {
        builder.HasKey(k => k.OrganisationId);
        builder.Property(k => k.OrganisationId).ValueGeneratedNever();
        builder.Property(k => k.Audience).HasConversion<string>().HasMaxLength(24);
        builder.Property(k => k.SharingRule).HasConversion<string>().HasMaxLength(12);
        builder.Property(k => k.Network).HasMaxLength(120).IsRequired();
        builder.HasOne<Directory.Organisation>().WithOne().HasForeignKey<Kpa>(k => k.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Directory.Organisation>().WithMany().HasForeignKey(k => k.HostId).OnDelete(DeleteBehavior.SetNull);
    }
}
