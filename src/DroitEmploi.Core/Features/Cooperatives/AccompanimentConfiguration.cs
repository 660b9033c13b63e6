using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DroitEmploi.Core.Features.Cooperatives;

public sealed class ContributorConfiguration : IEntityTypeConfiguration<Contributor>
{
    public void Configure(EntityTypeBuilder<Contributor> builder)
    {
        builder.Property(c => c.Name).HasMaxLength(120).IsRequired();
        builder.Property(c => c.Kind).HasConversion<string>().HasMaxLength(24);
        builder.HasOne<Kpa>().WithMany().HasForeignKey(c => c.KpaId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Cooperant>().WithMany().HasForeignKey(c => c.CooperantId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(c => c.KpaId);
    }
}

public sealed class AccompanimentNoteConfiguration : IEntityTypeConfiguration<AccompanimentNote>
{
    public void Configure(EntityTypeBuilder<AccompanimentNote> builder)
    {
        builder.Property(n => n.Theme).HasConversion<string>().HasMaxLength(12);
        builder.Property(n => n.Text).HasMaxLength(2000).IsRequired();
        builder.HasOne<Cooperant>().WithMany().HasForeignKey(n => n.CooperantId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Contributor>().WithMany().HasForeignKey(n => n.ContributorId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(n => new { n.CooperantId, n.On });
    }
}
