using DroitEmploi.Core.Features.Territories;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DroitEmploi.Core.Features.People;

public sealed class PeopleImportJobConfiguration : IEntityTypeConfiguration<PeopleImportJob>
{
    public void Configure(EntityTypeBuilder<PeopleImportJob> builder)
    {
        builder.Property(j => j.FileName).HasMaxLength(260);
        builder.Property(j => j.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(j => j.Stage).HasConversion<string>().HasMaxLength(16);
        builder.Property(j => j.Message).HasMaxLength(2000);
        builder.Property(j => j.RequestedBy).HasMaxLength(256);
        builder.HasOne<Territory>().WithMany().HasForeignKey(j => j.TerritoryId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(j => new { j.Status, j.Id });
        builder.HasIndex(j => new { j.TerritoryId, j.Id });
    }
}
