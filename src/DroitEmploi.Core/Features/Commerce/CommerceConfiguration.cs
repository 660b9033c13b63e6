using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DroitEmploi.Core.Features.Commerce;

public sealed class IssuerConfiguration : IEntityTypeConfiguration<Issuer>
{
    public void Configure(EntityTypeBuilder<Issuer> builder)
    {
        builder.Property(i => i.LegalName).HasMaxLength(200).IsRequired();
        builder.Property(i => i.Street).HasMaxLength(200).IsRequired();
        builder.Property(i => i.PostalCode).HasMaxLength(5).IsRequired();
        builder.Property(i => i.City).HasMaxLength(100).IsRequired();
        builder.Property(i => i.Siren).HasMaxLength(9).IsRequired();
        builder.Property(i => i.Siret).HasMaxLength(14);
        builder.Property(i => i.VatNumber).HasMaxLength(20);
        builder.Property(i => i.VatRegime).HasConversion<string>().HasMaxLength(16);
        builder.Property(i => i.PenaltyRate).HasPrecision(6, 4);
        builder.Property(i => i.Iban).HasMaxLength(34).IsRequired();
        builder.Property(i => i.Bic).HasMaxLength(11);
        builder.Property(i => i.InvoicePattern).HasMaxLength(40).IsRequired();
        builder.Property(i => i.CreditNotePattern).HasMaxLength(40).IsRequired();
        builder.Property(i => i.QuotePattern).HasMaxLength(40).IsRequired();
        builder.Property(i => i.LogoContentType).HasMaxLength(20);
        builder.HasOne<Directory.Organisation>().WithMany().HasForeignKey(i => i.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(i => i.OrganisationId).IsUnique();
    }
}

public sealed class ClientConfiguration : IEntityTypeConfiguration<Client>
{
    public void Configure(EntityTypeBuilder<Client> builder)
    {
        builder.Property(c => c.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.Name).HasMaxLength(200).IsRequired();
        builder.Property(c => c.NameKey).HasMaxLength(200).IsRequired();
        builder.Property(c => c.Street).HasMaxLength(200).IsRequired();
        builder.Property(c => c.PostalCode).HasMaxLength(5).IsRequired();
        builder.Property(c => c.City).HasMaxLength(100).IsRequired();
        builder.Property(c => c.Email).HasMaxLength(256);
        builder.Property(c => c.Siren).HasMaxLength(9);
        builder.Property(c => c.Siret).HasMaxLength(14);
        builder.Property(c => c.ServiceCode).HasMaxLength(100);
        builder.Property(c => c.CommitmentNumber).HasMaxLength(50);
        builder.Property(c => c.QuotientSource).HasConversion<string>().HasMaxLength(16);
        builder.HasOne<Directory.Organisation>().WithMany().HasForeignKey(c => c.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.OrganisationId, c.NameKey });
        builder.HasIndex(c => new { c.OrganisationId, c.Siret });
    }
}

