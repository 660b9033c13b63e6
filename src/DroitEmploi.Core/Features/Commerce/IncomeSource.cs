namespace DroitEmploi.Core.Features.Commerce;

/// <summary>Where a client's quotient familial was read: the document itself is never kept.</summary>
public enum IncomeSource
{
    CafCertificate,
    TaxNotice,
}
