using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DroitEmploi.Core.Features.ActivityAccounts;

public sealed class PurchaseConfiguration : IEntityTypeConfiguration<Purchase>
{
    public void Configure(EntityTypeBuilder<Purchase> builder)
    {
        builder.Property(p => p.Supplier).HasMaxLength(200);
        builder.Property(p => p.Description).HasMaxLength(500);
        builder.Property(p => p.Category).HasConversion<string>().HasMaxLength(24);
        builder.Property(p => p.NetAmount).HasPrecision(12, 2);
        builder.Property(p => p.VatAmount).HasPrecision(12, 2);
        builder.HasIndex(p => new { p.OrganisationId, p.Date });
        builder.HasOne<Directory.Organisation>().WithMany().HasForeignKey(p => p.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Activities.Activity>().WithMany().HasForeignKey(p => p.ActivityId).OnDelete(DeleteBehavior.SetNull);
    }
}
