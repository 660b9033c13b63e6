using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DroitEmploi.Core.Features.Transition;

public sealed class CteMemberConfiguration : IEntityTypeConfiguration<CteMember>
{
    public void Configure(EntityTypeBuilder<CteMember> builder)
    {
        builder.Property(m => m.Category).HasConversion<string>().HasMaxLength(20);
        builder.Property(m => m.Name).HasMaxLength(160);
        builder.Property(m => m.AccountId).HasMaxLength(450);
        builder.HasOne<Cte>().WithMany().HasForeignKey(m => m.CteId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<People.Person>().WithMany().HasForeignKey(m => m.PersonId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Access.AppUser>().WithMany().HasForeignKey(m => m.AccountId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(m => new { m.CteId, m.PersonId });
        builder.HasIndex(m => m.AccountId).IsUnique();
    }
}
