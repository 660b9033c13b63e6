using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DroitEmploi.Core.Features.Agreements;

public sealed class FundingPaymentConfiguration : IEntityTypeConfiguration<FundingPayment>
{
    public void Configure(EntityTypeBuilder<FundingPayment> builder)
    {
        builder.Property(p => p.Payer).HasConversion<string>().HasMaxLength(16);
        builder.Property(p => p.Kind).HasConversion<string>().HasMaxLength(24);
        builder.Property(p => p.Amount).HasPrecision(12, 2);
        builder.Property(p => p.Reference).HasMaxLength(100);
        builder.HasIndex(p => new { p.OrganisationId, p.Year });
        builder.HasOne<Directory.Organisation>().WithMany().HasForeignKey(p => p.OrganisationId).OnDelete(DeleteBehavior.Cascade);
    }
}
