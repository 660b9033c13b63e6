using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DroitEmploi.Core.Features.Employment;

public sealed class ContractAmendmentConfiguration : IEntityTypeConfiguration<ContractAmendment>
{
    public void Configure(EntityTypeBuilder<ContractAmendment> builder)
    {
        builder.Property(a => a.WeeklyHours).HasPrecision(5, 2);
        builder.Property(a => a.HourlyWage).HasPrecision(9, 4);
        builder.Property(a => a.Note).HasMaxLength(500);
        builder.Property(a => a.By).HasMaxLength(256);
    }
}
