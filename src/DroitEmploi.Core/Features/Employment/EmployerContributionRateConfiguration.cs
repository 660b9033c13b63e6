using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DroitEmploi.Core.Features.Employment;

public sealed class EmployerContributionRateConfiguration : IEntityTypeConfiguration<EmployerContributionRate>
{
    public void Configure(EntityTypeBuilder<EmployerContributionRate> builder)
    {
        builder.Property(r => r.Rate).HasPrecision(6, 4);
        builder.Property(r => r.Source).HasMaxLength(300);
        builder.HasIndex(r => new { r.OrganisationId, r.ValidFrom });
        builder.HasOne<Directory.Organisation>().WithMany().HasForeignKey(r => r.OrganisationId).OnDelete(DeleteBehavior.Cascade);
    }
}
