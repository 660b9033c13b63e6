using DroitEmploi.Core.Common;

namespace DroitEmploi.Core.Features.Commerce;

/// <summary>
/// The last number given in one series of an issuer (e.g. "FA-2026-"). It is read and moved on in
/// the transaction that validates the invoice; its version makes two validations at once collide,
/// and the second takes the next number, so there is never a gap nor a duplicate.
/// </summary>
public class InvoiceSequence : IVersioned
{
    public int Id { get; set; }
    public int IssuerId { get; set; }
    public string Scope { get; set; } = "";
    public int Last { get; set; }
    public int Version { get; set; }

    public int Next()
    {
        Last++;
        return Last;
    }
}
