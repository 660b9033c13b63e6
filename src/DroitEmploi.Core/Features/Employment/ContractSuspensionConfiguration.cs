using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DroitEmploi.Core.Features.Employment;

public sealed class ContractSuspensionConfiguration : IEntityTypeConfiguration<ContractSuspension>
{
    public void Configure(EntityTypeBuilder<ContractSuspension> builder)
    {
        builder.Property(s => s.Reason).HasConversion<string>().HasMaxLength(40);
        builder.Property(s => s.Note).HasMaxLength(500);
        builder.Property(s => s.By).HasMaxLength(256);
    }
}
