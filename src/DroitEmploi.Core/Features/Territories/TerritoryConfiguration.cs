using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DroitEmploi.Core.Features.Territories;

public sealed class TerritoryConfiguration : IEntityTypeConfiguration<Territory>
{
    public void Configure(EntityTypeBuilder<Territory> builder)
    {
        builder.Property(t => t.Name).HasMaxLength(200).IsRequired();
        builder.Property(t => t.Department).HasMaxLength(100);
        builder.Property(t => t.Description).HasMaxLength(4000);
        builder.Property(t => t.SearchText);
        builder.HasIndex(t => t.Name).IsUnique();
        // Perimeter, ambitions and phases are edited with their territory as one document.
        builder.OwnsMany(t => t.Perimeter, b =>
        {
            b.ToJson();
            b.Property(a => a.Kind).HasConversion<string>();
        });
        builder.OwnsMany(t => t.Ambitions, b =>
        {
            b.ToJson();
            b.Ignore(a => a.TotalJobs);
        });
        builder.OwnsMany(t => t.Phases, b =>
        {
            b.ToJson();
            b.Property(p => p.Kind).HasConversion<string>();
        });
    }
}
