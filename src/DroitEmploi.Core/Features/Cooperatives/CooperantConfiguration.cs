using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DroitEmploi.Core.Features.Cooperatives;

public sealed class CooperantConfiguration : IEntityTypeConfiguration<Cooperant>
{
    public void Configure(EntityTypeBuilder<Cooperant> builder)
    {
        builder.Property(c => c.FirstName).HasMaxLength(100);
        builder.Property(c => c.LastName).HasMaxLength(100);
        builder.Property(c => c.Email).HasMaxLength(256);
        builder.Property(c => c.Phone).HasMaxLength(30);
        builder.Property(c => c.TradeName).HasMaxLength(120);
        builder.Property(c => c.Referent).HasMaxLength(120).IsRequired();
        builder.PrimitiveCollection(c => c.DocumentsSeen).ElementType().HasConversion<string>();
        builder.HasOne<Kpa>().WithMany().HasForeignKey(c => c.KpaId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<People.Person>().WithMany().HasForeignKey(c => c.PersonId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Access.AppUser>().WithMany().HasForeignKey(c => c.AccountId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Contributor>().WithMany().HasForeignKey(c => c.ContributorId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(c => c.Steps).WithOne().HasForeignKey(s => s.CooperantId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => c.KpaId);
        builder.HasIndex(c => c.PersonId).IsUnique();
        builder.HasIndex(c => c.AccountId).IsUnique();
    }
}