public sealed class CatalogueItemConfiguration : IEntityTypeConfiguration<CatalogueItem>
{
    public void Configure(EntityTypeBuilder<CatalogueItem> builder)
    {
        builder.Property(c => c.Name).HasMaxLength(200).IsRequired();
        builder.Property(c => c.Unit).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.UnitPrice).HasPrecision(12, 2);
        builder.Property(c => c.VatCategory).HasConversion<string>().HasMaxLength(16);
        builder.OwnsMany(c => c.PriceBands, bands =>
        {
            bands.ToJson();
            bands.Property(b => b.UnitPrice).HasPrecision(12, 2);
        });
        builder.HasOne<Directory.Organisation>().WithMany().HasForeignKey(c => c.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Activities.Activity>().WithMany().HasForeignKey(c => c.ActivityId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(c => c.OrganisationId);
    }
}

public sealed class InvoiceConfiguration : IEntityTypeConfiguration<Invoice>
{
    public void Configure(EntityTypeBuilder<Invoice> builder)
    {
        builder.Property(i => i.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(i => i.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(i => i.Category).HasConversion<string>().HasMaxLength(16);
        builder.Property(i => i.Number).HasMaxLength(60);
        builder.Property(i => i.OnBehalfOf).HasMaxLength(200);
        builder.HasOne<Cooperatives.Cooperant>().WithMany().HasForeignKey(i => i.CooperantId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(i => i.Note).HasMaxLength(1000);
        builder.Property(i => i.ValidatedBy).HasMaxLength(256);
        builder.Property(i => i.TotalNet).HasPrecision(18, 2);
        builder.Property(i => i.TotalVat).HasPrecision(18, 2);
        builder.Property(i => i.TotalGross).HasPrecision(18, 2);
        builder.Property(i => i.PaidAmount).HasPrecision(18, 2);
        builder.Property(i => i.CreditedAmount).HasPrecision(18, 2);
        builder.Ignore(i => i.IsDraft);
        builder.Ignore(i => i.Balance);
        builder.HasOne<Directory.Organisation>().WithMany().HasForeignKey(i => i.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Issuer>().WithMany().HasForeignKey(i => i.IssuerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Client>().WithMany().HasForeignKey(i => i.ClientId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Invoice>().WithMany().HasForeignKey(i => i.CreditedInvoiceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Invoice>().WithMany().HasForeignKey(i => i.QuoteId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(i => i.Lines).WithOne().HasForeignKey(l => l.InvoiceId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(i => i.Payments).WithOne().HasForeignKey(p => p.InvoiceId).OnDelete(DeleteBehavior.Restrict);
        // A number is given once per issuer: the database refuses a second, whatever happens above it.
        builder.HasIndex(i => new { i.IssuerId, i.Number }).IsUnique();
        builder.HasIndex(i => new { i.OrganisationId, i.Status });
    }
}

public sealed class InvoiceLineConfiguration : IEntityTypeConfiguration<InvoiceLine>
{
    public void Configure(EntityTypeBuilder<InvoiceLine> builder)
    {
        builder.ToTable("InvoiceLines");
        builder.Property(l => l.Description).HasMaxLength(300).IsRequired();
        builder.Property(l => l.Unit).HasConversion<string>().HasMaxLength(16);
        builder.Property(l => l.VatCategory).HasConversion<string>().HasMaxLength(16);
        builder.Property(l => l.Quantity).HasPrecision(12, 3);
        builder.Property(l => l.UnitPrice).HasPrecision(12, 2);
        builder.Property(l => l.VatRate).HasPrecision(6, 4);
        builder.Property(l => l.NetAmount).HasPrecision(18, 2);
        builder.Property(l => l.VatAmount).HasPrecision(18, 2);
        builder.HasOne<Activities.Activity>().WithMany().HasForeignKey(l => l.ActivityId).OnDelete(DeleteBehavior.SetNull);
    }
}

public sealed class PaymentConfiguration : IEntityTypeConfiguration<Payment>
{
    public void Configure(EntityTypeBuilder<Payment> builder)
    {
        builder.ToTable("Payments");
        builder.Property(p => p.Means).HasConversion<string>().HasMaxLength(16);
        builder.Property(p => p.Amount).HasPrecision(18, 2);
        builder.Property(p => p.Reference).HasMaxLength(100);
        builder.Property(p => p.RecordedBy).HasMaxLength(256);
    }
}

public sealed class InvoiceSequenceConfiguration : IEntityTypeConfiguration<InvoiceSequence>
{
    public void Configure(EntityTypeBuilder<InvoiceSequence> builder)
    {
        builder.Property(s => s.Scope).HasMaxLength(60).IsRequired();
        builder.HasOne<Issuer>().WithMany().HasForeignKey(s => s.IssuerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => new { s.IssuerId, s.Scope }).IsUnique();
    }
}

public sealed class ServiceRecordConfiguration : IEntityTypeConfiguration<ServiceRecord>
{
    public void Configure(EntityTypeBuilder<ServiceRecord> builder)
    {
        builder.HasOne<Cooperatives.Cooperant>().WithMany().HasForeignKey(r => r.CooperantId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(r => r.Quantity).HasPrecision(12, 3);
        builder.Property(r => r.Note).HasMaxLength(200);
        builder.Property(r => r.RecordedByUserId).HasMaxLength(450).IsRequired();
        builder.Property(r => r.RecordedByName).HasMaxLength(200).IsRequired();
        builder.HasOne<Directory.Organisation>().WithMany().HasForeignKey(r => r.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Client>().WithMany().HasForeignKey(r => r.ClientId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<CatalogueItem>().WithMany().HasForeignKey(r => r.CatalogueItemId).OnDelete(DeleteBehavior.Restrict);
        // A draft may be deleted: the service stays recorded, waiting for another invoice.
        builder.HasOne<Invoice>().WithMany().HasForeignKey(r => r.InvoiceId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(r => new { r.OrganisationId, r.DoneOn });
        builder.HasIndex(r => new { r.OrganisationId, r.RecordedByUserId });
    }
}
