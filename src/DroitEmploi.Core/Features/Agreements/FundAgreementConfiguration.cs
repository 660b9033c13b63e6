using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DroitEmploi.Core.Features.Agreements;

public sealed class FundAgreementConfiguration : IEntityTypeConfiguration<FundAgreement>
{
    public void Configure(EntityTypeBuilder<FundAgreement> builder)
    {
        builder.HasIndex(a => new { a.OrganisationId, a.Year }).IsUnique();
        builder.Property(a => a.StateRate).HasPrecision(5, 4);
        builder.Property(a => a.BalanceComplement).HasPrecision(12, 2);
        builder.Property(a => a.Note).HasMaxLength(2000);
        builder.OwnsMany(a => a.Months, month =>
        {
            month.ToTable("FundAgreementMonths");
            month.WithOwner().HasForeignKey("FundAgreementId");
            month.Property<int>("Id");
            month.HasKey("Id");
            month.Property(m => m.ForecastEtp).HasPrecision(10, 2);
        });
        builder.HasOne<Directory.Organisation>().WithMany().HasForeignKey(a => a.OrganisationId).OnDelete(DeleteBehavior.Cascade);
    }
}
