using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DroitEmploi.Core.Features.Transition;

public sealed class CteConfiguration : IEntityTypeConfiguration<Cte>
{
    public void Configure(EntityTypeBuilder<Cte> builder)
    {
        builder.HasKey(c => c.OrganisationId);
        builder.Property(c => c.OrganisationId).ValueGeneratedNever();
        builder.Property(c => c.LocalCurrency).HasMaxLength(60);
        builder.Property(c => c.RsaConvention).HasMaxLength(300);
        builder.HasOne<Directory.Organisation>().WithOne().HasForeignKey<Cte>(c => c.OrganisationId).OnDelete(DeleteBehavior.Cascade);
    }
}
