using DroitEmploi.Core.Features.Directory;
using DroitEmploi.Core.Features.Territories;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DroitEmploi.Core.Features.Activities;

public sealed class ActivityConfiguration : IEntityTypeConfiguration<Activity>
{
    public void Configure(EntityTypeBuilder<Activity> builder)
    {
        builder.Property(a => a.Name).HasMaxLength(120).IsRequired();
        builder.Property(a => a.Division).HasMaxLength(100);
        builder.Property(a => a.Description).HasMaxLength(2000);
        builder.Property(a => a.NafCode).HasMaxLength(6);
        builder.Property(a => a.TargetCustomers).HasMaxLength(300);
        builder.Property(a => a.Place).HasMaxLength(300);
        builder.Property(a => a.PricingPolicy).HasMaxLength(500);
        builder.Property(a => a.ProposedBy).HasMaxLength(200);
        builder.Property(a => a.ProposedByKind).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(a => a.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Territory>().WithMany().HasForeignKey(a => a.TerritoryId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.TerritoryId, a.Status });
        builder.HasIndex(a => new { a.OrganisationId, a.Name });
        builder.HasMany(a => a.History).WithOne().HasForeignKey(h => h.ActivityId).OnDelete(DeleteBehavior.Cascade);
    }
}
