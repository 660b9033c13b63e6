using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DroitEmploi.Core.Features.Activities;

public sealed class ObjectionConfiguration : IEntityTypeConfiguration<Objection>
{
    public void Configure(EntityTypeBuilder<Objection> builder)
    {
        builder.Property(o => o.ObjectorName).HasMaxLength(200).IsRequired();
        builder.Property(o => o.Grounds).HasMaxLength(2000).IsRequired();
        builder.Property(o => o.Outcome).HasConversion<string>().HasMaxLength(16);
        builder.Property(o => o.NewScope).HasMaxLength(1000);
        builder.Property(o => o.Response).HasMaxLength(2000);
        builder.HasOne<Activity>().WithMany().HasForeignKey(o => o.ActivityId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Directory.Organisation>().WithMany().HasForeignKey(o => o.OrganisationId).OnDelete(DeleteBehavior.SetNull);
    }
}
